package vn.sohoa.operations.digitize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import vn.sohoa.SohoaProperties;
import vn.sohoa.model.BatchName;
import vn.sohoa.operations.report.BatchReportStore;
import vn.sohoa.operations.report.BatchState;
import vn.sohoa.pipeline.intake.BatchFolderReader;
import vn.sohoa.pipeline.intake.ContentHasher;
import vn.sohoa.pipeline.intake.IntakeProperties;
import vn.sohoa.pipeline.intake.ManifestException;
import vn.sohoa.storage.StorageException;

/**
 * Digitizes one batch folder now: the service behind {@code sohoa run digitize} (and later the
 * scheduler and the API). Starts the job, restarts it where a failed or killed run stopped, and
 * does nothing for a batch that was digitized already and has not changed.
 */
@Service
public class DigitizeService {

    private static final Logger log = LoggerFactory.getLogger(DigitizeService.class);

    private static final int RECOVER_ATTEMPTS = 10;

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job digitizeJob;
    private final BatchReportStore reports;
    private final IntakeProperties intake;
    private final ContentHasher hasher;
    private final SohoaProperties sohoa;
    private final ScaleOutProperties scaleOut;
    private final ObjectProvider<Job> digitizePartitionedJob;

    public DigitizeService(JobOperator operator, JobRepository repository, Job digitizeJob, BatchReportStore reports,
                           IntakeProperties intake, ContentHasher hasher, SohoaProperties sohoa, ScaleOutProperties scaleOut,
                           @Qualifier("digitizePartitionedJob") ObjectProvider<Job> digitizePartitionedJob) {
        this.scaleOut = scaleOut;
        this.digitizePartitionedJob = digitizePartitionedJob;
        this.operator = operator;
        this.repository = repository;
        this.digitizeJob = digitizeJob;
        this.reports = reports;
        this.intake = intake;
        this.hasher = hasher;
        this.sohoa = sohoa;
    }

    /**
     * @param name  batch name; null for the folder's name
     * @param rerun digitize again even if the unchanged batch was completed before
     * @throws BatchFolderException for a missing folder
     * @throws vn.sohoa.model.InvalidBatchNameException for an invalid name
     * @throws BatchBusyException for a batch being digitized
     */
    public BatchRun digitize(Path dir, String name, boolean rerun) {
        return digitize(dir, name, rerun, null);
    }

    /**
     * The same, split into {@code partitions} for the workers ({@code sohoa worker}) of a shared
     * PostgreSQL job repository; null for {@code sohoa.scale-out.partitions}, 1 for this process alone.
     *
     * @throws PartitionsUnavailableException for several partitions without a PostgreSQL job repository
     */
    public BatchRun digitize(Path dir, String name, boolean rerun, Integer partitions) {
        int split = partitions == null ? scaleOut.partitions() : partitions;
        String option = partitions == null ? "sohoa.scale-out.partitions=" + split : "--partitions " + split;
        if (split < 1) {
            throw new PartitionsUnavailableException(PartitionsUnavailableException.Reason.COUNT, option);
        }
        Job job = split == 1 ? digitizeJob : digitizePartitionedJob.getIfAvailable();
        if (job == null) {
            throw new PartitionsUnavailableException(PartitionsUnavailableException.Reason.NO_POSTGRESQL, option);
        }
        Path batchDir = validFolder(dir);
        String batchName = BatchName.of(name != null ? name : batchDir.getFileName().toString()).value();
        try (BatchRunLock lock = BatchRunLock.tryAcquire(sohoa.dir("locks"), batchName)) {
            if (lock == null) {
                throw new BatchBusyException("Batch " + batchName + " is being digitized by another Sohoa process");
            }
            return run(job, split, batchName, batchDir, rerun);
        }
    }

