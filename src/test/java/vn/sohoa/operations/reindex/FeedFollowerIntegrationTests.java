package vn.sohoa.operations.reindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sohoa.SampleScans;
import vn.sohoa.operations.digitize.BatchRun;
import vn.sohoa.pipeline.index.ChangeFeed;

/**
 * The search server's side of the change feed, against the embedded S3 server: the records a
 * digitize run archived come back into an emptied index from the feed alone; an entry already
 * taken is not taken again; an entry written by a host whose clock is behind (its key sorts before
 * the last one seen) is still found.
 */
class FeedFollowerIntegrationTests extends FeedTestContext {

    private static final Path home = SampleScans.newTempDir("sohoa-home-feed");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        feedProperties(registry, home);
    }

    @Test
    void recordsArchivedByAnyHostComeIntoTheIndexFromTheFeed() {
        Path batch = SampleScans.newTempDir("samples-feed");
        SampleScans.copyTo(batch);
        BatchRun run = digitize.digitize(batch, "samples-feed", false);
        assertThat(run.result()).isEqualTo(BatchRun.Result.COMPLETED);
        assertThat(store.list(ChangeFeed.PREFIX).toList()).as("feed entries, one per chunk").isNotEmpty();

        index.deleteAll();
        index.commit();
        assertThat(index.search("*", 10).total()).isZero();

        assertThat(follower.follow()).isEqualTo(5);
        assertThat(index.search("*", 10).total()).isEqualTo(5);
        assertThat(follower.follow()).as("entries taken already").isZero();

        // A record archived by a host whose clock is a minute behind: its key sorts before the last seen.
        String id = run.report().files().stream().filter(f -> f.recordId() != null).findFirst().orElseThrow().recordId();
        index.deleteAll();
        index.commit();
        long behind = ChangeFeed.millisOf(store.list(ChangeFeed.PREFIX).toList().get(0).key()) - 60_000;
        store.put(String.format("%s%016d-slow-host-x.txt", ChangeFeed.PREFIX, behind), id.getBytes(StandardCharsets.UTF_8),
                "text/plain", Map.of());
        assertThat(follower.follow()).isEqualTo(1);
        assertThat(index.search("*", 10).hits()).extracting(h -> h.id()).isEqualTo(List.of(id));
    }
}
