package vn.sohoa.services.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.SohoaProperties;
import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.storage.ObjectInfo;
import vn.sohoa.storage.ObjectStore;

/**
 * The audit trail of accesses to records (NĐ 13/2023): one object per event in the bucket, under a
 * key no other event can take (time + random id), written once and never rewritten or deleted by
 * Sohoa. It lives beside the records, not in the index, so rebuilding the index leaves it whole.
 * An access is recorded before its data is handed out: when the trail cannot be written, the
 * access fails rather than going unrecorded. Events are links of a hash chain ({@link AuditChain}),
 * so that a changed or deleted event shows in the fixity check.
 */
@Service
public class AuditTrail {

    /** Query days are the office's days; keys are in UTC. */
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final ObjectStore store;
    private final JsonMapper json;
    private final AuditChain chain;

    public AuditTrail(ObjectStore store, JsonMapper json, SohoaProperties sohoa) {
        this.store = store;
        this.json = json;
        this.chain = new AuditChain(sohoa.dir(AuditChain.FOLDER));
    }

    /** An access to one record ({@code recordId}), or a search or upload ({@code recordId} null). */
    public AuditEvent record(Actor actor, AuditAction action, String recordId, String detail) {
        return record(actor, action, recordId, detail, List.of());
    }

    /**
     * An access that listed records ({@code results}: a search, a dossier), or any access with
     * {@code results} empty. Returns once the event is stored as the next link of the
     * installation's chain; throws when it cannot be.
     */
    public AuditEvent record(Actor actor, AuditAction action, String recordId, String detail, List<String> results) {
        return chain.append(link -> {
            AuditEvent event = new AuditEvent(UUID.randomUUID().toString(), Instant.now(), actor.who(), action, recordId, detail,
                    results, actor.from(), actor.channel(), link.chain(), link.seq(), link.prev());
            byte[] bytes = json.writeValueAsBytes(event);
            store.put(key(event), bytes, "application/json", Map.of());
            return new AuditChain.Stored<>(event, bytes);
        });
    }

    /**
     * Checks every chain of the trail (for {@code sohoa run fixity}): each event's link to the one
     * before, gaps in the numbers, and this installation's newest event against its head.
     */
    public AuditChainReport checkChains() {
        AuditChainVerifier verifier = new AuditChainVerifier(chain.readHead().orElse(null));
        try (Stream<ObjectInfo> objects = store.list(ArchiveLayout.AUDIT)) {
            objects.forEach(info -> {
                byte[] bytes = store.read(info.key());
                AuditEvent event;
                try {
                    event = json.readValue(bytes, AuditEvent.class);
                } catch (tools.jackson.core.JacksonException e) {
                    event = null;
                }
                verifier.accept(info.key(), bytes, event);
            });
        }
        return verifier.finish();
    }

    /**
     * Events matching the query, oldest first, at most {@code query.limit()}, over its bounded
     * period ({@link AuditQuery#bounded}). Reading the trail is an access too (it shows who looked
     * at whom): it is recorded first.
     */
    public List<AuditEvent> find(Actor actor, AuditQuery asked) {
        AuditQuery query = asked.bounded(LocalDate.now(OFFICE_ZONE));
        record(actor, AuditAction.AUDIT, query.record(), query.describe());
        Instant start = query.from().atStartOfDay(OFFICE_ZONE).toInstant();
        Instant end = query.to().plusDays(1).atStartOfDay(OFFICE_ZONE).toInstant();
        List<AuditEvent> found = new ArrayList<>();
        for (String prefix : prefixes(query)) {
            try (Stream<ObjectInfo> objects = store.list(prefix)) {
                var matching = objects.map(info -> json.readValue(store.read(info.key()), AuditEvent.class))
                        .filter(e -> !e.at().isBefore(start) && e.at().isBefore(end))
                        .filter(e -> query.user() == null || query.user().equals(e.who()))
                        .filter(e -> query.record() == null || e.concerns(query.record()))
                        .iterator();
                while (matching.hasNext() && found.size() < query.limit()) {
                    found.add(matching.next());
                }
            }
            if (found.size() >= query.limit()) {
                break;
            }
        }
        return found;
    }

    /** The UTC day folders that can hold the (bounded) period's events. */
    private static List<String> prefixes(AuditQuery query) {
        LocalDate first = query.from().atStartOfDay(OFFICE_ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        LocalDate last = query.to().plusDays(1).atStartOfDay(OFFICE_ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        List<String> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(ArchiveLayout.auditDay(day));
        }
        return days;
    }

    static String key(AuditEvent event) {
        return ArchiveLayout.auditDay(event.at().atZone(ZoneOffset.UTC).toLocalDate()) + KEY_TIME.format(event.at()) + "-" + event.id() + ".json";
    }
}
