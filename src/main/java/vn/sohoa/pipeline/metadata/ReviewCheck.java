package vn.sohoa.pipeline.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.sohoa.LocalFormats;
import vn.sohoa.model.FieldConflict;
import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;
import vn.sohoa.model.ReviewNote;
import vn.sohoa.pipeline.text.UnreadablePage;

/**
 * The one notion of "needs review": what a person must check on a record. Required fields that
 * are missing, any field less sure than {@code sohoa.metadata.review-below}, conflicts between
 * the manifest or QR code and the document that nobody has settled, and pages of the file that
 * could not be read. The batch report (at digitizing), the record page, the review queue and the
 * index's {@code needsReview} flag (on every read of a record, corrections applied) all ask this
 * class. Reasons are in Vietnamese, the language of the staff who read the report.
 */
@Component
public class ReviewCheck {

    private static final String MANUAL = vn.sohoa.model.FieldCorrection.MANUAL;
    private static final Locale STAFF = Locale.forLanguageTag("vi");

    private final MetadataProperties properties;
    private final MessageSource messages;

    public ReviewCheck(MetadataProperties properties, MessageSource messages) {
        this.properties = properties;
        this.messages = messages;
    }

    public List<ReviewNote> check(Map<RecordField, FieldValue> fields, List<FieldConflict> conflicts) {
        List<ReviewNote> notes = new ArrayList<>();
        for (String name : properties.requiredFields()) {
            RecordField field = RecordField.byJsonName(name).orElseThrow(() ->
                    new IllegalStateException("sohoa.metadata.required-fields names an unknown field: " + name));
            if (field == RecordField.OWNER_IDS && !ownerRequired(fields)) {
                continue;
            }
            FieldValue value = fields.get(field);
            if (value == null) {
                notes.add(note(name, ReviewNote.Code.MISSING, null));
            } else if (value.confidence() < properties.reviewBelow()) {
                notes.add(note(name, ReviewNote.Code.LOW_CONFIDENCE, Math.round(value.confidence() * 100) / 100.0));
            }
        }
        for (Map.Entry<RecordField, FieldValue> present : fields.entrySet()) {
            // A page in the record page's table at 28 % is a field to check, required or not.
            if (!properties.requiredFields().contains(present.getKey().jsonName())
                    && present.getValue().confidence() < properties.reviewBelow()) {
                notes.add(note(present.getKey().jsonName(), ReviewNote.Code.LOW_CONFIDENCE,
                        Math.round(present.getValue().confidence() * 100) / 100.0));
            }
        }
        for (FieldConflict conflict : conflicts) {
            FieldValue kept = RecordField.byJsonName(conflict.field()).map(fields::get).orElse(null);
            if (kept != null && MANUAL.equals(kept.source())) {
                continue; // a person chose the value: the conflict is settled
            }
            notes.add(new ReviewNote(conflict.field(), ReviewNote.Code.CONFLICT.name(),
                    messages.getMessage(ReviewNote.Code.CONFLICT.messageKey(), new Object[] {label("field.", conflict.field()),
                            label("source.", conflict.keptSource()), conflict.keptValue(), label("source.", conflict.otherSource()),
                            conflict.otherValue()},
                            ReviewNote.Code.CONFLICT.name(), STAFF), null));
        }
        return notes;
    }

    /** One note per page of the file that could not be read ({@code pageAmount} is what it concerns). */
    public List<ReviewNote> unreadablePages(List<UnreadablePage> pages) {
        ReviewNote.Code code = ReviewNote.Code.PAGE_UNREADABLE;
        return pages.stream().map(page -> new ReviewNote("pageAmount", code.name(), messages.getMessage(code.messageKey(),
                new Object[] {"pageAmount", page.number(), messages.getMessage(page.reason().messageKey(), null,
                        page.reason().name(), STAFF)}, code.name(), STAFF), null)).toList();
    }

    /**
     * The same check over a record's fields by JSON name, as {@code record.json} holds them (fields
     * of no known name are not checked). Pages that could not be read are known only from the
     * notes written at digitizing ({@code digitized}): they stay to check until a person confirms
     * or corrects the page count.
     */
    public List<ReviewNote> checkRecord(Map<String, FieldValue> fields, List<FieldConflict> conflicts, List<ReviewNote> digitized) {
        Map<RecordField, FieldValue> known = new java.util.EnumMap<>(RecordField.class);
        if (fields != null) {
            fields.forEach((name, value) -> RecordField.byJsonName(name).ifPresent(field -> known.put(field, value)));
        }
        List<ReviewNote> notes = new ArrayList<>(check(known, conflicts == null ? List.of() : conflicts));
        FieldValue pages = known.get(RecordField.PAGE_AMOUNT);
        if (digitized != null && (pages == null || !MANUAL.equals(pages.source()))) {
            digitized.stream().filter(n -> ReviewNote.Code.PAGE_UNREADABLE.name().equals(n.code())).forEach(notes::add);
        }
        return notes;
    }

    private boolean ownerRequired(Map<RecordField, FieldValue> fields) {
        FieldValue type = fields.get(RecordField.TYPE_NAME);
        return type == null || properties.ownerNotRequiredTypes().stream()
                .noneMatch(t -> FieldMerger.same(t, type.value()));
    }

    private ReviewNote note(String field, ReviewNote.Code code, Double confidence) {
        return new ReviewNote(field, code.name(), messages.getMessage(code.messageKey(),
                new Object[] {label("field.", field), confidence == null ? null : percent(confidence)}, code.name(), STAFF), confidence);
    }

    /** The field's or source's name in the staff's words ("Số định danh chủ sở hữu", not "ownerIds"). */
    private String label(String prefix, String name) {
        return messages.getMessage(prefix + name, null, name, STAFF);
    }

    /** 0.62 as Vietnamese write it: "62 %" (the notes are written in the staff's language). */
    private static String percent(double confidence) {
        return LocalFormats.percent(confidence, 0, STAFF);
    }
}
