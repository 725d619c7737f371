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

import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.storage.ObjectInfo;
import vn.sohoa.storage.ObjectStore;

/**
 * The audit trail of accesses to records (NĐ 13/2023): one object per event in the bucket, under a
 * key no other event can take (time + random id), written once and never rewritten or deleted by
 * Sohoa. It lives beside the records, not in the index, so rebuilding the index leaves it whole.
 * An access is recorded before its data is handed out: when the trail cannot be written, the
 * access fails rather than going unrecorded.
 */
@Service
public class AuditTrail {

    /** Query days are the office's days; keys are in UTC. */
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final ObjectStore store;
    private final JsonMapper json;

    public AuditTrail(ObjectStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    /** An access to one record ({@code recordId}), or a search or upload ({@code recordId} null). */
    public AuditEvent record(Actor actor, AuditAction action, String recordId, String detail) {
        return record(actor, action, recordId, detail, List.of());
    }

    /**
     * An access that listed records ({@code results}: a search, a dossier), or any access with
     * {@code results} empty. Returns once the event is stored; throws when it cannot be.
     */
    public AuditEvent record(Actor actor, AuditAction action, String recordId, String detail, List<String> results) {
        AuditEvent event = new AuditEvent(UUID.randomUUID().toString(), Instant.now(), actor.who(), action, recordId, detail,
                results, actor.from(), actor.channel());
        store.put(key(event), json.writeValueAsBytes(event), "application/json", Map.of());
        return event;
    }

    /**
     * Events matching the query, oldest first, at most {@code query.limit()}. Reading the trail is
     * an access too (it shows who looked at whom): it is recorded first.
     */
    public List<AuditEvent> find(Actor actor, AuditQuery query) {
        record(actor, AuditAction.AUDIT, query.record(), query.describe());
        Instant start = query.from() == null ? Instant.MIN : query.from().atStartOfDay(OFFICE_ZONE).toInstant();
        Instant end = query.to() == null ? Instant.MAX : query.to().plusDays(1).atStartOfDay(OFFICE_ZONE).toInstant();
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

    /** The day folders that can hold the period's events: all of {@code audit/} when open-ended. */
    private static List<String> prefixes(AuditQuery query) {
        if (query.from() == null) {
            return List.of(ArchiveLayout.AUDIT);
        }
        LocalDate first = query.from().atStartOfDay(OFFICE_ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        LocalDate last = query.to() == null ? LocalDate.now(ZoneOffset.UTC)
                : query.to().plusDays(1).atStartOfDay(OFFICE_ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
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
