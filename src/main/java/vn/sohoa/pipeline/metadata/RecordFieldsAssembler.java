package vn.sohoa.pipeline.metadata;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;
import vn.sohoa.model.ReviewNote;
import vn.sohoa.pipeline.intake.ScanFile;
import vn.sohoa.pipeline.pages.PageCode;
import vn.sohoa.pipeline.text.DocumentText;

/**
 * Puts together the metadata of a document: what the pipeline measured (page count, language,
 * digitized vs born digital), what the extractors read in the text, what the procedure system's
 * QR code says and what the batch manifest says, in that rising order of precedence; then lists
 * what a person must check.
 */
@Component
public class RecordFieldsAssembler {

    /** Confidence levels of TT 05/2025. */
    static final String DIGITIZED = "02 Số hóa";
    static final String BORN_DIGITAL = "01 Gốc điện tử";
    private static final String MEASURED = "file";

    private final LanguageGuess language = new LanguageGuess();
    private final List<FieldExtractor> extractors;
    private final QrPayloadParser qr;
    private final FieldMerger merger;
    private final ReviewCheck review;

    public RecordFieldsAssembler(List<FieldExtractor> extractors, QrPayloadParser qr, FieldMerger merger, ReviewCheck review) {
        this.extractors = List.copyOf(extractors);
        this.qr = qr;
        this.merger = merger;
        this.review = review;
    }

    /** The metadata of {@code text}, a whole file or one document of it, with the file's manifest values. */
    public ExtractedMetadata assemble(ScanFile file, DocumentText text) {
        FieldMerger.Merged merged = merger.merge(file.knownFields(), fromQrCodes(text), fromText(text));
        Map<String, FieldValue> byName = new LinkedHashMap<>();
        merged.fields().forEach((field, value) -> byName.put(field.jsonName(), value));
        List<ReviewNote> notes = new ArrayList<>(review.check(merged.fields(), merged.conflicts()));
        notes.addAll(review.unreadablePages(text.unreadable()));
        return new ExtractedMetadata(byName, merged.conflicts(), notes, null);
    }

    private Map<RecordField, FieldValue> fromText(DocumentText text) {
        Map<RecordField, FieldValue> fields = new EnumMap<>(RecordField.class);
        SourceText source = SourceText.of(text);
        for (FieldExtractor extractor : extractors) {
            fields.putAll(extractor.extract(source));
        }
        fields.put(RecordField.PAGE_AMOUNT, FieldValue.of(String.valueOf(text.pages().size()), MEASURED, 1.0));
        fields.put(RecordField.CONFIDENCE_LEVEL, FieldValue.of(text.anyOcr() ? DIGITIZED : BORN_DIGITAL, MEASURED, 1.0));
        language.guess(text.joined()).ifPresent(lang -> fields.put(RecordField.LANGUAGE,
                FieldValue.of(lang.code(), source.source(), lang.confidence())));
        return fields;
    }

    /** The first procedure-system QR code of the document: top left of a page, carrying known keys. */
    private Map<RecordField, FieldValue> fromQrCodes(DocumentText text) {
        Map<RecordField, FieldValue> fallback = Map.of();
        for (PageCode code : text.codes()) {
            Map<RecordField, FieldValue> fields = qr.parse(code.payload());
            if (!fields.isEmpty() && code.topLeft()) {
                return fields;
            }
            if (!fields.isEmpty() && fallback.isEmpty()) {
                fallback = fields;
            }
        }
        return fallback;
    }
}
