package vn.sohoa.pipeline.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.sohoa.model.FieldConflict;
import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;
import vn.sohoa.model.ReviewNote;

class FieldMergerTests {

    private final FieldMerger merger = new FieldMerger();

    @Test
    void manifestBeatsQrBeatsTextAndEveryDisagreementIsReported() {
        FieldMerger.Merged merged = merger.merge(
                Map.of(RecordField.DOSSIER_CODE, FieldValue.of("000.00.10.H01-210705-1187", "manifest", 1.0)),
                Map.of(RecordField.DOSSIER_CODE, FieldValue.of("000.00.10.H01-210705-9999", "qr", 1.0),
                        RecordField.PROCEDURE_CODE, FieldValue.of("1.001612", "qr", 1.0)),
                Map.of(RecordField.PROCEDURE_CODE, FieldValue.of("1.001613", "ocr", 0.95),
                        RecordField.ISSUED_DATE, FieldValue.of("2021-07-05", "ocr", 0.95)));
        assertThat(merged.fields().get(RecordField.DOSSIER_CODE).source()).isEqualTo("manifest");
        assertThat(merged.fields().get(RecordField.PROCEDURE_CODE).source()).isEqualTo("qr");
        assertThat(merged.fields().get(RecordField.ISSUED_DATE).source()).isEqualTo("ocr");
        assertThat(merged.conflicts()).extracting(FieldConflict::field, FieldConflict::keptSource, FieldConflict::otherSource)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("procedureCode", "qr", "ocr"),
                        org.assertj.core.groups.Tuple.tuple("dossierCode", "manifest", "qr"));
    }

    @Test
    void spellingVariantsAreNotConflictsAndQrOwnersAreCompletedFromTheText() {
        FieldMerger.Merged merged = merger.merge(
                Map.of(RecordField.ORGAN_NAME, FieldValue.of("UỶ BAN NHÂN DÂN XÃ VỌNG THÊ", "manifest", 1.0)),
                Map.of(RecordField.OWNER_IDS, FieldValue.ofList(List.of("089194290546"), "qr", 1.0)),
                Map.of(RecordField.ORGAN_NAME, FieldValue.of("ỦY BAN NHÂN DÂN XÃ VỌNG THÊ", "ocr", 0.9),
                        RecordField.OWNER_IDS, FieldValue.ofList(List.of("089194290546", "1679539818"), "ocr", 0.93)));
        assertThat(merged.conflicts()).isEmpty();
        assertThat(merged.fields().get(RecordField.OWNER_IDS).value()).isEqualTo(List.of("089194290546", "1679539818"));
        assertThat(merged.fields().get(RecordField.OWNER_IDS).confidence()).isEqualTo(0.93);
    }

    @Test
    void reviewListsMissingLowAndConflictingFieldsInVietnamese() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        ReviewCheck review = new ReviewCheck(new MetadataProperties(0.8,
                List.of("typeName", "documentNumber", "issuedDate", "organName", "ownerIds"), List.of("BÁO CÁO"), List.of("089"), List.of()), messages);
        Map<RecordField, FieldValue> fields = Map.of(
                RecordField.TYPE_NAME, FieldValue.of("QUYẾT ĐỊNH", "ocr", 0.95),
                RecordField.DOCUMENT_NUMBER, FieldValue.of("729/QĐ-UBND", "ocr", 0.5),
                RecordField.ISSUED_DATE, FieldValue.of("2022-07-05", "ocr", 0.95),
                RecordField.ORGAN_NAME, FieldValue.of("ỦY BAN NHÂN DÂN HUYỆN THOẠI SƠN", "ocr", 0.93));
        List<ReviewNote> notes = review.check(fields, List.of(new FieldConflict("dossierCode", "A", "manifest", "B", "qr")));
        assertThat(notes).extracting(ReviewNote::field, ReviewNote::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("documentNumber", "LOW_CONFIDENCE"),
                org.assertj.core.groups.Tuple.tuple("ownerIds", "MISSING"),
                org.assertj.core.groups.Tuple.tuple("dossierCode", "CONFLICT"));
        assertThat(notes.get(0).reason()).contains("Số, ký hiệu").contains("50 %");
        assertThat(notes.get(1).reason()).contains("Thiếu trường Số định danh chủ sở hữu");
        assertThat(notes.get(2).reason()).contains("Danh sách kèm lô (nhập tay) ghi \"A\"").contains("Mã QR đọc được \"B\"");
        Map<RecordField, FieldValue> report = new java.util.HashMap<>(fields);
        report.put(RecordField.TYPE_NAME, FieldValue.of("BÁO CÁO", "ocr", 0.95));
        assertThat(review.check(report, List.of())).extracting(ReviewNote::field).doesNotContain("ownerIds");
    }

    @Test
    void anUncertainFieldNeedsReviewRequiredOrNotAndAManualValueSettlesItsConflict() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        ReviewCheck review = new ReviewCheck(new MetadataProperties(0.8, List.of("typeName"), List.of(), List.of("089"), List.of()), messages);
        Map<String, FieldValue> fields = Map.of(
                "typeName", FieldValue.of("QUYẾT ĐỊNH", "ocr", 0.95),
                "signerName", FieldValue.of("Nguyễn Văn A", "ocr", 0.28),
                "dossierCode", FieldValue.of("000.00.10.H01-210705-1187", "manual", 1.0));
        List<ReviewNote> notes = review.checkRecord(fields, List.of(new FieldConflict("dossierCode", "A", "manifest", "B", "qr")), List.of());
        // The record page showed signerName at 28 % while the report said nothing to check: one rule now.
        assertThat(notes).extracting(ReviewNote::field, ReviewNote::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("signerName", "LOW_CONFIDENCE"));
    }

    @Test
    void anUnreadablePageStaysToCheckOnEveryReadUntilAPersonSettlesThePageCount() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        ReviewCheck review = new ReviewCheck(new MetadataProperties(0.8, List.of("typeName"), List.of(), List.of("089"), List.of()), messages);
        List<ReviewNote> digitized = List.of(new ReviewNote("pageAmount", "PAGE_UNREADABLE", "Trang 2 không đọc được", null));
        Map<String, FieldValue> read = Map.of("typeName", FieldValue.of("QUYẾT ĐỊNH", "ocr", 0.95),
                "pageAmount", FieldValue.of("3", "system", 1.0));
        assertThat(review.checkRecord(read, List.of(), digitized)).extracting(ReviewNote::field, ReviewNote::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pageAmount", "PAGE_UNREADABLE"));

        Map<String, FieldValue> confirmed = Map.of("typeName", FieldValue.of("QUYẾT ĐỊNH", "ocr", 0.95),
                "pageAmount", FieldValue.of("3", "manual", 1.0));
        assertThat(review.checkRecord(confirmed, List.of(), digitized)).isEmpty();
    }
}
