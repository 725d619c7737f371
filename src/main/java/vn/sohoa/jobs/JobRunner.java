package vn.sohoa.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
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

import vn.sohoa.SohoaProperties;
import vn.sohoa.storage.ObjectStore;

/**
 * Runs scheduled jobs by name, one at a time per job: an operating-system lock under
 * {@code SOHOA_HOME/locks} refuses a second start (from the scheduler or another process on the
 * same Sohoa home) with a message naming the running one. Every run is logged in the bucket under
 * {@code runs/{job}/}, which is where {@code sohoa jobs} reads the last run and its outcome.
 */
@Service
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final Map<String, ScheduledJob> jobs;
    private final ObjectStore store;
    private final JsonMapper json;
    private final Path locks;

    private final MeterRegistry metrics;

    public JobRunner(List<ScheduledJob> jobs, ObjectStore store, JsonMapper json, SohoaProperties sohoa, MeterRegistry metrics) {
        this.metrics = metrics;
        this.jobs = jobs.stream().collect(Collectors.toMap(ScheduledJob::name, Function.identity()));
        this.store = store;
        this.json = json;
        this.locks = sohoa.dir("locks");
    }

    public Map<String, ScheduledJob> jobs() {
        return jobs;
    }

    public JobOutcome run(String name, Map<String, String> parameters) {
        ScheduledJob job = jobs.get(name);
        if (job == null) {
            throw new IllegalArgumentException("Unknown job '" + name + "'; known jobs: " + jobs.keySet());
        }
        try (FileChannel channel = lockFile(name); FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new JobBusyException("Job " + name + " is already running (" + runningNote(name) + ")");
            }
            writeRunningNote(channel);
            log.info("Job {} started", name);
            JobOutcome outcome = job.run(parameters);
            record(outcome);
            metrics.timer("sohoa.job.duration", "job", name, "outcome", outcome.succeeded() ? "ok" : "problems")
                    .record(java.time.Duration.between(outcome.startedAt(), outcome.finishedAt()));
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock job " + name + " under " + locks, e);
        }
    }

    /** The most recent run of a job, from the run log in the bucket. */
    public Optional<JobOutcome> lastRun(String name) {
        return store.list("runs/" + name + "/").max(Comparator.comparing(o -> o.key()))
                .map(o -> json.readValue(store.read(o.key()), JobOutcome.class));
    }

    private void record(JobOutcome outcome) {
        String key = "runs/" + outcome.job() + "/" + outcome.startedAt().toString().replace(':', '-') + ".json";
        store.put(key, json.writeValueAsBytes(outcome), "application/json", Map.of());
    }

    private FileChannel lockFile(String name) throws IOException {
        Files.createDirectories(locks);
        return FileChannel.open(locks.resolve("job-" + name + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /** Null when held elsewhere: by another process, or (overlapping lock) by this one. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void writeRunningNote(FileChannel channel) throws IOException {
        String note = "pid " + ProcessHandle.current().pid() + " since " + Instant.now();
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(note.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    private String runningNote(String name) {
        try {
            return Files.readString(locks.resolve("job-" + name + ".lock"));
        } catch (IOException e) {
            return "started by another process";
        }
    }
}
