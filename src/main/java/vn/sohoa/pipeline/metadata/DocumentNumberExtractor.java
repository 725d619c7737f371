package vn.sohoa.pipeline.metadata;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;
import vn.sohoa.pipeline.ocr.BlockKind;
import vn.sohoa.pipeline.ocr.DocumentBlock;

/**
 * {@code codeNumber}, {@code codeNotation} and {@code documentNumber} from the header line
 * {@code Số: 729/QĐ-UBND} (NĐ 30/2020), as OCR reads it: {@code Sô:}, {@code S6:}, spaces around
 * {@code /} and {@code -}, {@code QD} for {@code QĐ}, a letter in the digits. A certificate's bare
 * number ({@code Số: 5280527064}) is its document number, without notation.
 *
 * <p>On a page whose layout was found the number is read from the number block only, so that a
 * {@code Số: 12/QĐ-UBND} quoted elsewhere (a body citing another decision) is never taken for it;
 * otherwise from the first lines of the first page.
 */
@Component
public class DocumentNumberExtractor implements FieldExtractor {

    /** On the folded text: "so:" and its OCR variants, the number, then an optional notation. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d])[s5][o06]\\s*([:;.]?)\\s*(" + OcrDigits.FOLDED_CLASS + "{1,12})(?![\\p{L}\\d])"
                    + "(\\s*[/|]\\s*[\\p{L}\\d]+(?:\\s*[-–/]\\s*[\\p{L}\\d]+)*)?");
    /** "Số:      /TB-UBND": the number left blank to be written in by hand; only the notation is printed. */
    private static final Pattern BLANK_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d])[s5][o06]\\s*[:;.]\\s*[/|]\\s*([\\p{L}\\d]+(?:\\s*[-–]\\s*[\\p{L}\\d]+)*)");
    /** Lines of the first page the header is looked for in: number lines sit high on the page. */
    private static final int HEADER_LINES = 14;

    private final DocumentTypes types;

    public DocumentNumberExtractor(DocumentTypes types) {
        this.types = types;
    }

    @Override
    public Map<RecordField, FieldValue> extract(SourceText text) {
        Map<RecordField, FieldValue> fields = new EnumMap<>(RecordField.class);
        String region = text.firstPageBlock(BlockKind.NUMBER).map(DocumentBlock::text)
                .orElseGet(() -> HeaderLines.first(text.firstPage(), HEADER_LINES));
        FoldedText header = FoldedText.of(region);
        Matcher m = NUMBER.matcher(header.folded());
        boolean found = false;
        while (!found && m.find()) {
            // Without its colon, "Số" is a number line only when a notation follows: "Số 12/UBND-VX".
            found = !m.group(1).isEmpty() || m.group(3) != null;
        }
        if (!found) {
            return blankNumber(header, text, fields);
        }
        OcrDigits number = OcrDigits.read(header.cut(m.start(2), m.end(2)));
        if (!number.valid()) {
            return fields;
        }
        String codeNumber = number.digits();
        String notation = m.group(3) == null ? null : notation(header.cut(m.start(3), m.end(3)));
        double confidence = confidence(codeNumber, notation) * number.penalty()
                * text.evidence(header.cut(m.start(), m.end()));
        String source = text.source();
        fields.put(RecordField.CODE_NUMBER, FieldValue.of(codeNumber, source, confidence));
        if (notation != null) {
            fields.put(RecordField.CODE_NOTATION, FieldValue.of(notation, source, confidence));
        }
        fields.put(RecordField.DOCUMENT_NUMBER, FieldValue.of(notation == null ? codeNumber : codeNumber + "/" + notation,
                source, confidence));
        return fields;
    }

    /**
     * A printed notation without a number: the notation is kept, the number and the document number stay
     * absent (a number read into the blank would be invented).
     */
    private Map<RecordField, FieldValue> blankNumber(FoldedText header, SourceText text, Map<RecordField, FieldValue> fields) {
        Matcher blank = BLANK_NUMBER.matcher(header.folded());
        if (blank.find()) {
            String notation = notation(header.cut(blank.start(1), blank.end(1)));
            boolean knownType = types.abbreviation(notation.split("-", 2)[0]).isPresent();
            fields.put(RecordField.CODE_NOTATION, FieldValue.of(notation, text.source(),
                    (knownType ? 0.85 : 0.6) * text.evidence(header.cut(blank.start(), blank.end()))));
        }
        return fields;
    }

    /** "/ QD - UBND" → "QĐ-UBND": spaces dropped, a known type abbreviation written as NĐ 30/2020 does. */
    private String notation(String raw) {
        String compact = raw.replaceFirst("^\\s*[/|]\\s*", "").replaceAll("\\s+", "").replace('–', '-')
                .replace('Ð', 'Đ');
        String[] segments = compact.split("-", 2);
        String type = types.abbreviation(segments[0]).orElse(segments[0]);
        return segments.length == 1 ? type : type + "-" + segments[1];
    }

    private double confidence(String codeNumber, String notation) {
        if (notation == null) {
            // A bare number is a certificate or permit number: long ones are, short ones may be a misread.
            return codeNumber.length() >= 6 ? 0.95 : 0.7;
        }
        String first = notation.split("-", 2)[0];
        boolean knownType = types.abbreviation(first).isPresent();
        boolean letters = notation.chars().anyMatch(Character::isLetter);
        if (!letters || codeNumber.length() > 6) {
            return 0.5;
        }
        return knownType || notation.contains("-") ? 0.95 : 0.85;
    }
}
