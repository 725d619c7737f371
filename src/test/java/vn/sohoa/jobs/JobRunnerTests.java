package vn.sohoa.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.minio.MinioClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.SohoaProperties;
import vn.sohoa.storage.EmbeddedS3Server;
import vn.sohoa.storage.MinioObjectStore;

class JobRunnerTests {

    @TempDir
    Path home;

    private EmbeddedS3Server server;
    private MinioObjectStore store;

    @BeforeEach
    void start() {
        server = EmbeddedS3Server.start(home.resolve("objects"), "key", "secret-secret");
        store = new MinioObjectStore(MinioClient.builder().endpoint(server.endpoint()).credentials("key", "secret-secret")
                .region("us-east-1").build(), "jobs", server.endpoint(), 2);
        store.ensureBucket();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aSecondStartWhileTheJobRunsIsRefusedNamingTheRunningOne() throws Exception {
        // A test job that waits: the only way to hold a run open at a chosen moment.
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScheduledJob slow = job("slow", () -> {
            started.countDown();
            await(release);
        });
        JobRunner runner = new JobRunner(List.of(slow), store, JsonMapper.builder().build(), new SohoaProperties(home, "test"),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

        CompletableFuture<JobOutcome> first = CompletableFuture.supplyAsync(() -> runner.run("slow", Map.of()));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> runner.run("slow", Map.of())).isInstanceOf(JobBusyException.class)
                .hasMessageContaining("Job slow is already running").hasMessageContaining("pid " + ProcessHandle.current().pid());
        release.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS).succeeded()).isTrue();
        assertThat(runner.run("slow", Map.of()).succeeded()).isTrue();
        assertThat(runner.lastRun("slow")).isPresent();
        assertThatThrownBy(() -> runner.run("nope", Map.of())).hasMessageContaining("Unknown job 'nope'");
    }

    private static ScheduledJob job(String name, Runnable work) {
        return new ScheduledJob() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "test";
            }

            @Override
            public JobOutcome run(Map<String, String> parameters) {
                Instant started = Instant.now();
                work.run();
                return JobOutcome.of(name, true, "done", null, started);
            }
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
