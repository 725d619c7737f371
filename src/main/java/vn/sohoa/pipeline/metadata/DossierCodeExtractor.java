package vn.sohoa.pipeline.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;

/**
 * {@code dossierCode} ({@code 000.00.10.H01-210705-1187}, TT 01/2018 Điều 19) from the text, as OCR
 * reads it: spaces after dots, {@code HOI} for {@code H01}. The date part must be a real day:
 * when it is not, the code is kept but marked for checking.
 */
@Component
public class DossierCodeExtractor implements FieldExtractor {

    private static final String D = "[0-9OoIl|]";
    /** The code as printed, for payloads and manifests. */
    static final Pattern CODE = Pattern.compile(
            "(" + D + "{3})\\s*\\.\\s*(" + D + "{2})\\s*\\.\\s*(" + D + "{2})\\s*\\.\\s*([A-Z])\\s*(" + D + "{2})"
                    + "\\s*[-–]\\s*(" + D + "{6})\\s*[-–]\\s*(" + D + "{4})(?![0-9])");
    /** The code as OCR reads it: a space may also fall inside a group of digits ("43 15"). */
    private static final Pattern READ = Pattern.compile(
            "(" + digits(3) + ")\\s*\\.\\s*(" + digits(2) + ")\\s*\\.\\s*(" + digits(2) + ")\\s*\\.\\s*([A-Z])\\s*("
                    + digits(2) + ")\\s*[-–]\\s*(" + digits(6) + ")\\s*[-–]\\s*(" + digits(4) + ")(?![0-9])");

    private static String digits(int count) {
        return D + "(?: ?" + D + "){" + (count - 1) + "}";
    }

    @Override
    public Map<RecordField, FieldValue> extract(SourceText text) {
        Map<RecordField, FieldValue> fields = new EnumMap<>(RecordField.class);
        Matcher m = READ.matcher(text.all());
        if (m.find()) {
            parse(m).ifPresent(code -> fields.put(RecordField.DOSSIER_CODE, FieldValue.of(code.value(), text.source(),
                    code.confidence() * text.evidence(m.group()))));
        }
        return fields;
    }

    record Parsed(String value, double confidence) {
    }

    /** A dossier code from a match of {@link #CODE}, repaired and validated. */
    static Optional<Parsed> parse(Matcher m) {
        StringBuilder value = new StringBuilder();
        double penalty = 1.0;
        String[] separators = {".", ".", ".", "", "-", "-", ""};
        for (int group = 1; group <= 7; group++) {
            String part = m.group(group);
            if (group == 4) {
                value.append(part);
                continue;
            }
            OcrDigits digits = OcrDigits.read(part);
            if (!digits.valid()) {
                return Optional.empty();
            }
            penalty *= digits.penalty();
            value.append(digits.digits()).append(separators[group - 1]);
        }
        String code = value.toString();
        double dated = validDate(m.group(6)) ? 1.0 : 0.5;
        boolean spaced = !m.group().equals(code);
        return Optional.of(new Parsed(code, 0.95 * penalty * dated * (spaced && penalty == 1.0 ? 0.97 : 1.0)));
    }

    /** The YYMMDD part: the day the dossier was received. */
    static boolean validDate(String yymmdd) {
        OcrDigits digits = OcrDigits.read(yymmdd);
        if (!digits.valid() || digits.digits().length() != 6) {
            return false;
        }
        String d = digits.digits();
        try {
            LocalDate.of(2000 + Integer.parseInt(d.substring(0, 2)), Integer.parseInt(d.substring(2, 4)),
                    Integer.parseInt(d.substring(4, 6)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
