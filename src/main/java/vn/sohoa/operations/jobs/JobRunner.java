package vn.sohoa.operations.jobs;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.operations.report.BatchState;
import vn.sohoa.storage.ObjectStore;

/**
 * Runs scheduled jobs by name, one at a time per job: a {@link JobLeases lease} in the job
 * repository refuses a second start (from the scheduler, the command line or another host sharing
 * the repository) with a message naming the running one. Every run is logged in the bucket under
 * {@code runs/{job}/}, which is where {@code sohoa jobs} reads the last run and its outcome.
 */
@Service
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final Map<String, ScheduledJob> jobs;
    private final ObjectStore store;
    private final JsonMapper json;
    private final JobLeases leases;
    private final MeterRegistry metrics;
    private final String host = BatchState.currentHost();

    public JobRunner(List<ScheduledJob> jobs, ObjectStore store, JsonMapper json, JobLeases leases, MeterRegistry metrics) {
        this.metrics = metrics;
        this.jobs = jobs.stream().collect(Collectors.toMap(ScheduledJob::name, Function.identity()));
        this.store = store;
        this.json = json;
        this.leases = leases;
    }

    public Map<String, ScheduledJob> jobs() {
        return jobs;
    }

    /** @throws JobBusyException when the job is running, here or in another process */
    public JobOutcome run(String name, Map<String, String> parameters) {
        ScheduledJob job = jobs.get(name);
        if (job == null) {
            throw new IllegalArgumentException("Unknown job '" + name + "'; known jobs: " + jobs.keySet());
        }
        try (JobLeases.Lease lease = leases.acquire(name)) {
            log.info("Job {} started", name);
            java.time.Instant started = java.time.Instant.now();
            JobOutcome outcome;
            try {
                outcome = job.run(parameters);
            } catch (RuntimeException failed) {
                // A run that broke is a run too: the admin page lists it with its message.
                record(new JobOutcome(name, false, failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage(),
                        null, started, java.time.Instant.now(), List.of(host)));
                throw failed;
            }
            outcome = outcome.onHost(host);
            record(outcome);
            metrics.timer("sohoa.job.duration", "job", name, "outcome", outcome.succeeded() ? "ok" : "problems")
                    .record(Duration.between(outcome.startedAt(), outcome.finishedAt()));
            return outcome;
        }
    }

    /** The most recent run of a job, from the run log in the bucket. */
    public Optional<JobOutcome> lastRun(String name) {
        return store.list("runs/" + name + "/").max(Comparator.comparing(o -> o.key()))
                .map(o -> json.readValue(store.read(o.key()), JobOutcome.class));
    }

    /** The last {@code limit} runs of a job, newest first, from the run log in the bucket. */
    public List<JobOutcome> recentRuns(String name, int limit) {
        return store.list("runs/" + name + "/").map(o -> o.key()).sorted(Comparator.reverseOrder()).limit(limit)
                .map(key -> json.readValue(store.read(key), JobOutcome.class))
                .sorted(Comparator.comparing(JobOutcome::startedAt, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }

    private void record(JobOutcome outcome) {
        String key = "runs/" + outcome.job() + "/" + outcome.startedAt().toString().replace(':', '-') + ".json";
        store.put(key, json.writeValueAsBytes(outcome), "application/json", Map.of());
    }
}
