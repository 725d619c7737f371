package vn.sohoa.pipeline.index;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.sohoa.storage.ObjectInfo;
import vn.sohoa.storage.ObjectStore;

/**
 * The bucket's append-only change feed: one small object per committed chunk, under
 * {@code feed/}, naming the records it archived. Whatever host archived them, the server that
 * answers searches reads the feed on from where it stopped ({@code listAfter}) and indexes them:
 * one index for all hosts, still derived (a {@code reindex} from the records gives the same). Keys
 * are {@code feed/TIMESTAMP-HOST-UUID} with a zero-padded millisecond timestamp, so that key order
 * is time order; the host and the random part keep two writers from ever taking the same key, so
 * nothing is overwritten and no coordination is needed.
 */
@Component
public class ChangeFeed {

    public static final String PREFIX = "feed/";
    private static final String TYPE = "text/plain; charset=utf-8";

    private final ObjectStore store;

    public ChangeFeed(ObjectStore store) {
        this.store = store;
    }

    /** Appends an entry naming {@code recordIds} (archived by {@code host}); nothing for none. */
    public void append(String host, List<String> recordIds) {
        if (recordIds.isEmpty()) {
            return;
        }
        store.put(key(System.currentTimeMillis(), host), String.join("\n", recordIds).getBytes(StandardCharsets.UTF_8), TYPE, Map.of());
    }

    static String key(long millis, String host) {
        return PREFIX + String.format("%016d", millis) + "-" + host.replaceAll("[^A-Za-z0-9.-]", "_") + "-" + UUID.randomUUID() + ".txt";
    }

    /** The key of the earliest entry a feed written at {@code millis} or later can have (to read on from). */
    public static String keyAt(long millis) {
        return PREFIX + String.format("%016d", Math.max(0, millis));
    }

    /** When an entry was written, by the clock of its host. */
    public static long millisOf(String key) {
        return Long.parseLong(key.substring(PREFIX.length(), PREFIX.length() + 16));
    }

    /** Entries after {@code startAfter} (a key, or {@link #keyAt}), in key order. */
    public Stream<ObjectInfo> after(String startAfter) {
        return store.listAfter(PREFIX, startAfter);
    }

    /** The record ids an entry names. */
    public List<String> recordIds(String key) {
        return new String(store.read(key), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
}
