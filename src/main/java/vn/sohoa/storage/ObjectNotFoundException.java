package vn.sohoa.storage;

/** The requested object does not exist. */
public class ObjectNotFoundException extends StorageException {

    public ObjectNotFoundException(String key) {
        super("No such object", key, null);
    }
}
