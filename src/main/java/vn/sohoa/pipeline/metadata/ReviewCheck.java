package vn.sohoa.pipeline.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.sohoa.model.FieldConflict;
import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;
import vn.sohoa.model.ReviewNote;
import vn.sohoa.pipeline.text.UnreadablePage;

/**
 * Lists what a person must check on a record: required fields that are missing or less sure than
 * {@code sohoa.metadata.review-below}, and conflicts between the manifest or QR code and the
 * document, pages of the file that could not be read. Reasons are in Vietnamese, the language of the staff who read the report.
 */
@Component
public class ReviewCheck {

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
        for (FieldConflict conflict : conflicts) {
            notes.add(new ReviewNote(conflict.field(), ReviewNote.Code.CONFLICT.name(),
                    messages.getMessage(ReviewNote.Code.CONFLICT.messageKey(), new Object[] {conflict.field(),
                            conflict.keptSource(), conflict.keptValue(), conflict.otherSource(), conflict.otherValue()},
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

    private boolean ownerRequired(Map<RecordField, FieldValue> fields) {
        FieldValue type = fields.get(RecordField.TYPE_NAME);
        return type == null || properties.ownerNotRequiredTypes().stream()
                .noneMatch(t -> FieldMerger.same(t, type.value()));
    }

    private ReviewNote note(String field, ReviewNote.Code code, Double confidence) {
        return new ReviewNote(field, code.name(), messages.getMessage(code.messageKey(),
                new Object[] {field, confidence}, code.name(), STAFF), confidence);
    }
}
