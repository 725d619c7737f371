package vn.sohoa.operations.reindex;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;

import vn.sohoa.SampleScans;
import vn.sohoa.SohoaApplication;
import vn.sohoa.operations.digitize.DigitizeService;
import vn.sohoa.pipeline.index.SearchIndex;
import vn.sohoa.storage.ObjectStore;

/**
 * A search server's context for the change feed tests, against the embedded S3 server: the feed
 * follower present but followed by hand (not by its timer), no scheduled jobs, the fake OCR engine
 * (OCR is beside the point). Each test class gives its own home, hence its own bucket.
 */
@SpringBootTest(classes = SohoaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class FeedTestContext {

    @Autowired
    DigitizeService digitize;
    @Autowired
    FeedFollower follower;
    @Autowired
    SearchIndex index;
    @Autowired
    ObjectStore store;

    static void feedProperties(DynamicPropertyRegistry registry, Path home) {
        registry.add("sohoa.home", home::toString);
        registry.add("sohoa.ocr.engine", () -> "fake");
        registry.add("sohoa.scheduler.enabled", () -> "true");
        registry.add("sohoa.jobs.dir", () -> SampleScans.newTempDir("no-jobs").toString());
        registry.add("sohoa.feed.follow-every", () -> "0s"); // followed by hand here, not by the timer
    }
}
