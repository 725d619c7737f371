package vn.sohoa.services.search;

import vn.sohoa.failure.Refusal;

/**
 * A search that cannot be run as asked (unknown filter, malformed date, page out of range, free
 * text beyond the index's limits, a search that ran out of time); the message says why, the
 * bundles say it in Vietnamese ({@code refusal.CODE}).
 */
public class InvalidSearchException extends Refusal {

    public InvalidSearchException(String message) {
        super(Kind.BAD_ARGUMENT, "invalid-search", message);
    }

    /** @param code the refusal's code, {@code refusal.CODE} in the bundles quoting {@code arguments} */
    InvalidSearchException(String code, String message, Object... arguments) {
        super(Kind.BAD_ARGUMENT, code, message, null, arguments);
    }

    /** What the index refused, as the search service's refusal (same code, message and arguments). */
    InvalidSearchException(Refusal refused) {
        super(Kind.BAD_ARGUMENT, refused.code(), refused.getMessage(), refused, refused.messageArguments());
    }
}
