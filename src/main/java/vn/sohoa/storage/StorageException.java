package vn.sohoa.storage;

/** A storage call failed for a reason retrying will not fix (denied, malformed, corrupt). */
public class StorageException extends RuntimeException {

    private final String key;

    public StorageException(String message, String key, Throwable cause) {
        super(message + (key == null ? "" : " (object " + key + ")"), cause);
        this.key = key;
    }

    /** The object concerned, or null for bucket-level failures. */
    public String key() {
        return key;
    }
}
