package vn.sohoa.services.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.faces.web.FixtureServer;
import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.model.FieldConflict;
import vn.sohoa.model.FieldCorrection;
import vn.sohoa.model.FieldValue;
import vn.sohoa.operations.reindex.IndexRebuilder;
import vn.sohoa.pipeline.archive.RecordArchive;
import vn.sohoa.pipeline.index.RecordIndexer;
import vn.sohoa.pipeline.index.SearchFilter;
import vn.sohoa.pipeline.index.SearchIndex;
import vn.sohoa.pipeline.index.SearchQuery;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.audit.AuditAction;
import vn.sohoa.services.audit.AuditEvent;
import vn.sohoa.services.audit.AuditQuery;
import vn.sohoa.services.audit.AuditTrail;
import vn.sohoa.storage.ObjectStore;

/**
 * The review queue and corrections on the real stack: the embedded S3 server over HTTP, the Lucene
 * index, the audit trail. Records are written into the bucket by {@link ReviewFixtures} with chosen
 * confidences (no OCR), each test in a batch of its own.
 */
class ReviewServiceIntegrationTests extends FixtureServer {

    private static final Actor STAFF_MEMBER = Actor.cli("nguyen.thi.lan");

    @Autowired
    ReviewService review;
    @Autowired
    RecordArchive archive;
    @Autowired
    SearchIndex index;
    @Autowired
    IndexRebuilder rebuilder;
    @Autowired
    AuditTrail audit;
    @Autowired
    ObjectStore store;
    @Autowired
    JsonMapper json;
    @Autowired
    RecordIndexer indexer;

    private ReviewFixtures fixtures() {
        return new ReviewFixtures(store, json, indexer);
    }

    @Test
    void theQueueListsUncertainMissingAndConflictingRecordsOldestFirstByBatch() {
        String batch = "review-queue";
        String sure = ReviewFixtures.id(batch, 1), uncertain = ReviewFixtures.id(batch, 2), older = ReviewFixtures.id(batch, 3),
                conflicting = ReviewFixtures.id(batch, 4), elsewhere = ReviewFixtures.id(batch, 5);
        fixtures().decision(sure, batch, "089092225127", 1.0, Instant.parse("2025-01-03T01:00:00Z"), List.of());
        fixtures().decision(uncertain, batch, "089092225127", 0.28, Instant.parse("2025-01-02T01:00:00Z"), List.of());
        fixtures().decision(older, batch, null, 0, Instant.parse("2025-01-01T01:00:00Z"), List.of());
        fixtures().decision(conflicting, batch, "089092225127", 1.0, Instant.parse("2025-01-04T01:00:00Z"),
                List.of(new FieldConflict("documentNumber", "12/QĐ-UBND", "manifest", "13/QĐ-UBND", "ocr")));
        fixtures().decision(elsewhere, "review-other-batch", "089092225127", 0.3, Instant.parse("2024-12-01T01:00:00Z"), List.of());

        ReviewQueue queue = review.queue(STAFF_MEMBER, batch, 50);

        assertThat(queue.items()).extracting(ReviewQueue.Item::recordId).containsExactly(older, uncertain, conflicting);
        assertThat(queue.total()).isEqualTo(3);
        assertThat(queue.items().get(0).notes()).extracting(n -> n.field() + " " + n.code()).containsExactly("ownerIds MISSING");
        assertThat(queue.items().get(1).notes().get(0).reason()).contains("Số định danh chủ sở hữu").contains("28 %");
        assertThat(queue.items().get(2).notes()).extracting(n -> n.code()).containsExactly("CONFLICT");
        assertThat(review.queue(STAFF_MEMBER, null, 200).items()).extracting(ReviewQueue.Item::recordId).contains(elsewhere, older)
                .doesNotContain(sure);
        assertThat(archive.find(uncertain).orElseThrow().needsReview()).as("the record page's notion is the queue's").isTrue();
        assertThat(archive.find(sure).orElseThrow().needsReview()).isFalse();
    }

