package vn.sohoa.services.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.model.FieldCorrection;
import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordId;
import vn.sohoa.model.ReviewNote;
import vn.sohoa.pipeline.archive.CorrectionLedger;
import vn.sohoa.pipeline.archive.RecordArchive;
import vn.sohoa.pipeline.archive.RecordNotFoundException;
import vn.sohoa.pipeline.index.RecordIndexer;
import vn.sohoa.pipeline.index.SearchFilter;
import vn.sohoa.pipeline.index.SearchIndex;
import vn.sohoa.pipeline.index.SearchQuery;
import vn.sohoa.pipeline.index.SearchResults;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.audit.AuditAction;
import vn.sohoa.services.audit.AuditTrail;

/**
 * People fix what the machine got wrong: the review queue and field corrections, the one service
 * behind {@code /review}, {@code GET /api/review}, {@code PATCH /api/records/{id}/fields},
 * {@code sohoa review} and {@code sohoa correct}.
 *
 * <p>"Needs review" is {@code ReviewCheck}'s, worked out whenever a record is read with its
 * corrections applied, and kept in the index as a flag: the queue is a search on it. A correction
 * is checked ({@link FieldValues}), written to the audit trail first (a correction that cannot be
 * audited does not happen), appended to the record's corrections in the bucket, and the record is
 * indexed again at once, so that a search by the corrected owner ID finds it; a reindex reads the
 * same corrections back.
 */
@Service
public class ReviewService {

    private static final Logger log = LoggerFactory.getLogger(ReviewService.class);
    public static final int MAX_QUEUE_PAGE = 200;
    private static final Set<String> CONFIRMABLE = Set.of(ReviewNote.Code.LOW_CONFIDENCE.name(), ReviewNote.Code.CONFLICT.name(),
            ReviewNote.Code.PAGE_UNREADABLE.name());

    private final RecordArchive archive;
    private final CorrectionLedger corrections;
    private final RecordIndexer indexer;
    private final SearchIndex index;
    private final AuditTrail audit;
    private final Clock clock;

    public ReviewService(RecordArchive archive, CorrectionLedger corrections, RecordIndexer indexer, SearchIndex index, AuditTrail audit) {
        this.archive = archive;
        this.corrections = corrections;
        this.indexer = indexer;
        this.index = index;
        this.audit = audit;
        this.clock = Clock.systemUTC();
    }

    /**
     * The records waiting for review, archived longest ago first. The list names files and types
     * but no personal data beyond what the notes quote; it is audited like a search.
     *
     * @param batch only this batch's records; null or blank for all
     * @param limit at most this many items ({@value #MAX_QUEUE_PAGE} at most)
     */
    public ReviewQueue queue(Actor actor, String batch, int limit) {
        String only = batch == null || batch.isBlank() ? null : batch.strip();
        SearchQuery query = SearchQuery.text("*", Math.max(0, Math.min(limit, MAX_QUEUE_PAGE)))
                .with(SearchFilter.NEEDS_REVIEW, "true").ordered(SearchQuery.Order.ARCHIVED_OLDEST);
        if (only != null) {
            query = query.with(SearchFilter.BATCH, only);
        }
        SearchResults results = index.search(query);
        List<ReviewQueue.Item> items = results.hits().stream().map(this::item).flatMap(Optional::stream).toList();
        audit.record(actor, AuditAction.SEARCH, null, "review queue" + (only == null ? "" : "; batch=" + only) + "; total=" + results.total(),
                items.stream().map(ReviewQueue.Item::recordId).toList());
        return new ReviewQueue(results.total(), only, items);
    }

    /**
     * The next record waiting after {@code recordId} in the queue (of its batch when given), or the
     * first one when {@code recordId} is no longer waiting; empty when the queue is done.
     */
    public Optional<String> next(String recordId, String batch) {
        SearchQuery query = SearchQuery.text("*", MAX_QUEUE_PAGE).with(SearchFilter.NEEDS_REVIEW, "true")
                .ordered(SearchQuery.Order.ARCHIVED_OLDEST);
        if (batch != null && !batch.isBlank()) {
            query = query.with(SearchFilter.BATCH, batch.strip());
        }
        List<String> ids = index.search(query).hits().stream().map(SearchResults.Hit::id).toList();
        int at = ids.indexOf(recordId);
        if (at >= 0 && at + 1 < ids.size()) {
            return Optional.of(ids.get(at + 1));
        }
        return ids.stream().filter(id -> !id.equals(recordId)).findFirst();
    }

    /**
     * The record for its review screen, corrections applied, with its history.
     *
     * @throws RecordNotFoundException when there is no such record
     */
    public DigitizedRecord open(Actor actor, String recordId) {
        DigitizedRecord record = find(recordId);
        audit.record(actor, AuditAction.VIEW, record.id(), "review screen");
        return record;
    }

