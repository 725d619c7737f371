package vn.sohoa.operations.digitize;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.dao.DataAccessException;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The manager side of remote partitioning: sends one {@link StepExecutionRequest} per partition on
 * the request channel and waits by polling the job repository (no reply channel), as Spring Batch
 * Integration's {@code MessageChannelPartitionHandler} does with {@code pollRepositoryForResults};
 * and besides, when a started partition's worker has sent no heartbeat for {@code workerTimeout}
 * (killed, host lost), marks that execution failed and sends the partition again, as a new step
 * execution carrying the dead one's context: the next worker resumes it from its last commit.
 * Files the dead worker had archived after that commit are found again by content hash, so each
 * still ends with one outcome and one record.
 */
class RepositoryPollingPartitionHandler extends AbstractPartitionHandler {

    private static final Logger log = LoggerFactory.getLogger(RepositoryPollingPartitionHandler.class);

    private final JobRepository repository;
    private final MessagingTemplate requests;
    private final PartitionHeartbeats heartbeats;
    private final ScaleOutProperties properties;
    private final String workerStepName;

    RepositoryPollingPartitionHandler(JobRepository repository, MessageChannel requestChannel, PartitionHeartbeats heartbeats,
                                      ScaleOutProperties properties, String workerStepName, int gridSize) {
        this.repository = repository;
        this.requests = new MessagingTemplate(requestChannel);
        this.heartbeats = heartbeats;
        this.properties = properties;
        this.workerStepName = workerStepName;
        setGridSize(gridSize);
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution managerStep, Set<StepExecution> partitions) throws InterruptedException {
        Map<String, StepExecution> current = new LinkedHashMap<>();
        Map<String, Long> sentAt = new LinkedHashMap<>();
        for (StepExecution partition : partitions) {
            current.put(partition.getStepName(), partition);
            send(partition, sentAt);
        }
        log.info("Batch step {}: {} partitions sent to the workers", managerStep.getStepName(), partitions.size());
        long failingSince = 0;
        while (true) {
            Thread.sleep(properties.pollEvery().toMillis());
            try {
                Set<StepExecution> done = poll(managerStep, current, sentAt);
                if (done != null) {
                    return done;
                }
                failingSince = 0;
            } catch (DataAccessException e) {
                // The database restarting or failing over: keep polling for as long as a worker may
                // be silent, then fail the step cleanly; running the command again resumes the batch.
                long now = System.currentTimeMillis();
                failingSince = failingSince == 0 ? now : failingSince;
                if (now - failingSince > properties.workerTimeout().toMillis()) {
                    throw e;
                }
                log.warn("Cannot read the partitions' state from the job repository ({}); trying again", e.getMessage());
            }
        }
    }

    /** One look at the partitions: all of them when none is running any more, else null. */
    private Set<StepExecution> poll(StepExecution managerStep, Map<String, StepExecution> current, Map<String, Long> sentAt) {
        {
            boolean running = false;
            for (Map.Entry<String, StepExecution> entry : current.entrySet()) {
                StepExecution partition = repository.getStepExecution(entry.getValue().getId());
                entry.setValue(partition);
                if (!partition.getStatus().isRunning()) {
                    continue;
                }
                running = true;
                PartitionHeartbeats.Beat beat = heartbeats.lastBeat(partition.getId());
                // A request still waiting in the channel (every worker busy) has no heartbeat: it is not late.
                if (beat != null && System.currentTimeMillis() - beat.at() > properties.workerTimeout().toMillis()) {
                    entry.setValue(resend(managerStep, partition, beat, sentAt));
                }
            }
            return running ? null : new LinkedHashSet<>(current.values());
        }
    }

    private StepExecution resend(StepExecution managerStep, StepExecution dead, PartitionHeartbeats.Beat beat, Map<String, Long> sentAt) {
        log.warn("Partition {} (execution {}): its worker {} (pid {}) sent no heartbeat for {}; sending it again",
                dead.getStepName(), dead.getId(), beat.host(), beat.pid(), properties.workerTimeout());
        dead.setStatus(BatchStatus.FAILED);
        dead.setExitStatus(ExitStatus.FAILED.addExitDescription("worker " + beat.host() + " (pid " + beat.pid()
                + ") stopped sending heartbeats; partition sent again"));
        dead.setEndTime(LocalDateTime.now());
        repository.update(dead);
        StepExecution again = repository.createStepExecution(dead.getStepName(), managerStep.getJobExecution());
        again.setExecutionContext(new ExecutionContext(dead.getExecutionContext()));
        repository.updateExecutionContext(again);
        send(again, sentAt);
        return again;
    }

    private void send(StepExecution partition, Map<String, Long> sentAt) {
        requests.send(MessageBuilder.withPayload(new StepExecutionRequest(workerStepName, partition.getId())).build());
        sentAt.put(partition.getStepName(), System.currentTimeMillis());
    }
}
