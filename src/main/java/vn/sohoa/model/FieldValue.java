package vn.sohoa.model;

import java.util.List;

/**
 * One metadata value with its provenance, so that a clerk sees what to double-check.
 *
 * @param value      a string, or a list of strings for {@code ownerIds}
 * @param source     where it came from: {@code manifest}, {@code qr}, {@code text-layer}, {@code ocr},
 *                   or {@code file} for what was measured from the file itself (page count)
 * @param confidence 0 to 1
 */
public record FieldValue(Object value, String source, double confidence) {

    public static FieldValue of(String value, String source, double confidence) {
        return new FieldValue(value, source, confidence);
    }

    public static FieldValue ofList(List<String> values, String source, double confidence) {
        return new FieldValue(List.copyOf(values), source, confidence);
    }
}