    /**
     * Sets field {@code field} of the record to {@code value} (a confirmation when it is the value
     * already there), in {@code actor}'s name.
     *
     * @throws RecordNotFoundException     when there is no such record
     * @throws InvalidCorrectionException  when the value cannot be the field's, with the reason
     */
    public CorrectionOutcome correct(Actor actor, String recordId, String field, String value) {
        Object parsed = FieldValues.parse(field, value);
        DigitizedRecord record = find(recordId);
        FieldCorrection correction = correction(actor, record, field, parsed);
        audit.record(actor, AuditAction.CORRECT, record.id(), field + (correction.confirmed() ? " confirmed" : " corrected"));
        return write(record.id(), List.of(correction));
    }

    /**
     * "Đã kiểm tra": every field still flagged as uncertain or in conflict is confirmed as it
     * reads now. Missing required fields cannot be confirmed: they must be typed first.
     *
     * @throws ReviewIncompleteException when a required field is still missing
     */
    public CorrectionOutcome markChecked(Actor actor, String recordId) {
        DigitizedRecord record = find(recordId);
        List<ReviewNote> notes = record.review() == null ? List.of() : record.review();
        List<String> missing = notes.stream().filter(n -> n.code().equals(ReviewNote.Code.MISSING.name())).map(ReviewNote::field).toList();
        if (!missing.isEmpty()) {
            throw new ReviewIncompleteException(record.id(), missing);
        }
        List<FieldCorrection> confirmations = new ArrayList<>();
        for (String field : notes.stream().filter(n -> CONFIRMABLE.contains(n.code())).map(ReviewNote::field).distinct().toList()) {
            FieldValue current = record.fields().get(field);
            if (current != null) {
                confirmations.add(correction(actor, record, field, current.value()));
            }
        }
        audit.record(actor, AuditAction.CORRECT, record.id(), "checked; confirmed "
                + (confirmations.isEmpty() ? "nothing" : confirmations.stream().map(FieldCorrection::field).collect(Collectors.joining(", "))));
        return write(record.id(), confirmations);
    }

    private CorrectionOutcome write(String recordId, List<FieldCorrection> written) {
        written.forEach(corrections::append);
        indexer.reindex(recordId);
        indexer.commit();
        written.forEach(c -> log.info("Record {} field {} {} by {}", recordId, c.field(), c.confirmed() ? "confirmed" : "corrected", c.by()));
        return new CorrectionOutcome(written, find(recordId));
    }

    private FieldCorrection correction(Actor actor, DigitizedRecord record, String field, Object value) {
        FieldValue before = record.fields() == null ? null : record.fields().get(field);
        Object newValue = before != null && Objects.equals(String.valueOf(before.value()), String.valueOf(value)) ? before.value() : value;
        return new FieldCorrection(record.id(), field, before == null ? null : before.value(), before == null ? null : before.source(),
                newValue, actor.who(), clock.instant());
    }

    private Optional<ReviewQueue.Item> item(SearchResults.Hit hit) {
        // The index may lag a record removed by hand from the bucket: such a hit is left out.
        return archive.find(hit.id()).map(record -> new ReviewQueue.Item(record.id(), record.batch(), record.originalFileName(),
                title(record), record.archivedAt(), record.review()));
    }

    /** Type and number, as the paper says them ("QUYẾT ĐỊNH số 12/QĐ-UBND"), else the file name. */
    public static String title(DigitizedRecord record) {
        Map<String, FieldValue> fields = record.fields() == null ? Map.of() : record.fields();
        List<String> parts = new ArrayList<>();
        Optional.ofNullable(fields.get("typeName")).map(v -> String.valueOf(v.value())).ifPresent(parts::add);
        Optional.ofNullable(fields.get("documentNumber")).map(v -> "số " + v.value()).ifPresent(parts::add);
        return parts.isEmpty() ? record.originalFileName() : String.join(" ", parts);
    }

    /** The record's fields, those to check first (in the order of the notes), then the others as stored. */
    public static List<String> fieldOrder(DigitizedRecord record) {
        List<String> order = new ArrayList<>();
        if (record.review() != null) {
            record.review().stream().map(ReviewNote::field).filter(f -> !order.contains(f)).forEach(order::add);
        }
        if (record.fields() != null) {
            record.fields().keySet().stream().filter(f -> !order.contains(f)).forEach(order::add);
        }
        return order;
    }

    private DigitizedRecord find(String id) {
        return (RecordId.isValid(id) ? archive.find(id) : Optional.<DigitizedRecord>empty()).orElseThrow(() -> new RecordNotFoundException(id));
    }
}
