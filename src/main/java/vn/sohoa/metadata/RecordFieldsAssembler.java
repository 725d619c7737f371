package vn.sohoa.metadata;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.sohoa.intake.ScanFile;
import vn.sohoa.text.DocumentText;

/**
 * Puts together the metadata fields known for a document: what the manifest says, and what the
 * pipeline itself measured (page count, language, digitized vs born digital). Extractors of the
 * other fields (number, date, agency, owner ids, QR codes) plug in here as they arrive; a field
 * nobody extracted stays absent.
 */
@Component
public class RecordFieldsAssembler {

    /** Confidence levels of TT 05/2025. */
    static final String DIGITIZED = "02 Số hóa";
    static final String BORN_DIGITAL = "01 Gốc điện tử";
    private static final String MEASURED = "file";

    private final LanguageGuess language = new LanguageGuess();

    public Map<String, FieldValue> assemble(ScanFile file, DocumentText text) {
        Map<RecordField, FieldValue> fields = new EnumMap<>(RecordField.class);
        fields.put(RecordField.PAGE_AMOUNT, FieldValue.of(String.valueOf(text.pages().size()), MEASURED, 1.0));
        fields.put(RecordField.CONFIDENCE_LEVEL, FieldValue.of(text.anyOcr() ? DIGITIZED : BORN_DIGITAL, MEASURED, 1.0));
        language.guess(text.joined()).ifPresent(lang -> fields.put(RecordField.LANGUAGE,
                FieldValue.of(lang.code(), text.anyOcr() ? "ocr" : "text-layer", lang.confidence())));
        // The manifest was typed by a person holding the paper: its values win.
        fields.putAll(file.knownFields());
        Map<String, FieldValue> byName = new LinkedHashMap<>();
        fields.forEach((field, value) -> byName.put(field.jsonName(), value));
        return byName;
    }
}