    private BatchRun run(Job job, int partitions, String batchName, Path batchDir, boolean rerun) {
        String fingerprint = BatchFingerprint.of(batchDir, BatchFolderReader.matchers(intake.ignore()), hasher);
        JobParameters parameters = new DigitizeParameters(batchName, batchDir, fingerprint,
                rerun ? System.currentTimeMillis() : null).toJobParameters();
        if (partitions > 1) {
            // Not identifying: the same batch is the same instance however it is split (a restart may use other workers).
            parameters = new JobParametersBuilder(parameters).addLong(RemoteDigitizeConfiguration.PARTITIONS, (long) partitions, false)
                    .toJobParameters();
        }
        JobExecution previous = lastExecution(job.getName(), parameters);
        if (previous != null && previous.getStatus() == BatchStatus.COMPLETED) {
            return new BatchRun(batchName, BatchRun.Result.ALREADY_COMPLETED, previous.getId(),
                    "unchanged since execution " + previous.getId(), reports.assemble(batchName).orElse(null), Duration.ZERO);
        }
        if (previous != null && previous.getStatus().isRunning()) {
            recoverIfAbandoned(batchName, previous);
        }
        return start(job, batchName, parameters);
    }

    /**
     * An execution the repository still marks as running: if its process was on this host and is
     * gone (killed), mark it failed so that it restarts from its last commit; if it may be alive
     * (another host sharing the job repository), refuse, naming it.
     */
    private void recoverIfAbandoned(String batchName, JobExecution previous) {
        BatchState status = reports.status(batchName).filter(s -> previous.getId() == s.executionId()).orElse(null);
        if (status != null && !status.ownerIsDeadHere()) {
            throw new BatchBusyException("Batch " + batchName + " is being digitized by execution " + previous.getId()
                    + " on " + status.host() + " (process " + status.pid() + ", started " + status.startedAt() + ")");
        }
        log.warn("Execution {} of batch {} was left running by a process that died; resuming it", previous.getId(), batchName);
        recover(previous.getId());
    }

    /**
     * Marks a dead execution and its running steps failed. A worker may still be running one of its
     * partitions (only the manager died) and commit a chunk between the repository's read and its
     * write: the write then loses the optimistic lock, and is tried again on a fresh read (the
     * steps marked already are no longer running and are left alone). The worker's own next commit
     * then fails on the lock, and its partition is sent again by the restarted job.
     */
    private void recover(long executionId) {
        for (int attempt = 1; ; attempt++) {
            try {
                operator.recover(repository.getJobExecution(executionId));
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == RECOVER_ATTEMPTS) {
                    throw e;
                }
                log.info("Execution {} changed while it was being recovered (a worker committed): reading it again", executionId);
            }
        }
    }

    private BatchRun start(Job job, String batchName, JobParameters parameters) {
        long started = System.nanoTime();
        JobExecution execution;
        try {
            execution = operator.start(job, parameters);
        } catch (Exception e) {
            throw new BatchBusyException("Cannot start digitizing batch " + batchName + ": " + e.getMessage());
        }
        boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
        // The person gets one line (reason); the log keeps the whole trace for whoever fixes it.
        execution.getAllFailureExceptions().forEach(failure ->
                log.error("Execution {} of batch {} failed", execution.getId(), batchName, failure));
        String message = completed ? null : execution.getAllFailureExceptions().stream()
                .map(DigitizeService::reason).distinct().collect(Collectors.joining("; "));
        return new BatchRun(batchName, completed ? BatchRun.Result.COMPLETED : BatchRun.Result.FAILED, execution.getId(),
                message, completed ? reports.assemble(batchName).orElse(null) : null, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The reason a person can act on: Spring Batch wraps the real failure ("Unable to process
     * chunk"), so the cause chain is searched for ours (storage, manifest), else its root.
     */
    static String reason(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StorageException || t instanceof ManifestException || t instanceof PartitionsFailedException) {
                return t.getMessage();
            }
            root = t;
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private JobExecution lastExecution(String jobName, JobParameters parameters) {
        JobInstance instance = repository.getJobInstance(jobName, parameters);
        return instance == null ? null : repository.getLastJobExecution(instance);
    }

    private static Path validFolder(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BatchFolderException("Batch folder " + dir + " does not exist or is not a folder");
        }
        try {
            // The real path: a batch folder reached through a link must still be walked into.
            return dir.toRealPath();
        } catch (java.io.IOException e) {
            throw new BatchFolderException("Batch folder " + dir + " cannot be read: " + e.getMessage());
        }
    }
}
