package vn.sohoa.operations.digitize;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.postgresql.jdbc.PgConnection;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.jdbc.channel.PostgresChannelMessageTableSubscriber;
import org.springframework.integration.jdbc.channel.PostgresSubscribableChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.store.MessageGroupQueue;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sohoa.pipeline.intake.BatchFolderReader;
import vn.sohoa.pipeline.intake.ContentHasher;
import vn.sohoa.pipeline.intake.IntakeProperties;
import vn.sohoa.pipeline.intake.MediaTypeDetector;
import vn.sohoa.pipeline.metadata.RecordFieldsAssembler;
import vn.sohoa.pipeline.ocr.OcrEnginePool;
import vn.sohoa.pipeline.pages.ScanDocumentOpener;
import vn.sohoa.pipeline.pdf.SearchablePdfs;
import vn.sohoa.pipeline.split.DocumentSplitter;
import vn.sohoa.pipeline.text.DocumentTextReader;

/**
 * The {@code digitize-partitioned} job, for several hosts sharing one PostgreSQL job repository
 * and one bucket (docs/scale-out.md):
 * <ol>
 *   <li>{@code digitizePartitions} (manager): split the batch into partitions balanced by pages,
 *       send one request per partition over the channel, wait by polling the job repository, send
 *       again the partitions of workers that stopped sending heartbeats;</li>
 *   <li>{@code digitizePartition} (each {@code sohoa worker}): the {@code digitizeFiles} step of one
 *       host, with the same processor, writer and listeners, reading only its partition's files,
 *       after the worker has warmed up ({@link WorkerWarmUp});</li>
 *   <li>{@code writeBatchReport} (manager): the same tasklet as on one host, from the report lines
 *       the workers wrote to the bucket.</li>
 * </ol>
 * The channel is Spring Integration's JDBC channel message store in the same PostgreSQL database
 * (table {@code INT_CHANNEL_MESSAGE}), its workers woken by LISTEN/NOTIFY: no broker to run.
 * Only with a PostgreSQL job repository; the worker side only in {@code sohoa worker}.
 */
@Configuration(proxyBeanMethods = false)
@EnableIntegration
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:postgresql:')")
public class RemoteDigitizeConfiguration {

    public static final String JOB_NAME = "digitize-partitioned";
    static final String WORKER_STEP = "digitizePartition";
    /** The message group of the partition requests in the channel message store. */
    static final String REQUESTS = "sohoa-digitize-partitions";
    static final String PARTITIONS = "partitions";
    /** The region of the channel message store's rows. */
    static final String REGION = "sohoa";

    @Bean
    Job digitizePartitionedJob(JobRepository jobs, Step digitizePartitions, Step writeBatchReport, BatchStatusListener status) {
        return new JobBuilder(JOB_NAME, jobs)
                .listener(status)
                .start(digitizePartitions)
                .next(writeBatchReport)
                .build();
    }

    @Bean
    Step digitizePartitions(JobRepository jobs, PagesBalancedPartitioner partitioner, RepositoryPollingPartitionHandler handler) {
        return new StepBuilder("digitizePartitions", jobs)
                .partitioner(WORKER_STEP, partitioner)
                .partitionHandler(handler)
                .build();
    }

    @Bean
    @StepScope
    PagesBalancedPartitioner partitioner(@Value("#{jobParameters['batch.dir']}") String batchDir, IntakeProperties intake,
                                         ContentHasher hasher, MediaTypeDetector detector, ScanDocumentOpener opener) {
        return new PagesBalancedPartitioner(PageEstimates.of(Path.of(batchDir), intake, hasher, detector, opener));
    }

    @Bean
    @StepScope
    RepositoryPollingPartitionHandler partitionHandler(@Value("#{jobParameters['partitions']}") Long partitions, JobRepository jobs,
                                                       QueueChannel partitionRequestsOut, PartitionHeartbeats heartbeats,
                                                       ScaleOutProperties scaleOut, DataSource dataSource) {
        int grid = partitions == null ? scaleOut.partitions() : partitions.intValue();
        return new RepositoryPollingPartitionHandler(jobs, partitionRequestsOut, heartbeats, scaleOut, WORKER_STEP, grid,
                new JdbcTemplate(dataSource), REGION);
    }

    @Bean(destroyMethod = "close")
    PartitionHeartbeats partitionHeartbeats(DataSource dataSource, JobRepository jobs, ScaleOutProperties scaleOut) {
        return new PartitionHeartbeats(dataSource, jobs, scaleOut);
    }

    @Bean
    JdbcChannelMessageStore partitionRequestStore(DataSource dataSource) {
        createChannelTables(new JdbcTemplate(dataSource));
        JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
        store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
        store.setRegion(REGION);
        // Java serialization of the stored messages: only the classes of a partition request may come back out.
        store.addAllowedPatterns("org.springframework.batch.integration.partition.StepExecutionRequest",
                "org.springframework.messaging.support.GenericMessage", "org.springframework.messaging.MessageHeaders",
                "org.springframework.integration.*", "java.util.*", "java.lang.*");
        return store;
    }

    /** Where the manager puts requests: a queue backed by the message store, i.e. rows in PostgreSQL. */
    @Bean
    QueueChannel partitionRequestsOut(JdbcChannelMessageStore partitionRequestStore) {
        return new QueueChannel(new MessageGroupQueue(partitionRequestStore, REQUESTS));
    }

