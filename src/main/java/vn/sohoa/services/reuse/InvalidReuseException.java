package vn.sohoa.services.reuse;

import vn.sohoa.failure.Refusal;

/** A reuse that cannot be recorded as asked; the message says why. */
public class InvalidReuseException extends Refusal {

    public InvalidReuseException(String message) {
        super(Kind.REFUSED, "invalid-reuse", message);
    }
}
