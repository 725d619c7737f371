package vn.sohoa.operations.digitize;

import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import vn.sohoa.pipeline.intake.BatchFolderReader;
import vn.sohoa.pipeline.intake.ScanFile;
import vn.sohoa.pipeline.ocr.OcrProperties;

/**
 * The chunk of files a digitize step runs: the same processor, writer, file workers and listeners
 * for the whole batch on one host ({@code digitizeFiles}) and for one partition on a worker
 * ({@code digitizePartition}), so that the two steps cannot drift apart. Only the reader and the
 * step builder (a worker's listens on the partition channel) differ.
 */
@Component
class FileChunks {

    private final PlatformTransactionManager transactions;
    private final DigitizeFileProcessor processor;
    private final OutcomeWriter writer;
    private final ProgressReporter progress;
    private final DigitizeMetrics metrics;
    private final ThreadPoolTaskExecutor fileWorkers;
    private final OcrProperties ocr;

    FileChunks(PlatformTransactionManager transactions, DigitizeFileProcessor processor, OutcomeWriter writer,
               ProgressReporter progress, DigitizeMetrics metrics, ThreadPoolTaskExecutor fileWorkers, OcrProperties ocr) {
        this.transactions = transactions;
        this.processor = processor;
        this.writer = writer;
        this.progress = progress;
        this.metrics = metrics;
        this.fileWorkers = fileWorkers;
        this.ocr = ocr;
    }

    /** {@code step} reading its files from {@code reader}. */
    Step step(StepBuilder step, BatchFolderReader reader) {
        return step.<ScanFile, FileOutcome>chunk(ocr.effectiveChunkFiles())
                .transactionManager(transactions)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .taskExecutor(fileWorkers)
                .listener(progress)
                .listener(metrics)
                .listener(new FileWorkersDrain(fileWorkers))
                .build();
    }
}
