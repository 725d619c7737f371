package vn.sohoa.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something a person must check on a record.
 *
 * @param field      the record field (JSON name)
 * @param code       {@link Code} as text: stable, for filters and scripts
 * @param reason     the same for a person, Vietnamese by default
 * @param confidence the field's confidence when it is too low, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewNote(String field, String code, String reason, Double confidence) {

    /** Why a field needs a look. Texts: {@code review.CODE} in the message bundles. */
    public enum Code {
        /** A required field was not found. */
        MISSING,
        /** Found, but less sure than {@code sohoa.metadata.review-below}. */
        LOW_CONFIDENCE,
        /** The manifest (or the QR code) says something else than the document. */
        CONFLICT,
        /** A page of the file could not be decoded: the record holds the others; compare with the original. */
        PAGE_UNREADABLE;

        public String messageKey() {
            return "review." + name();
        }
    }
}
