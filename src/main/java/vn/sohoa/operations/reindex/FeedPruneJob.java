package vn.sohoa.operations.reindex;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.sohoa.operations.jobs.JobOutcome;
import vn.sohoa.operations.jobs.ScheduledJob;
import vn.sohoa.pipeline.index.ChangeFeed;

/**
 * {@code prune-feed}: removes the change feed's entries older than {@code sohoa.feed.retention}.
 * The feed only carries news between hosts (docs/scale-out.md); the records themselves are the
 * truth, so an entry every search server has followed long ago is dead weight (one object per
 * chunk, some 300,000 a year at a province's rate) that every new server would read. A server that
 * had not followed that far rebuilds its index from the records ({@link FeedFollower}).
 */
@Component
public class FeedPruneJob implements ScheduledJob {

    private final ChangeFeed feed;
    private final Duration retention;

    public FeedPruneJob(ChangeFeed feed, @Value("${sohoa.feed.retention:30d}") Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("sohoa.feed.retention must be positive, not " + retention);
        }
        this.feed = feed;
        this.retention = retention;
    }

    @Override
    public String name() {
        return "prune-feed";
    }

    @Override
    public String description() {
        return "remove the change feed's entries older than its retention (sohoa.feed.retention); records are untouched";
    }

    @Override
    public JobOutcome run(Map<String, String> parameters) {
        Instant started = Instant.now();
        Instant before = started.minus(retention);
        int removed = feed.prune(before.toEpochMilli());
        return JobOutcome.of(name(), true, removed + " change feed entries older than " + before + " removed", null, started);
    }
}
