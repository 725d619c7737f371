package vn.sohoa.pipeline.metadata;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;

/**
 * {@code procedureCode}, mã TTHC ({@code 1.001612}, optionally with the unit appended:
 * {@code 2.000815.000.00.00.H01}), where the text names it ("thủ tục hành chính mã …", "mã TTHC …"),
 * or, less sure, standing alone.
 */
@Component
public class ProcedureCodeExtractor implements FieldExtractor {

    private static final String D = "[0-9OoIl|]";
    static final Pattern CODE = Pattern.compile(
            "(?<![0-9.])([0-9])\\s*\\.\\s*(" + D + "{6})(\\s*\\.\\s*" + D + "{3}\\s*\\.\\s*" + D + "{2}\\s*\\.\\s*" + D
                    + "{2}\\s*\\.\\s*[A-Z]\\s*" + D + "{2})?(?![0-9])");
    private static final Pattern LABEL = Pattern.compile("(thu tuc hanh chinh|tthc)\\s*(ma|so)?\\s*:?\\s*$");

    @Override
    public Map<RecordField, FieldValue> extract(SourceText text) {
        Map<RecordField, FieldValue> fields = new EnumMap<>(RecordField.class);
        FoldedText all = FoldedText.of(text.all());
        Matcher m = CODE.matcher(all.original());
        FieldValue best = null;
        while (m.find()) {
            OcrDigits number = OcrDigits.read(m.group(2));
            if (!number.valid()) {
                continue;
            }
            String unit = unit(m.group(3));
            String value = m.group(1) + "." + number.digits() + unit;
            // Letters repaired in the unit ("HOI" → "H01") make the value as unsure as repaired digits do.
            double unitPenalty = m.group(3) == null ? 1.0
                    : Math.pow(0.85, m.group(3).replaceAll("[^OoIl|]", "").length());
            String before = all.folded().substring(Math.max(0, m.start() - 40), m.start()).replace('\n', ' ');
            boolean labelled = LABEL.matcher(before.strip()).find();
            double confidence = (labelled ? 0.95 : 0.6) * number.penalty() * unitPenalty * text.evidence(m.group());
            if (best == null || confidence > best.confidence()) {
                best = FieldValue.of(value, text.source(), confidence);
            }
        }
        if (best != null) {
            fields.put(RecordField.PROCEDURE_CODE, best);
        }
        return fields;
    }

    /** ".000.00.00.HOI" → ".000.00.00.H01"; empty when a part cannot be read as digits. */
    private static String unit(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder unit = new StringBuilder();
        String[] parts = raw.replaceAll("\\s+", "").substring(1).split("\\.");
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            OcrDigits digits = OcrDigits.read(last ? parts[i].substring(1) : parts[i]);
            if (!digits.valid()) {
                return "";
            }
            unit.append('.').append(last ? parts[i].charAt(0) : "").append(digits.digits());
        }
        return unit.toString();
    }
}
