package vn.sohoa.operations.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.operations.report.BatchState;
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
        JobRunner runner = new JobRunner(List.of(slow), store, JsonMapper.builder().build(), leases(),
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

    @Test
    void aRunThatBreaksIsLoggedWithItsMessageAndTheLastRunsComeNewestFirst() throws Exception {
        // A test job that throws on its third run: a broken run cannot be produced on demand otherwise.
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        ScheduledJob flaky = job("flaky", () -> {
            if (runs.incrementAndGet() == 3) {
                throw new IllegalStateException("the store did not answer");
            }
        });
        JobRunner runner = new JobRunner(List.of(flaky), store, JsonMapper.builder().build(), leases(),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        for (int i = 1; i <= 7; i++) {
            if (i == 3) {
                assertThatThrownBy(() -> runner.run("flaky", Map.of())).hasMessage("the store did not answer");
            } else {
                runner.run("flaky", Map.of());
            }
            Thread.sleep(2); // distinct start instants, hence distinct run-log keys
        }
        List<JobOutcome> recent = runner.recentRuns("flaky", 5);
        assertThat(recent).hasSize(5);
        assertThat(recent).extracting(JobOutcome::startedAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(recent.get(4).succeeded()).isFalse();
        assertThat(recent.get(4).summary()).isEqualTo("the store did not answer");
        assertThat(recent.get(4).finishedAt()).isNotNull();
        assertThat(recent.subList(0, 4)).allMatch(JobOutcome::succeeded);
    }

    @Test
    void aLeaseOfADeadProcessOfThisHostIsTakenOver() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(30, TimeUnit.SECONDS);
        JobLeases leases = leases();
        insertLease("fixity", BatchState.currentHost(), gone.pid(), Instant.now());

        try (JobLeases.Lease lease = leases.acquire("fixity")) {
            assertThat(leases.holder("fixity").pid()).isEqualTo(ProcessHandle.current().pid());
        }
        assertThat(leases.holder("fixity")).isNull();
    }

    @Test
    void anotherHostsLeaseHoldsWhileRenewedAndIsTakenOverOnceExpired() {
        JobLeases leases = leases();
        insertLease("reindex", "other-host.example", 4242, Instant.now());
        assertThatThrownBy(() -> leases.acquire("reindex")).isInstanceOf(JobBusyException.class)
                .hasMessageContaining("Job reindex is already running").hasMessageContaining("pid 4242 on other-host.example");

        jdbc.update("UPDATE SOHOA_JOB_LEASE SET RENEWED_AT = ? WHERE JOB_NAME = 'reindex'",
                Instant.now().minus(LEASE.expireAfter()).minusSeconds(1).toEpochMilli());
        try (JobLeases.Lease lease = leases.acquire("reindex")) {
            assertThat(leases.holder("reindex").host()).isEqualTo(BatchState.currentHost());
        }
    }

    @Test
    void aHeldLeaseIsRenewedWhileTheJobRuns() throws Exception {
        JobLeases leases = leases();
        try (JobLeases.Lease lease = leases.acquire("nightly-digitize")) {
            Instant taken = leases.holder("nightly-digitize").renewedAt();
            Thread.sleep(LEASE.renewEvery().toMillis() * 3);
            assertThat(leases.holder("nightly-digitize").renewedAt()).isAfter(taken);
        }
    }

    private static final JobLeaseProperties LEASE = new JobLeaseProperties(Duration.ofMillis(100), Duration.ofSeconds(5));

    private JdbcTemplate jdbc;

    /** Leases in a real H2 database file, as the job repository keeps them by default. */
    private JobLeases leases() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:file:" + home.resolve("jobrepo/leases"), "sa", "");
        jdbc = new JdbcTemplate(dataSource);
        return new JobLeases(dataSource, LEASE);
    }

    private void insertLease(String job, String host, long pid, Instant at) {
        jdbc.update("INSERT INTO SOHOA_JOB_LEASE (JOB_NAME, HOST, PID, STARTED_AT, RENEWED_AT) VALUES (?, ?, ?, ?, ?)",
                job, host, pid, at.toEpochMilli(), at.toEpochMilli());
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
