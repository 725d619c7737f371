package vn.sohoa.storage;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The archive's source of truth: a flat key space of immutable-by-convention objects in one
 * bucket. Every derived store (index, lookup tables) can be rebuilt from it.
 *
 * <p>Contract for all methods: transient failures (network, server unavailable) have already
 * been retried with backoff when a {@link StorageUnavailableException} reaches the caller; other
 * failures are {@link StorageException}. Keys are UTF-8 strings with {@code /} as separator.
 */
public interface ObjectStore {

    /** Stores {@code bytes} under {@code key}, replacing any previous object. */
    void put(String key, byte[] bytes, String contentType, Map<String, String> userMetadata);

    /** Stores the file's content under {@code key}, streaming it. */
    void putFile(String key, Path file, String contentType, Map<String, String> userMetadata);

    /** The object's description, or empty when there is no such object. */
    Optional<ObjectInfo> stat(String key);

    /**
     * Opens the object for reading; the caller closes the stream.
     *
     * @throws ObjectNotFoundException when there is no such object
     */
    InputStream open(String key);

    /** The whole object; for small objects (JSON, text) only. */
    byte[] read(String key);

    /** Objects whose key starts with {@code prefix}, in key order, lazily paged. */
    Stream<ObjectInfo> list(String prefix);

    /** Objects whose key starts with {@code prefix} and sorts after {@code startAfter}, in key order: a feed read on from where it was left. */
    Stream<ObjectInfo> listAfter(String prefix, String startAfter);

    /** Removes the object; absent objects are not an error. */
    void delete(String key);

    /** A description of where objects go, for logs and messages. */
    String describe();
}
