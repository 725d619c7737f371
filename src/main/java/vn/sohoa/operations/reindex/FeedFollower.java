package vn.sohoa.operations.reindex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import vn.sohoa.SohoaProperties;
import vn.sohoa.pipeline.index.ChangeFeed;
import vn.sohoa.pipeline.index.RecordIndexer;
import vn.sohoa.storage.ObjectInfo;

/**
 * Brings into this server's index the records any host archived (docs/scale-out.md): every
 * {@code sohoa.feed.follow-every} it reads the bucket's change feed on from where it stopped and
 * indexes the records named there, from the bucket. Only in {@code sohoa serve}, the process that
 * answers searches. The feed is read again from a little before the last entry seen
 * ({@code sohoa.feed.clock-skew}), skipping entries taken already, because a host whose clock is
 * behind writes keys that sort before those of the others. Where it stopped is kept in
 * {@code SOHOA_HOME/index-feed.position}; without it the whole feed is read once (indexing a
 * record twice changes nothing). When that position is older than what the {@code prune-feed} job
 * removed ({@link ChangeFeed#prunedBefore()}: this server was down for longer than the feed's
 * retention, or is new), the feed has a hole for it: it rebuilds its index from the records in
 * the bucket, then follows the feed from the rebuild's start.
 */
@Component
@ConditionalOnProperty(name = "sohoa.scheduler.enabled", havingValue = "true")
public class FeedFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedFollower.class);

    private final ChangeFeed feed;
    private final RecordIndexer indexer;
    private final IndexRebuilder rebuilder;
    private final Path positionFile;
    private final Duration every;
    private final Duration clockSkew;
    private final Set<String> seen = new HashSet<>();
    private ScheduledExecutorService follower;
    private long lastMillis = -1;

    public FeedFollower(ChangeFeed feed, RecordIndexer indexer, IndexRebuilder rebuilder, SohoaProperties sohoa,
                        @Value("${sohoa.feed.follow-every:3s}") Duration every, @Value("${sohoa.feed.clock-skew:2m}") Duration clockSkew) {
        this.feed = feed;
        this.indexer = indexer;
        this.rebuilder = rebuilder;
        this.positionFile = sohoa.dir("index-feed.position");
        this.every = every;
        this.clockSkew = clockSkew;
    }

    /** Reads the feed on once and indexes what is new; returns the records indexed. Synchronized: the timer and a test may call it. */
    public synchronized int follow() {
        if (lastMillis < 0) {
            lastMillis = readPosition();
        }
        long pruned = feed.prunedBefore();
        if (lastMillis < pruned) {
            long started = System.currentTimeMillis();
            log.warn("The change feed was pruned before {} and this index had followed it only to {}: rebuilding the index from the bucket",
                    java.time.Instant.ofEpochMilli(pruned), java.time.Instant.ofEpochMilli(lastMillis));
            IndexRebuilder.Summary summary = rebuilder.rebuild();
            // Whatever was archived while the rebuild listed the records is in the feed from here on
            // (entries before the pruning time are gone, whatever the clocks say).
            lastMillis = Math.max(started, pruned);
            seen.clear();
            savePosition();
            return summary.records() + follow();
        }
        long from = lastMillis - clockSkew.toMillis();
        seen.removeIf(key -> ChangeFeed.millisOf(key) < from);
        List<ObjectInfo> entries = feed.after(ChangeFeed.keyAt(from)).filter(e -> !seen.contains(e.key())).toList();
        int records = 0;
        for (ObjectInfo entry : entries) {
            for (String id : feed.recordIds(entry.key())) {
                try {
                    indexer.reindex(id);
                    records++;
                } catch (RuntimeException e) {
                    log.warn("Change feed entry {}: cannot index record {}: {}", entry.key(), id, e.toString());
                }
            }
            seen.add(entry.key());
            lastMillis = Math.max(lastMillis, ChangeFeed.millisOf(entry.key()));
        }
        if (!entries.isEmpty()) {
            indexer.commit();
            savePosition();
        }
        return records;
    }

    private long readPosition() {
        try {
            return Files.exists(positionFile) ? Long.parseLong(Files.readString(positionFile, StandardCharsets.UTF_8).strip()) : 0;
        } catch (IOException | NumberFormatException e) {
            log.warn("Cannot read {} ({}); reading the change feed from its start", positionFile, e.toString());
            return 0;
        }
    }

    private void savePosition() {
        try {
            Files.writeString(positionFile, Long.toString(lastMillis), StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("Cannot save the change feed position in {}: {}", positionFile, e.toString());
        }
    }

    @Override
    public void start() {
        if (every.isZero() || every.isNegative()) {
            return;
        }
        CustomizableThreadFactory threads = new CustomizableThreadFactory("feed-follower-");
        threads.setDaemon(true);
        follower = Executors.newSingleThreadScheduledExecutor(threads);
        follower.scheduleWithFixedDelay(() -> {
            try {
                int records = follow();
                if (records > 0) {
                    log.info("Indexed {} records from the change feed", records);
                }
            } catch (RuntimeException e) {
                // The bucket or the index may be briefly unavailable: the next round reads on from the same place.
                log.warn("Cannot follow the change feed: {}", e.toString());
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (follower != null) {
            follower.shutdownNow();
            follower = null;
        }
    }

    @Override
    public boolean isRunning() {
        return follower != null;
    }
}
