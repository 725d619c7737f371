package vn.sohoa.services.search;

/** A search that cannot be run as asked (unknown filter, malformed date, page out of range); the message says why. */
public class InvalidSearchException extends RuntimeException {

    public InvalidSearchException(String message) {
        super(message);
    }
}
