package vn.sohoa.operations.digitize;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.Message;
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
 *
 * <p>A partition that never starts is sent again too: its request taken off the channel (the row
 * gone from {@code INT_CHANNEL_MESSAGE}) and still no heartbeat {@code workerTimeout} later means
 * the worker died between taking it and starting the step, or the request could not be read (the
 * store deletes the row before handing the message over). Nothing else would ever run it, and the
 * manager would wait forever. The time counts from when the row was first seen gone, not from the
 * sending: a request may wait in the channel for hours while every worker is busy.
 */
class RepositoryPollingPartitionHandler extends AbstractPartitionHandler {

    private static final Logger log = LoggerFactory.getLogger(RepositoryPollingPartitionHandler.class);

    private final JobRepository repository;
    private final MessagingTemplate requests;
    private final PartitionHeartbeats heartbeats;
    private final ScaleOutProperties properties;
    private final String workerStepName;
    private final JdbcTemplate channelTable;
    private final String region;
    /** Per partition (step name): the id of its last request message, and since when it is seen taken but unstarted. */
    private final Map<String, UUID> requestIds = new HashMap<>();
    private final Map<String, Long> takenSince = new HashMap<>();

    /**
     * @param channelTable the database of the channel message store, to tell a request still
     *                     waiting from one taken
     * @param region       the store's region ({@code JdbcChannelMessageStore#setRegion})
     */
    RepositoryPollingPartitionHandler(JobRepository repository, MessageChannel requestChannel, PartitionHeartbeats heartbeats,
                                      ScaleOutProperties properties, String workerStepName, int gridSize,
                                      JdbcTemplate channelTable, String region) {
        this.repository = repository;
        this.channelTable = channelTable;
        this.region = region;
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
                long now = System.currentTimeMillis();
                long timeout = properties.workerTimeout().toMillis();
                if (beat != null) {
                    takenSince.remove(partition.getStepName());
                    if (now - beat.at() > timeout) {
                        entry.setValue(resend(managerStep, partition, "its worker " + beat.host() + " (pid " + beat.pid()
                                + ") stopped sending heartbeats", sentAt));
                    }
                } else if (waiting(partition.getStepName())) {
                    // Still in the channel (every worker busy): not late, however long it waits.
                    takenSince.remove(partition.getStepName());
                } else {
                    long since = takenSince.computeIfAbsent(partition.getStepName(), name -> now);
                    if (now - since > timeout) {
                        entry.setValue(resend(managerStep, partition, "its request was taken off the channel but no worker"
                                + " started it (worker killed before its first heartbeat, or the request unreadable)", sentAt));
                    }
                }
            }
            if (running) {
                return null;
            }
            failIfAnyFailed(current.values());
            return new LinkedHashSet<>(current.values());
        }
    }

    /**
     * Names the partitions that did not complete, with the host that last ran each (its last
     * heartbeat) and the first line of why, so that whoever reads the batch's failure knows which
     * worker's log to open.
     */
    private void failIfAnyFailed(Collection<StepExecution> partitions) {
        List<String> failed = new ArrayList<>();
        for (StepExecution partition : partitions) {
            if (partition.getStatus() == BatchStatus.COMPLETED) {
                continue;
            }
            PartitionHeartbeats.Beat beat = heartbeats.lastBeat(partition.getId());
            String where = beat == null ? "never started by a worker" : "last run on " + beat.host() + " (pid " + beat.pid() + ")";
            String why = partition.getExitStatus().getExitDescription();
            why = why == null || why.isBlank() ? partition.getStatus().toString() : why.strip().lines().findFirst().orElse("");
            failed.add(partition.getStepName() + " (execution " + partition.getId() + ", " + where + "): " + why);
        }
        if (!failed.isEmpty()) {
            throw new PartitionsFailedException(failed.size() + " of " + partitions.size() + " partitions failed: "
                    + String.join("; ", failed));
        }
    }

    /** Whether the partition's last request is still a row of the channel, waiting for a worker. */
    private boolean waiting(String partition) {
        UUID id = requestIds.get(partition);
        Integer rows = channelTable.queryForObject("SELECT COUNT(*) FROM INT_CHANNEL_MESSAGE WHERE REGION = ? AND MESSAGE_ID = ?",
                Integer.class, region, id.toString());
        return rows != null && rows > 0;
    }

    private StepExecution resend(StepExecution managerStep, StepExecution dead, String why, Map<String, Long> sentAt) {
        log.warn("Partition {} (execution {}): {} for {}; sending it again", dead.getStepName(), dead.getId(), why,
                properties.workerTimeout());
        takenSince.remove(dead.getStepName());
        dead.setStatus(BatchStatus.FAILED);
        dead.setExitStatus(ExitStatus.FAILED.addExitDescription(why + "; partition sent again"));
        dead.setEndTime(LocalDateTime.now());
        repository.update(dead);
        StepExecution again = repository.createStepExecution(dead.getStepName(), managerStep.getJobExecution());
        again.setExecutionContext(new ExecutionContext(dead.getExecutionContext()));
        repository.updateExecutionContext(again);
        send(again, sentAt);
        return again;
    }

    private void send(StepExecution partition, Map<String, Long> sentAt) {
        Message<StepExecutionRequest> request = MessageBuilder.withPayload(new StepExecutionRequest(workerStepName, partition.getId())).build();
        // Remembered before sending: a worker may take the request before send returns.
        requestIds.put(partition.getStepName(), request.getHeaders().getId());
        requests.send(request);
        sentAt.put(partition.getStepName(), System.currentTimeMillis());
    }
}