    @Test
    void aCorrectedOwnerIdIsFoundAtOnceKeptInTheBucketWithItsHistoryAuditedAndSurvivesAReindex() {
        String batch = "review-correct";
        String id = ReviewFixtures.id(batch, 1);
        fixtures().decision(id, batch, "089O92225l27", 0.41, Instant.parse("2025-02-01T01:00:00Z"), List.of());
        assertThat(ids(SearchQuery.text("", 10).with(SearchFilter.OWNER_ID, "089092225127"))).doesNotContain(id);

        CorrectionOutcome outcome = review.correct(STAFF_MEMBER, id, "ownerIds", " 089 092 225 127 ");

        FieldValue now = outcome.record().fields().get("ownerIds");
        assertThat(now.value()).isEqualTo(List.of("089092225127"));
        assertThat(now.source()).isEqualTo("manual");
        assertThat(now.confidence()).isEqualTo(1.0);
        assertThat(outcome.record().needsReview()).isFalse();
        FieldCorrection history = outcome.record().corrections().get(0);
        assertThat(history.oldValue()).isEqualTo(List.of("089O92225l27"));
        assertThat(history.oldSource()).isEqualTo("ocr");
        assertThat(history.by()).isEqualTo("nguyen.thi.lan");
        assertThat(history.at()).isNotNull();
        assertThat(ids(SearchQuery.text("", 10).with(SearchFilter.OWNER_ID, "089092225127"))).contains(id);
        assertThat(ids(SearchQuery.text("", 10).with(SearchFilter.BATCH, batch).with(SearchFilter.NEEDS_REVIEW, "true"))).isEmpty();

        assertThat(store.list(ArchiveLayout.correctionPrefix(id)).toList()).hasSize(1);
        assertThat(archive.findAsDigitized(id).orElseThrow().fields().get("ownerIds").value())
                .as("record.json stays as digitized").isEqualTo(List.of("089O92225l27"));
        List<AuditEvent> events = audit.find(Actor.cli("auditor"), new AuditQuery(null, id, null, null, 100));
        assertThat(events).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CORRECT);
            assertThat(e.who()).isEqualTo("nguyen.thi.lan");
            assertThat(e.detail()).contains("ownerIds");
        });

        rebuilder.rebuild();
        assertThat(ids(SearchQuery.text("", 10).with(SearchFilter.OWNER_ID, "089092225127"))).as("reindex from the bucket").contains(id);
        assertThat(ids(SearchQuery.text("", 10).with(SearchFilter.BATCH, batch).with(SearchFilter.NEEDS_REVIEW, "false"))).containsExactly(id);
    }

    @Test
    void invalidValuesAreRefusedWithTheReasonAndNothingIsWritten() {
        String batch = "review-invalid";
        String id = ReviewFixtures.id(batch, 1);
        fixtures().decision(id, batch, "089092225127", 0.5, Instant.parse("2025-03-01T01:00:00Z"), List.of());

        assertThatThrownBy(() -> review.correct(STAFF_MEMBER, id, "ownerIds", "08909222512"))
                .isInstanceOfSatisfying(InvalidCorrectionException.class, e -> {
                    assertThat(e.code()).isEqualTo("correction-owner-id");
                    assertThat(e.getMessage()).contains("12 digits");
                });
        assertThatThrownBy(() -> review.correct(STAFF_MEMBER, id, "issuedDate", "31/02/2024"))
                .isInstanceOfSatisfying(InvalidCorrectionException.class, e -> assertThat(e.code()).isEqualTo("correction-date"));
        assertThatThrownBy(() -> review.correct(STAFF_MEMBER, id, "dossierCode", "HS-2024-1"))
                .isInstanceOfSatisfying(InvalidCorrectionException.class, e -> assertThat(e.code()).isEqualTo("correction-dossier-code"));
        assertThatThrownBy(() -> review.correct(STAFF_MEMBER, id, "colour", "red"))
                .isInstanceOfSatisfying(InvalidCorrectionException.class, e -> assertThat(e.code()).isEqualTo("correction-unknown-field"));
        assertThat(store.list(ArchiveLayout.correctionPrefix(id)).toList()).isEmpty();

        DigitizedRecord dated = review.correct(STAFF_MEMBER, id, "issuedDate", "05/07/2021").record();
        assertThat(dated.fields().get("issuedDate").value()).as("dd/mm/yyyy kept as ISO").isEqualTo("2021-07-05");
    }

    @Test
    void markedCheckedConfirmsWhatIsLeftButNotAMissingField() {
        String batch = "review-checked";
        String uncertain = ReviewFixtures.id(batch, 1), missing = ReviewFixtures.id(batch, 2);
        fixtures().decision(uncertain, batch, "089092225127", 0.62, Instant.parse("2025-04-01T01:00:00Z"), List.of());
        fixtures().decision(missing, batch, null, 0, Instant.parse("2025-04-02T01:00:00Z"), List.of());

        CorrectionOutcome checked = review.markChecked(STAFF_MEMBER, uncertain);
        assertThat(checked.written()).extracting(FieldCorrection::field).containsExactly("ownerIds");
        assertThat(checked.written().get(0).confirmed()).isTrue();
        assertThat(checked.record().needsReview()).isFalse();
        assertThat(review.next(uncertain, batch)).contains(missing);

        assertThatThrownBy(() -> review.markChecked(STAFF_MEMBER, missing)).isInstanceOf(ReviewIncompleteException.class)
                .hasMessageContaining("ownerIds");
        review.correct(STAFF_MEMBER, missing, "ownerIds", "1601234567-001");
        assertThat(review.queue(STAFF_MEMBER, batch, 10).items()).isEmpty();
        assertThat(review.next(missing, batch)).isEmpty();
    }

    private List<String> ids(SearchQuery query) {
        return index.search(query).hits().stream().map(h -> h.id()).toList();
    }
}
