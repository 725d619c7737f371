package vn.sohoa.operations.digitize;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.ExitStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

import vn.sohoa.operations.report.BatchState;

/**
 * Worker processes say, every few seconds, that they still run their partition: a row per
 * partition step execution in {@code SOHOA_PARTITION_HEARTBEAT} of the shared job repository. A
 * chunk commit alone is no sign of life (a chunk of registers can take many minutes of OCR), and
 * writing the step execution itself from another thread would break its optimistic locking. The
 * manager reads the rows ({@link #lastBeat}) to tell a dead worker from a slow one.
 */
final class PartitionHeartbeats implements StepExecutionListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PartitionHeartbeats.class);

    /** One partition's last sign of life: who runs it and when it last said so (epoch millis of its clock). */
    record Beat(String host, long pid, long at) {
    }

    private final JdbcTemplate jdbc;
    private final JobRepository repository;
    private final ScaleOutProperties properties;
    private final ScheduledExecutorService beater;
    private final java.util.Map<Long, ScheduledFuture<?>> beating = new java.util.concurrent.ConcurrentHashMap<>();

    PartitionHeartbeats(DataSource dataSource, JobRepository repository, ScaleOutProperties properties) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.repository = repository;
        this.properties = properties;
        CustomizableThreadFactory threads = new CustomizableThreadFactory("partition-heartbeat-");
        threads.setDaemon(true);
        this.beater = Executors.newSingleThreadScheduledExecutor(threads);
        // Plain SQL that H2 and PostgreSQL both accept, as for the job leases.
        jdbc.execute("CREATE TABLE IF NOT EXISTS SOHOA_PARTITION_HEARTBEAT (STEP_EXECUTION_ID BIGINT PRIMARY KEY,"
                + " HOST VARCHAR(255) NOT NULL, PID BIGINT NOT NULL, BEAT_AT BIGINT NOT NULL)");
    }

    /**
     * Refuses to start an execution the manager has sent again as a newer one (Spring Batch's
     * request handler runs whatever execution it is handed, FAILED or not), then starts beating.
     * The exception fails this step before it reads a file.
     */
    @Override
    public void beforeStep(StepExecution step) {
        long id = step.getId();
        StepExecution last = repository.getLastStepExecution(step.getJobExecution().getJobInstance(), step.getStepName());
        if (last != null && last.getId() > id) {
            throw new PartitionSupersededException("Partition " + step.getStepName() + " (execution " + id + ") was sent again as"
                    + " execution " + last.getId() + " while this worker had not started it; leaving it to that one");
        }
        // A request of a job execution that ended meanwhile: its manager died and the restarted one
        // recovered it (marked it failed) and will send its partitions again. Running it would
        // leave it STARTED, and Spring Batch refuses to restart a job with a STARTED step.
        JobExecution job = repository.getJobExecution(step.getJobExecutionId());
        if (job != null && !job.getStatus().isRunning()) {
            throw new PartitionSupersededException("Partition " + step.getStepName() + " (execution " + id + ") belongs to job execution "
                    + job.getId() + ", which ended " + job.getStatus() + " while the request waited; the restarted job sends it again");
        }
        beat(id);
        long every = properties.heartbeatEvery().toMillis();
        beating.put(id, beater.scheduleAtFixedRate(() -> beat(id), every, every, TimeUnit.MILLISECONDS));
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        ScheduledFuture<?> future = beating.remove(step.getId());
        if (future != null) {
            future.cancel(false);
        }
        return null;
    }

    private void beat(long stepExecutionId) {
        try {
            long now = System.currentTimeMillis();
            if (jdbc.update("UPDATE SOHOA_PARTITION_HEARTBEAT SET HOST = ?, PID = ?, BEAT_AT = ? WHERE STEP_EXECUTION_ID = ?",
                    BatchState.currentHost(), ProcessHandle.current().pid(), now, stepExecutionId) == 0) {
                jdbc.update("INSERT INTO SOHOA_PARTITION_HEARTBEAT (STEP_EXECUTION_ID, HOST, PID, BEAT_AT) VALUES (?, ?, ?, ?)",
                        stepExecutionId, BatchState.currentHost(), ProcessHandle.current().pid(), now);
            }
        } catch (RuntimeException e) {
            // The database may be briefly unreachable: the manager waits worker-timeout before giving up on us.
            log.warn("Partition {}: cannot send the heartbeat: {}", stepExecutionId, e.toString());
        }
    }

    /** The last heartbeat of a partition step execution, or null when none was ever sent. */
    Beat lastBeat(long stepExecutionId) {
        List<Beat> beats = jdbc.query("SELECT HOST, PID, BEAT_AT FROM SOHOA_PARTITION_HEARTBEAT WHERE STEP_EXECUTION_ID = ?",
                (rs, i) -> new Beat(rs.getString(1), rs.getLong(2), rs.getLong(3)), stepExecutionId);
        return beats.isEmpty() ? null : beats.get(0);
    }

    @Override
    public void close() {
        beater.shutdownNow();
    }
}
