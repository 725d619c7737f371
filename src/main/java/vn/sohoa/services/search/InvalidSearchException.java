package vn.sohoa.services.search;

import vn.sohoa.failure.Refusal;

/** A search that cannot be run as asked (unknown filter, malformed date, page out of range); the message says why. */
public class InvalidSearchException extends Refusal {

    public InvalidSearchException(String message) {
        super(Kind.BAD_ARGUMENT, "invalid-search", message);
    }
}
