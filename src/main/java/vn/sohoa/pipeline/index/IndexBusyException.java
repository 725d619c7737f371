package vn.sohoa.pipeline.index;

/** The index could not be written because another process held its write lock for too long; retry later. */
public class IndexBusyException extends RuntimeException {

    public IndexBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
