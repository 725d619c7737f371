package vn.sohoa.pipeline.metadata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;

/**
 * Reads the QR code the procedure system prints in the top-left corner of a result (TT 01/2023):
 * dossier code, procedure code and owner identifier. The payload encoding is not fixed, so JSON
 * ({@code {"maHoSo": "…", "maTTHC": "…", "soDinhDanh": "…"}}), {@code key=value} text separated
 * by {@code ;}, {@code &} or new lines, and a bare dossier code are all accepted. Keys are matched
 * without case, diacritics or separators, in Vietnamese or as the record's field names.
 */
@Component
public class QrPayloadParser {

    public static final String SOURCE = "qr";

    private static final Map<String, RecordField> KEYS = Map.ofEntries(
            Map.entry("mahoso", RecordField.DOSSIER_CODE), Map.entry("hoso", RecordField.DOSSIER_CODE),
            Map.entry("mahs", RecordField.DOSSIER_CODE), Map.entry("sohoso", RecordField.DOSSIER_CODE),
            Map.entry("dossier", RecordField.DOSSIER_CODE),
            Map.entry("matthc", RecordField.PROCEDURE_CODE), Map.entry("tthc", RecordField.PROCEDURE_CODE),
            Map.entry("mathutuc", RecordField.PROCEDURE_CODE), Map.entry("thutuc", RecordField.PROCEDURE_CODE),
            Map.entry("procedure", RecordField.PROCEDURE_CODE),
            Map.entry("sodinhdanh", RecordField.OWNER_IDS), Map.entry("madinhdanh", RecordField.OWNER_IDS),
            Map.entry("sodinhdanhcanhan", RecordField.OWNER_IDS), Map.entry("cccd", RecordField.OWNER_IDS),
            Map.entry("cmnd", RecordField.OWNER_IDS), Map.entry("masothue", RecordField.OWNER_IDS),
            Map.entry("mst", RecordField.OWNER_IDS), Map.entry("owner", RecordField.OWNER_IDS),
            Map.entry("ownerid", RecordField.OWNER_IDS));
    private static final Pattern OWNER_ID = Pattern.compile("\\d{12}|\\d{10}(-\\d{3})?|\\d{13}|[A-Z]\\d{7,8}");
    private static final Pattern PROCEDURE = Pattern.compile("\\d\\.\\d{6}(\\.\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2})?");

    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * The record fields a payload carries, each with source {@code qr}; empty when the payload is
     * not one of the procedure system's (a separator sheet, a URL, anything else).
     */
    public Map<RecordField, FieldValue> parse(String payload) {
        String text = payload.strip();
        Map<RecordField, String> raw = text.startsWith("{") ? fromJson(text) : fromPairs(text);
        if (raw.isEmpty() && DossierCodeExtractor.CODE.matcher(text).matches()) {
            raw.put(RecordField.DOSSIER_CODE, text);
        }
        Map<RecordField, FieldValue> fields = new EnumMap<>(RecordField.class);
        raw.forEach((field, value) -> fields.put(field, value(field, value)));
        return fields;
    }

    /** The dossier code a payload carries, if any: what tells one result from the next in a stack. */
    public Optional<String> dossierCode(String payload) {
        return Optional.ofNullable(parse(payload).get(RecordField.DOSSIER_CODE)).map(v -> (String) v.value());
    }

    private FieldValue value(RecordField field, String value) {
        if (field == RecordField.OWNER_IDS) {
            List<String> ids = Arrays.stream(value.split("[;,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            boolean valid = ids.stream().allMatch(id -> OWNER_ID.matcher(id).matches());
            return FieldValue.ofList(ids, SOURCE, valid ? 1.0 : 0.7);
        }
        boolean valid = switch (field) {
            case DOSSIER_CODE -> DossierCodeExtractor.CODE.matcher(value).matches()
                    && DossierCodeExtractor.validDate(value.split("-")[1]);
            case PROCEDURE_CODE -> PROCEDURE.matcher(value).matches();
            default -> true;
        };
        return FieldValue.of(value, SOURCE, valid ? 1.0 : 0.7);
    }

    private Map<RecordField, String> fromJson(String text) {
        Map<RecordField, String> raw = new EnumMap<>(RecordField.class);
        try {
            JsonNode node = json.readTree(text);
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                field(entry.getKey()).ifPresent(field -> raw.put(field, jsonText(entry.getValue())));
            }
        } catch (JacksonException e) {
            return raw;
        }
        return raw;
    }

    private static String jsonText(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asString()));
            return String.join(";", items);
        }
        return value.asString();
    }

    private Map<RecordField, String> fromPairs(String text) {
        Map<RecordField, String> raw = new EnumMap<>(RecordField.class);
        for (String pair : text.split("[;&\\n|]+")) {
            int equals = pair.indexOf('=') >= 0 ? pair.indexOf('=') : pair.indexOf(':');
            if (equals > 0) {
                String key = pair.substring(0, equals);
                String value = pair.substring(equals + 1).strip();
                field(key).ifPresent(field -> raw.merge(field, value, (a, b) -> a + ";" + b));
            }
        }
        return raw;
    }

    private static Optional<RecordField> field(String key) {
        String folded = FoldedText.fold(key).replaceAll("[^a-z0-9]", "");
        RecordField known = KEYS.get(folded);
        if (known != null) {
            return Optional.of(known);
        }
        return Arrays.stream(RecordField.values()).filter(f -> f.jsonName().equalsIgnoreCase(folded)).findFirst();
    }
}
