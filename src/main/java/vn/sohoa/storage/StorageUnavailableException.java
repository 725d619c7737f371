package vn.sohoa.storage;

/**
 * The object store did not answer, even after retries with backoff. Classified as retryable:
 * a later run (a Spring Batch restart) can complete the work.
 */
public class StorageUnavailableException extends StorageException {

    public StorageUnavailableException(String message, String key, Throwable cause) {
        super(message, key, cause);
    }
}