    /** The connection that LISTENs for new requests: its own, outside the pool, as the subscriber requires. */
    @Bean
    PostgresChannelMessageTableSubscriber partitionRequestSubscriber(DataSourceProperties db) {
        return new PostgresChannelMessageTableSubscriber(() ->
                DriverManager.getConnection(db.determineUrl(), db.determineUsername(), db.determinePassword()).unwrap(PgConnection.class));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "sohoa.scale-out.worker", havingValue = "true")
    static class Worker {

        /**
         * The same requests as seen by a worker, pushed by LISTEN/NOTIFY. One dispatching thread: a
         * worker runs one partition at a time and leaves the other requests to the other workers.
         */
        @Bean
        PostgresSubscribableChannel partitionRequestsIn(JdbcChannelMessageStore partitionRequestStore,
                                                        PostgresChannelMessageTableSubscriber partitionRequestSubscriber) {
            PostgresSubscribableChannel channel = new PostgresSubscribableChannel(partitionRequestStore, REQUESTS, partitionRequestSubscriber);
            channel.setDispatcherExecutor(Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "partition-worker");
                thread.setDaemon(true);
                return thread;
            }));
            return channel;
        }

        @Bean(WORKER_STEP)
        Step digitizePartition(JobRepository jobs, BeanFactory beans, PostgresSubscribableChannel partitionRequestsIn,
                               FileChunks chunks, BatchFolderReader partitionReader, PartitionHeartbeats heartbeats) {
            return chunks.step(new RemotePartitioningWorkerStepBuilder(WORKER_STEP, jobs)
                    .inputChannel(partitionRequestsIn)
                    .beanFactory(beans)
                    .listener(heartbeats), partitionReader);
        }

        /** Before the channel subscriber starts (a lifecycle bean): no request is taken until the worker is ready. */
        @Bean
        @ConditionalOnProperty(name = "sohoa.scale-out.warm-up", havingValue = "true", matchIfMissing = true)
        WorkerWarmUp workerWarmUp(DocumentTextReader textReader, DocumentSplitter splitter, RecordFieldsAssembler fields,
                                  SearchablePdfs searchablePdfs, OcrEnginePool engines, ContentHasher hasher, MediaTypeDetector detector) {
            return new WorkerWarmUp(textReader, splitter, fields, searchablePdfs, engines, hasher, detector);
        }

        @Bean
        @StepScope
        BatchFolderReader partitionReader(@Value("#{jobParameters['batch.dir']}") String batchDir,
                                          @Value("#{jobParameters['batch.name']}") String batchName,
                                          @Value("#{stepExecutionContext['" + BatchFolderReader.PARTITION_FILES + "']}") String files,
                                          IntakeProperties intake, ContentHasher hasher, MediaTypeDetector detector) {
            return new BatchFolderReader(Path.of(batchDir), batchName, intake.ignore(), hasher, detector, files);
        }
    }

    /**
     * The channel's table and the trigger that NOTIFYs the workers (Spring Integration ships it
     * commented out), created once by whichever process comes first; the advisory lock keeps two
     * processes starting at once from creating them twice.
     */
    static void createChannelTables(JdbcTemplate jdbc) {
        List<String> statements = new ArrayList<>(List.of(
                "SELECT pg_advisory_xact_lock(18180018)",
                "CREATE SEQUENCE IF NOT EXISTS INT_MESSAGE_SEQ START WITH 1 INCREMENT BY 1 NO CYCLE",
                "CREATE TABLE IF NOT EXISTS INT_CHANNEL_MESSAGE (MESSAGE_ID CHAR(36) NOT NULL, GROUP_KEY CHAR(36) NOT NULL,"
                        + " CREATED_DATE BIGINT NOT NULL, MESSAGE_PRIORITY BIGINT,"
                        + " MESSAGE_SEQUENCE BIGINT NOT NULL DEFAULT nextval('INT_MESSAGE_SEQ'), MESSAGE_CONTENT BYTEA,"
                        + " REGION VARCHAR(100) NOT NULL,"
                        + " CONSTRAINT INT_CHANNEL_MESSAGE_PK PRIMARY KEY (REGION, GROUP_KEY, CREATED_DATE, MESSAGE_SEQUENCE))",
                "CREATE INDEX IF NOT EXISTS INT_CHANNEL_MSG_DELETE_IDX ON INT_CHANNEL_MESSAGE (REGION, GROUP_KEY, MESSAGE_ID)",
                "CREATE OR REPLACE FUNCTION INT_CHANNEL_MESSAGE_NOTIFY_FCT() RETURNS TRIGGER AS $BODY$ BEGIN"
                        + " PERFORM pg_notify('int_channel_message_notify', NEW.REGION || ' ' || NEW.GROUP_KEY); RETURN NEW;"
                        + " END; $BODY$ LANGUAGE PLPGSQL",
                "CREATE OR REPLACE TRIGGER INT_CHANNEL_MESSAGE_NOTIFY_TRG AFTER INSERT ON INT_CHANNEL_MESSAGE"
                        + " FOR EACH ROW EXECUTE PROCEDURE INT_CHANNEL_MESSAGE_NOTIFY_FCT()"));
        jdbc.execute((java.sql.Connection connection) -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (java.sql.Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
                connection.commit();
            } catch (java.sql.SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return null;
        });
    }
}
