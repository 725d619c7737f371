package vn.sohoa.services.reuse;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.model.DossierCode;
import vn.sohoa.model.RecordId;
import vn.sohoa.model.ReuseEntry;
import vn.sohoa.pipeline.archive.RecordArchive;
import vn.sohoa.pipeline.archive.RecordNotFoundException;
import vn.sohoa.pipeline.archive.ReuseLedger;
import vn.sohoa.pipeline.index.RecordIndexer;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.audit.AuditAction;
import vn.sohoa.services.audit.AuditTrail;

/**
 * Reuse of archived results in later dossiers, the one service behind {@code sohoa reuse}, the
 * API and the web page. A reuse is written to the audit trail first (a reuse that cannot be
 * audited does not happen), appended to the ledger in the bucket, then the record is indexed again
 * so that {@code reusedIn} finds it at once.
 */
@Service
public class ReuseService {

    private static final Logger log = LoggerFactory.getLogger(ReuseService.class);
    private static final Set<String> LISTED_FIELDS = Set.of("typeName", "documentNumber", "issuedDate", "organName", "ownerIds");
    private static final int MAX_BY_LENGTH = 100;

    private final RecordArchive archive;
    private final ReuseLedger ledger;
    private final RecordIndexer indexer;
    private final AuditTrail audit;
    private final Clock clock;

    public ReuseService(RecordArchive archive, ReuseLedger ledger, RecordIndexer indexer, AuditTrail audit) {
        this.archive = archive;
        this.ledger = ledger;
        this.indexer = indexer;
        this.audit = audit;
        this.clock = Clock.systemUTC();
    }

    /**
     * Records that result {@code recordId} was reused in dossier {@code dossierCode} by {@code actor}.
     *
     * @throws RecordNotFoundException     when no such record is archived
     * @throws InvalidDossierCodeException when the code is malformed
     */
    public ReuseOutcome reuse(Actor actor, String recordId, String dossierCode) {
        DossierCode dossier = DossierCode.parse(dossierCode);
        DigitizedRecord record = find(recordId).orElseThrow(() -> new RecordNotFoundException(recordId));
        String who = actor.who();
        if (who.length() > MAX_BY_LENGTH) {
            throw new InvalidReuseException("The name of who reuses is longer than " + MAX_BY_LENGTH + " characters");
        }
        audit.record(actor, AuditAction.REUSE, record.id(), "dossier " + dossier.value() + " by " + who);
        ReuseEntry proposed = new ReuseEntry(record.id(), dossier.value(), who, clock.instant());
        ReuseEntry entry = ledger.append(proposed);
        indexer.reindex(record.id());
        indexer.commit();
        log.info("Record {} reused in dossier {} by {}{}", record.id(), dossier, who, entry.equals(proposed) ? "" : " (already recorded)");
        return new ReuseOutcome(entry, entry.equals(proposed));
    }

    /**
     * The results reused in a dossier (empty list when none). They name owners and their ID
     * numbers, so the listing is audited like a search.
     *
     * @throws InvalidDossierCodeException when the code is malformed
     */
    public DossierReuse dossier(Actor actor, String dossierCode) {
        DossierCode dossier = DossierCode.parse(dossierCode);
        List<ReuseEntry> entries = ledger.entriesFor(dossier);
        audit.record(actor, AuditAction.VIEW, null, "dossier " + dossier.value(), entries.stream().map(ReuseEntry::recordId).toList());
        List<ReusedResult> results = entries.stream().map(this::describe).toList();
        return new DossierReuse(dossier.value(), results);
    }

    private ReusedResult describe(ReuseEntry entry) {
        Optional<DigitizedRecord> record = archive.find(entry.recordId());
        Map<String, Object> fields = new LinkedHashMap<>();
        record.ifPresent(r -> {
            if (r.fields() != null) {
                r.fields().forEach((name, value) -> {
                    if (LISTED_FIELDS.contains(name)) {
                        fields.put(name, value.value());
                    }
                });
            }
        });
        return new ReusedResult(entry, record.map(DigitizedRecord::originalFileName).orElse(null), fields);
    }

    private Optional<DigitizedRecord> find(String recordId) {
        return RecordId.isValid(recordId) ? archive.find(recordId) : Optional.empty();
    }
}
