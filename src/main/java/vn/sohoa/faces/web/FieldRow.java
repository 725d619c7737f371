package vn.sohoa.faces.web;

import java.util.List;

import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.model.FieldValue;

/** One line of the record page's field table: the value as text, where it came from, how sure. */
record FieldRow(String name, String value, String source, double confidence) {

    static List<FieldRow> of(DigitizedRecord record) {
        if (record.fields() == null) {
            return List.of();
        }
        return record.fields().entrySet().stream()
                .map(e -> new FieldRow(e.getKey(), text(e.getValue()), e.getValue().source(), e.getValue().confidence()))
                .toList();
    }

    static String text(FieldValue field) {
        if (field.value() instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(field.value());
    }
}
