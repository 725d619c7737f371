package vn.sohoa.operations.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sohoa.SampleScans;
import vn.sohoa.SohoaApplication;
import vn.sohoa.operations.digitize.BatchRun;
import vn.sohoa.operations.digitize.DigitizeService;
import vn.sohoa.operations.report.Outcome;
import vn.sohoa.pipeline.index.SearchIndex;
import vn.sohoa.storage.EmbeddedS3Server;

/**
 * The object store (a real S3 server on its own port, configured as an external endpoint) stops
 * in the middle of a batch: writes are retried with backoff, the execution then fails with a
 * clear message, and once the store is back a restart completes the batch with nothing lost or
 * doubled.
 */
@SpringBootTest(classes = SohoaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class StorageOutageIntegrationTests {

    private static final int PAGES = 6;
    private static final Path home = SampleScans.newTempDir("sohoa-outage");
    private static final Path objects = home.resolve("external-s3");
    private static final int port = freePort();
    private static EmbeddedS3Server server = start();

    @Autowired
    DigitizeService service;
    @Autowired
    SearchIndex index;
    @Autowired
    ThreadPoolTaskExecutor fileWorkers;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sohoa.home", () -> home.toString());
        registry.add("sohoa.s3.endpoint", () -> "http://127.0.0.1:" + port);
        registry.add("sohoa.s3.access-key", () -> "outage");
        registry.add("sohoa.s3.secret-key", () -> "outage-secret");
        registry.add("sohoa.s3.max-attempts", () -> "3");
        registry.add("sohoa.ocr.workers", () -> "1");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aStoreThatStopsMidBatchFailsTheRunClearlyAndARestartCompletesIt() throws Exception {
        Path batch = RecoveryFixtures.batch(PAGES);
        CompletableFuture<Void> outage = CompletableFuture.runAsync(StorageOutageIntegrationTests::stopAfterFirstRecord);

        BatchRun broken = service.digitize(batch, "outage", false);
        outage.get(5, TimeUnit.MINUTES);

        assertThat(broken.result()).isEqualTo(BatchRun.Result.FAILED);
        assertThat(broken.message()).contains("did not answer").contains("127.0.0.1:" + port);
        // The failed run's other files must not go on in the background, racing the restart below.
        assertThat(fileWorkers.getActiveCount()).as("files still being digitized after the run failed").isZero();
        assertThat(fileWorkers.getThreadPoolExecutor().getQueue()).as("files still queued after the run failed").isEmpty();

        server = start();
        BatchRun resumed = service.digitize(batch, "outage", false);

        assertThat(resumed.result()).as(resumed.message()).isEqualTo(BatchRun.Result.COMPLETED);
        assertThat(resumed.report().files()).hasSize(PAGES + 2);
        assertThat(resumed.report().counts()).containsEntry(Outcome.ARCHIVED.key(), PAGES + 1).containsEntry(Outcome.DUPLICATE.key(), 1);
        assertThat(recordJsonFiles()).isEqualTo(PAGES + 1);
        assertThat(index.search("*", 100).total()).isEqualTo(PAGES + 1);
    }

    private static void stopAfterFirstRecord() {
        try {
            for (int i = 0; i < 3000 && recordJsonFiles() == 0; i++) {
                Thread.sleep(100);
            }
            server.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long recordJsonFiles() {
        Path records = objects.resolve("sohoa/records");
        if (!Files.isDirectory(records)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(records)) {
            return files.filter(f -> f.getFileName().toString().equals("record.json")).count();
        } catch (IOException e) {
            return 0; // the store is writing; ask again
        }
    }

    private static EmbeddedS3Server start() {
        return EmbeddedS3Server.start(objects, "outage", "outage-secret", port);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
