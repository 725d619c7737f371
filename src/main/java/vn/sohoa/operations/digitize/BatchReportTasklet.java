package vn.sohoa.operations.digitize;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.sohoa.operations.report.BatchReportStore;

/** The last step: puts the file lines of the batch together into {@code report.json}. */
@Component
public class BatchReportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(BatchReportTasklet.class);

    private final BatchReportStore reports;

    public BatchReportTasklet(BatchReportStore reports) {
        this.reports = reports;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        String batch = DigitizeParameters.batchName(contribution.getStepExecution().getJobParameters());
        reports.assemble(batch).map(reports::saveReport).ifPresent(key -> log.info("Batch report at {}", key));
        return RepeatStatus.FINISHED;
    }

}
