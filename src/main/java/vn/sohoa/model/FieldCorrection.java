package vn.sohoa.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A person's correction (or confirmation) of one field of a record: one object in the bucket,
 * written once and never changed ({@link ArchiveLayout#correction}). Read back over
 * {@code record.json}, the last correction of a field is its value, with source {@code manual}
 * and confidence 1.0; the digitized value stays in {@link #oldValue()} for the history.
 *
 * @param field     the record field (JSON name)
 * @param oldValue  the value before, null when the field was missing
 * @param oldSource where the value before came from ({@code ocr}, {@code manual} …), null when missing
 * @param newValue  the value now: a string, or a list of strings for {@code ownerIds}; equal to
 *                  {@code oldValue} when the person confirmed it
 * @param by        who corrected it
 * @param at        when
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldCorrection(String recordId, String field, Object oldValue, String oldSource, Object newValue, String by,
                              Instant at) {

    /** The source a corrected value has. */
    public static final String MANUAL = "manual";

    /** True when the person kept the value as it was (confirmed it). */
    public boolean confirmed() {
        return java.util.Objects.equals(oldValue, newValue);
    }
}
