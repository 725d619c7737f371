package vn.sohoa.services.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import vn.sohoa.model.DossierCode;
import vn.sohoa.model.RecordField;

/**
 * What a person may type as a field's value, checked before a correction is written, and the form
 * it is kept in (an ISO date, a list of owner IDs). The formats are domain.md's.
 */
final class FieldValues {

    static final int MAX_LENGTH = 1000;
    /** A CCCD (12 digits), a tax or enterprise code (10 digits) or a branch's (10-3). */
    private static final Pattern OWNER_ID = Pattern.compile("\\d{12}|\\d{10}|\\d{10}-\\d{3}");
    private static final Pattern PROCEDURE_CODE = Pattern.compile("\\d\\.\\d{6}(\\.[0-9A-Za-z.]+)?");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private FieldValues() {
    }

    /**
     * The value to keep for {@code field}, from what was typed.
     *
     * @throws InvalidCorrectionException when it cannot be a value of the field
     */
    static Object parse(String fieldName, String typed) {
        RecordField field = RecordField.byJsonName(fieldName).orElseThrow(() -> new InvalidCorrectionException(fieldName, "unknown-field",
                fieldName, "there is no such field; fields are " + Arrays.stream(RecordField.values()).map(RecordField::jsonName).toList()));
        String value = typed == null ? "" : java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFC).strip();
        if (value.isEmpty()) {
            throw new InvalidCorrectionException(fieldName, "empty", value, "the value is empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidCorrectionException(fieldName, "too-long", value.substring(0, 40) + "…",
                    "the value is longer than " + MAX_LENGTH + " characters");
        }
        return switch (field) {
            case OWNER_IDS -> ownerIds(fieldName, value);
            case ISSUED_DATE -> date(fieldName, value);
            case DOSSIER_CODE -> dossierCode(fieldName, value);
            case PROCEDURE_CODE -> matching(fieldName, value.replace(" ", ""), PROCEDURE_CODE, "procedure-code",
                    "a procedure code is D.DDDDDD, e.g. 1.001612");
            case PAGE_AMOUNT -> pageAmount(fieldName, value);
            default -> value;
        };
    }

    private static List<String> ownerIds(String field, String value) {
        List<String> ids = Arrays.stream(value.split("[,;]")).map(id -> id.replaceAll("[\\s.]", "")).filter(id -> !id.isEmpty()).toList();
        for (String id : ids) {
            if (!OWNER_ID.matcher(id).matches()) {
                throw new InvalidCorrectionException(field, "owner-id", id,
                        "'" + id + "' is not an owner ID: a personal ID has 12 digits, a tax code 10 (or 10-3 for a branch)");
            }
        }
        return ids.stream().distinct().toList();
    }

    private static String date(String field, String value) {
        try {
            return value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE).toString() : LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new InvalidCorrectionException(field, "date", value, "'" + value + "' is not a date: type dd/mm/yyyy or yyyy-mm-dd");
        }
    }

    private static String dossierCode(String field, String value) {
        try {
            return DossierCode.parse(value).value();
        } catch (RuntimeException e) {
            throw new InvalidCorrectionException(field, "dossier-code", value,
                    "'" + value + "' is not a dossier code: unit-YYMMDD-NNNN, e.g. 000.00.10.H01-210705-1187");
        }
    }

    private static String matching(String field, String value, Pattern pattern, String reason, String rule) {
        if (!pattern.matcher(value).matches()) {
            throw new InvalidCorrectionException(field, reason, value, "'" + value + "' is not valid: " + rule);
        }
        return value;
    }

    private static String pageAmount(String field, String value) {
        if (!value.matches("[1-9]\\d{0,4}")) {
            throw new InvalidCorrectionException(field, "page-amount", value, "'" + value + "' is not a number of pages");
        }
        return value;
    }
}
