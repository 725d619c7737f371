package vn.sohoa.operations.digitize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.Message;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sohoa.PostgresServer;
import vn.sohoa.SampleScans;
import vn.sohoa.SohoaApplication;
import vn.sohoa.operations.report.BatchState;

/**
 * The manager's decisions about partitions, against a real PostgreSQL job repository and the real
 * JDBC request channel of {@link RemoteDigitizeConfiguration}, with this test playing the workers
 * (no worker process runs: {@code sohoa.scale-out.worker} is off), so that a worker killed at an
 * exact moment can be simulated: a request taken off the channel and never run is a worker killed
 * after taking it and before its first heartbeat. Short timeouts keep the test quick.
 */
@SpringBootTest(classes = SohoaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepositoryPollingPartitionHandlerIntegrationTests {

    private static final Path home = SampleScans.newTempDir("sohoa-home-handler");
    private static final ScaleOutProperties FAST = new ScaleOutProperties(2, Duration.ofMillis(200), Duration.ofSeconds(1),
            Duration.ofMillis(100), false, false);
    private static PostgresServer postgres;

    @Autowired
    JobRepository jobs;
    @Autowired
    QueueChannel partitionRequestsOut;
    @Autowired
    DataSource dataSource;

    private final ExecutorService manager = Executors.newSingleThreadExecutor();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        postgres = PostgresServer.start();
        registry.add("sohoa.home", home::toString);
        registry.add("sohoa.ocr.engine", () -> "fake");
        registry.add("spring.datasource.url", postgres::jdbcUrl);
        registry.add("spring.datasource.username", () -> PostgresServer.USER);
        registry.add("spring.datasource.password", () -> "unused");
    }

    @AfterAll
    void stop() throws Exception {
        manager.shutdownNow();
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aPartitionTakenOffTheChannelButNeverStartedIsSentAgainAndTheBatchCompletes() throws Exception {
        try (PartitionHeartbeats heartbeats = new PartitionHeartbeats(dataSource, jobs, FAST)) {
            JobExecution job = newJobExecution("taken-never-started");
            StepExecution managerStep = jobs.createStepExecution("digitizePartitions", job);
            StepExecution p0 = jobs.createStepExecution("digitizePartition:partition0", job);
            StepExecution p1 = jobs.createStepExecution("digitizePartition:partition1", job);
            Future<Set<StepExecution>> handled = manager.submit(() -> handler(heartbeats).doHandle(managerStep, Set.of(p0, p1)));

            // Both requests wait in the channel for longer than the worker timeout (every worker busy): not late.
            Thread.sleep(FAST.workerTimeout().multipliedBy(2).toMillis());
            assertThat(waitingRequests()).isEqualTo(2);
            assertThat(stepExecutionIds(job)).hasSize(3);

            // One worker takes partition0's request and is killed before its first heartbeat; another runs partition1.
            long taken = take(5).getStepExecutionId();
            long other = taken == p0.getId() ? p1.getId() : p0.getId();
            long running = take(5).getStepExecutionId();
            assertThat(running).isEqualTo(other);
            start(running, heartbeats);

            // The manager sends the abandoned partition again, as a new execution of the same partition.
            StepExecutionRequest again = take(20);
            assertThat(again.getStepExecutionId()).isNotIn(p0.getId(), p1.getId());
            StepExecution abandoned = jobs.getStepExecution(taken);
            StepExecution resent = jobs.getStepExecution(again.getStepExecutionId());
            assertThat(resent.getStepName()).isEqualTo(abandoned.getStepName());
            assertThat(abandoned.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(abandoned.getExitStatus().getExitDescription()).contains("no worker started it");
            assertThat(jobs.getStepExecution(running).getStatus()).as("the running partition is left alone").isEqualTo(BatchStatus.STARTED);

            // Had the killed worker only stalled, starting the abandoned execution now is refused, before any file.
            assertThatThrownBy(() -> heartbeats.beforeStep(jobs.getStepExecution(taken)))
                    .isInstanceOf(PartitionSupersededException.class).hasMessageContaining("execution " + resent.getId());
            assertThat(heartbeats.lastBeat(taken)).as("no heartbeat for the abandoned execution").isNull();

            start(resent.getId(), heartbeats);
            finish(running, BatchStatus.COMPLETED, heartbeats);
            finish(resent.getId(), BatchStatus.COMPLETED, heartbeats);
            Set<StepExecution> done = handled.get(20, TimeUnit.SECONDS);
            assertThat(done).extracting(StepExecution::getId).containsExactlyInAnyOrder(running, resent.getId());
            assertThat(done).extracting(StepExecution::getStatus).containsOnly(BatchStatus.COMPLETED);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFailedPartitionIsNamedWithTheHostThatRanItInTheManagersFailure() throws Exception {
        try (PartitionHeartbeats heartbeats = new PartitionHeartbeats(dataSource, jobs, FAST)) {
            JobExecution job = newJobExecution("one-fails");
            StepExecution managerStep = jobs.createStepExecution("digitizePartitions", job);
            StepExecution p0 = jobs.createStepExecution("digitizePartition:partition0", job);
            StepExecution p1 = jobs.createStepExecution("digitizePartition:partition1", job);
            Future<Set<StepExecution>> handled = manager.submit(() -> handler(heartbeats).doHandle(managerStep, Set.of(p0, p1)));
            long first = take(5).getStepExecutionId();
            long second = take(5).getStepExecutionId();
            start(first, heartbeats);
            start(second, heartbeats);
            finish(first, BatchStatus.COMPLETED, heartbeats);
            finish(second, BatchStatus.FAILED, heartbeats);
            String failedName = jobs.getStepExecution(second).getStepName();

            ExecutionException failure = catchThrowableOfType(ExecutionException.class, () -> handled.get(20, TimeUnit.SECONDS));
            // What the person reads (BatchRun.message): the handler's sentence as it is, whatever wraps it.
            assertThat(DigitizeService.reason(new IllegalStateException("step failed", failure.getCause())))
                    .isEqualTo(failure.getCause().getMessage());
            assertThat(failure.getCause()).isInstanceOf(PartitionsFailedException.class)
                    .hasMessageContaining("1 of 2 partitions failed")
                    .hasMessageContaining(failedName + " (execution " + second + ", last run on " + BatchState.currentHost())
                    .hasMessageContaining("disk full on the worker")
                    .hasMessageNotContaining(jobs.getStepExecution(first).getStepName());
        }
    }

    private RepositoryPollingPartitionHandler handler(PartitionHeartbeats heartbeats) {
        return new RepositoryPollingPartitionHandler(jobs, partitionRequestsOut, heartbeats, FAST, RemoteDigitizeConfiguration.WORKER_STEP,
                2, new JdbcTemplate(dataSource), RemoteDigitizeConfiguration.REGION);
    }

    private JobExecution newJobExecution(String name) {
        JobParameters parameters = new JobParametersBuilder().addString("test", name).toJobParameters();
        JobInstance instance = jobs.createJobInstance("handler-test", parameters);
        return jobs.createJobExecution(instance, parameters, new ExecutionContext());
    }

    private StepExecutionRequest take(int seconds) {
        Message<?> message = partitionRequestsOut.receive(TimeUnit.SECONDS.toMillis(seconds));
        assertThat(message).as("a partition request within " + seconds + " s").isNotNull();
        return (StepExecutionRequest) message.getPayload();
    }

    /** What a worker does first: the step execution STARTED, then its first heartbeat (and the next ones). */
    private void start(long id, PartitionHeartbeats heartbeats) {
        StepExecution step = jobs.getStepExecution(id);
        step.setStatus(BatchStatus.STARTED);
        step.setStartTime(LocalDateTime.now());
        jobs.update(step);
        heartbeats.beforeStep(step);
    }

    private void finish(long id, BatchStatus status, PartitionHeartbeats heartbeats) {
        StepExecution step = jobs.getStepExecution(id);
        step.setStatus(status);
        step.setExitStatus(status == BatchStatus.COMPLETED ? ExitStatus.COMPLETED
                : ExitStatus.FAILED.addExitDescription("java.io.IOException: disk full on the worker\n\tat some.Frame(Frame.java:1)"));
        step.setEndTime(LocalDateTime.now());
        heartbeats.afterStep(step);
        jobs.update(step);
    }

    private int waitingRequests() {
        return new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM INT_CHANNEL_MESSAGE WHERE REGION = ?", Integer.class,
                RemoteDigitizeConfiguration.REGION);
    }

    private Set<String> stepExecutionIds(JobExecution job) {
        return new JdbcTemplate(dataSource).queryForList("SELECT STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                Long.class, job.getId()).stream().map(String::valueOf).collect(Collectors.toSet());
    }
}
