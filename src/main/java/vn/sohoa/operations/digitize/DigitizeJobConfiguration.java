package vn.sohoa.operations.digitize;

import java.nio.file.Path;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import vn.sohoa.pipeline.intake.BatchFolderReader;
import vn.sohoa.pipeline.intake.ContentHasher;
import vn.sohoa.pipeline.intake.IntakeProperties;
import vn.sohoa.pipeline.intake.MediaTypeDetector;
import vn.sohoa.pipeline.ocr.OcrProperties;

/**
 * The {@code digitize} job, read as a table of contents:
 * <ol>
 *   <li>{@code digitizeFiles}: read the batch folder (intake: hash, type, manifest) → for each file,
 *       on twice as many file workers as there are OCR engines: duplicate check, page text (text layer or
 *       OCR), metadata, archive (or quarantine) → per chunk: index, report lines;</li>
 *   <li>{@code writeBatchReport}: assemble the batch report.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
public class DigitizeJobConfiguration {

    public static final String JOB_NAME = "digitize";

    @Bean
    Job digitizeJob(JobRepository jobs, Step digitizeFiles, Step writeBatchReport, BatchStatusListener status) {
        return new JobBuilder(JOB_NAME, jobs)
                .listener(status)
                .start(digitizeFiles)
                .next(writeBatchReport)
                .build();
    }

    @Bean
    Step digitizeFiles(JobRepository jobs, FileChunks chunks, BatchFolderReader batchFolderReader) {
        return chunks.step(new StepBuilder("digitizeFiles", jobs), batchFolderReader);
    }

    @Bean
    Step writeBatchReport(JobRepository jobs, PlatformTransactionManager transactions, BatchReportTasklet tasklet) {
        return new StepBuilder("writeBatchReport", jobs)
                .tasklet(tasklet, transactions)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @StepScope
    BatchFolderReader batchFolderReader(@Value("#{jobParameters['batch.dir']}") String batchDir,
                                        @Value("#{jobParameters['batch.name']}") String batchName,
                                        IntakeProperties intake, ContentHasher hasher, MediaTypeDetector detector) {
        return new BatchFolderReader(Path.of(batchDir), batchName, intake.ignore(), hasher, detector);
    }

    /**
     * The threads that take files through their stages, concurrently within a chunk; more than
     * there are engines, so that the engines recognize pages while files decode, compose and upload.
     */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskExecutor fileWorkers(OcrProperties ocr) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(ocr.effectiveFileWorkers());
        executor.setMaxPoolSize(ocr.effectiveFileWorkers());
        executor.setThreadNamePrefix("file-");
        executor.initialize();
        return executor;
    }
}
