package vn.sohoa.pipeline.index;

import vn.sohoa.failure.Refusal;

/** The index could not be written because another process held its write lock for too long; retry later. */
public class IndexBusyException extends Refusal {

    public IndexBusyException(String message, Throwable cause) {
        super(Kind.UNAVAILABLE, "unavailable", message, cause);
    }
}
