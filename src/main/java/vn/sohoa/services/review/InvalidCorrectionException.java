package vn.sohoa.services.review;

import org.springframework.context.support.DefaultMessageSourceResolvable;

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
        super(Kind.BAD_ARGUMENT, "correction-" + reason, "Field " + field + " not corrected: " + message, null, label(field), value);
        this.field = field;
    }

    /**
     * The field as staff know it in the reader's language ({@code field.ownerIds} → "Số định danh
     * chủ sở hữu"), resolved by the message source when the refusal is shown; a name that is no
     * field stays as typed.
     */
    static DefaultMessageSourceResolvable label(String field) {
        return new DefaultMessageSourceResolvable(new String[] {"field." + field}, field);
    }

    public String field() {
        return field;
    }
}
