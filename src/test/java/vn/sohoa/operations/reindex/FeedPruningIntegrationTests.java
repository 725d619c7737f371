package vn.sohoa.operations.reindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sohoa.SampleScans;
import vn.sohoa.operations.digitize.BatchRun;
import vn.sohoa.pipeline.index.ChangeFeed;

/**
 * Pruning the change feed, against the embedded S3 server: entries within the retention stay; a
 * search server whose position is older than what was pruned (down for longer than the retention,
 * or new) rebuilds its index from the records instead of trusting a feed with a hole.
 */
class FeedPruningIntegrationTests extends FeedTestContext {

    private static final Path home = SampleScans.newTempDir("sohoa-home-feed-pruning");

    @Autowired
    FeedPruneJob prune;
    @Autowired
    ChangeFeed feed;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        feedProperties(registry, home);
    }

    @Test
    void aServerThatHadNotFollowedWhatWasPrunedRebuildsItsIndexFromTheRecords() {
        Path batch = SampleScans.newTempDir("samples-pruned");
        SampleScans.copyTo(batch);
        BatchRun run = digitize.digitize(batch, "samples-pruned", false);
        assertThat(run.result()).isEqualTo(BatchRun.Result.COMPLETED);
        long records = run.report().files().stream().filter(f -> f.recordId() != null).map(f -> f.recordId()).distinct().count();
        follower.follow(); // this server is up to date with the feed

        // Entries within the retention are kept.
        assertThat(prune.run(Map.of()).summary()).startsWith("0 change feed entries");
        assertThat(store.list(ChangeFeed.PREFIX).count()).isPositive();

        // This server goes down; meanwhile the index loses track (as a server down for months, or a new one,
        // would have no record of what the feed said) and everything written so far is pruned.
        index.deleteAll();
        index.commit();
        int entries = (int) store.list(ChangeFeed.PREFIX).count();
        assertThat(feed.prune(System.currentTimeMillis() + 1)).isEqualTo(entries);
        assertThat(store.list(ChangeFeed.PREFIX).toList()).isEmpty();

        // Pruned past its position: the follower cannot trust the feed and rebuilds from the records.
        int indexed = follower.follow();
        assertThat(indexed).isGreaterThanOrEqualTo((int) records);
        assertThat(index.search("*", 100).total()).isGreaterThanOrEqualTo(records);
        assertThat(follower.follow()).as("rebuilt once, then following again").isZero();
    }
}
