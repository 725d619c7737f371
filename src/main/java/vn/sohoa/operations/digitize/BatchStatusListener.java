package vn.sohoa.operations.digitize;

import java.time.Instant;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

import vn.sohoa.operations.report.BatchReportStore;
import vn.sohoa.operations.report.BatchState;
import vn.sohoa.storage.StorageException;

/** Records in the bucket when a batch's run starts and how it ends, for reports and the CLI. */
@Component
public class BatchStatusListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(BatchStatusListener.class);

    private final BatchReportStore reports;

    public BatchStatusListener(BatchReportStore reports) {
        this.reports = reports;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        reports.saveStatus(new BatchState(batch(execution), BatchState.RUNNING,
                null, Instant.now(), null, execution.getId(), BatchState.currentHost(),
                ProcessHandle.current().pid()));
    }

    @Override
    public void afterJob(JobExecution execution) {
        try {
            saveFinalStatus(execution);
        } catch (StorageException e) {
            // The store is what failed the run; the job repository still records the failure.
            log.warn("Could not record the end of batch {}: {}", batch(execution), e.getMessage());
        }
    }

    private void saveFinalStatus(JobExecution execution) {
        boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
        String message = completed ? null : execution.getAllFailureExceptions().stream()
                .map(Throwable::getMessage).collect(Collectors.joining("; "));
        Instant started = execution.getStartTime() == null ? null
                : execution.getStartTime().atZone(java.time.ZoneId.systemDefault()).toInstant();
        reports.saveStatus(new BatchState(batch(execution),
                completed ? BatchState.COMPLETED : BatchState.FAILED,
                message, started, Instant.now(), execution.getId(), BatchState.currentHost(),
                ProcessHandle.current().pid()));
        // The report was written by the job's last step while the run was still "running": write it
        // again with the final state and end time, so a completed batch never reads "running … null".
        reports.assemble(batch(execution)).ifPresent(reports::saveReport);
    }

    private static String batch(JobExecution execution) {
        return DigitizeParameters.batchName(execution.getJobParameters());
    }
}
