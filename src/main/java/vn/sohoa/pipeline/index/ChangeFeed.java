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
 *
 * <p>Entries older than the feed's retention are removed ({@link #prune}, the {@code prune-feed}
 * job); the time before which entries may be gone is kept in {@link #PRUNED}, so that a server
 * whose position is older than that (down for longer than the retention, or new) rebuilds its
 * index from the records instead of trusting a feed with a hole in it.
 */
@Component
public class ChangeFeed {

    public static final String PREFIX = "feed/";
    /** Milliseconds before which entries may have been removed; outside {@link #PREFIX}, which lists only entries. */
    public static final String PRUNED = "feed-pruned-before.txt";
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

    /**
     * Removes the entries written before {@code before}, after raising {@link #PRUNED} to it (so a
     * follower never sees the hole without being told); returns how many were removed.
     */
    public int prune(long before) {
        if (before > prunedBefore()) {
            store.put(PRUNED, Long.toString(before).getBytes(StandardCharsets.UTF_8), TYPE, Map.of());
        }
        List<String> old = store.list(PREFIX).map(ObjectInfo::key).takeWhile(key -> millisOf(key) < before).toList();
        old.forEach(store::delete);
        return old.size();
    }

    /** Milliseconds before which entries may be gone; 0 when the feed was never pruned. */
    public long prunedBefore() {
        return store.stat(PRUNED).map(info -> Long.parseLong(new String(store.read(PRUNED), StandardCharsets.UTF_8).strip())).orElse(0L);
    }

    /** The record ids an entry names. */
    public List<String> recordIds(String key) {
        return new String(store.read(key), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
}
