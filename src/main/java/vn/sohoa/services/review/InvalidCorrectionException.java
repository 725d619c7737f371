package vn.sohoa.services.review;

import vn.sohoa.failure.Refusal;

/**
 * A correction refused because the value cannot be the field's ({@code code} says which rule: an
 * owner ID that is not 12 digits, a date that is not a date, a malformed dossier code …). Nothing
 * is written.
 */
public class InvalidCorrectionException extends Refusal {

    private final String field;

    /**
     * @param reason stable name of the rule broken; the refusal's code is {@code correction-REASON}
     * @param value  the value given, quoted in the message
     */
    public InvalidCorrectionException(String field, String reason, String value, String message) {
        super(Kind.BAD_ARGUMENT, "correction-" + reason, "Field " + field + " not corrected: " + message, null, field, value);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
