package vn.sohoa.operations.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import vn.sohoa.operations.report.BatchState;

/**
 * Leases on job names, kept in the job repository's database: two Sohoa processes that share the
 * repository (two hosts on one PostgreSQL, or a server and a command line on one H2 file) never run
 * the same job at once, and the second is told who runs it.
 *
 * <p>A lease row names its holder (host and process). While the job runs, the holder renews it
 * every {@code renewEvery}; a lease is taken over when its holder is known dead (same host, process
 * gone, as after {@code kill -9}) or has not renewed for {@code expireAfter} (another host that
 * died or lost its network). The row is removed by a conditional delete that names the old holder,
 * so of two processes taking over a stale lease only one wins.
 */
@Component
public class JobLeases implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JobLeases.class);
    /** Names the holder, so that a lease taken over in the meantime is left alone. */
    private static final String DELETE_HOLDERS_LEASE =
            "DELETE FROM SOHOA_JOB_LEASE WHERE JOB_NAME = ? AND HOST = ? AND PID = ? AND STARTED_AT = ?";

    private final JdbcTemplate jdbc;
    private final JobLeaseProperties properties;
    private final Clock clock;
    private final String host = BatchState.currentHost();
    private final long pid = ProcessHandle.current().pid();
    private final ScheduledExecutorService renewer;

    @Autowired
    public JobLeases(DataSource dataSource, JobLeaseProperties properties) {
        this(dataSource, properties, Clock.systemUTC());
    }

    JobLeases(DataSource dataSource, JobLeaseProperties properties, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.properties = properties;
        this.clock = clock;
        CustomizableThreadFactory threads = new CustomizableThreadFactory("job-lease-renewer-");
        threads.setDaemon(true);
        this.renewer = Executors.newSingleThreadScheduledExecutor(threads);
        // Plain SQL that H2 and PostgreSQL both accept: one code path for the embedded default and production.
        jdbc.execute("CREATE TABLE IF NOT EXISTS SOHOA_JOB_LEASE (JOB_NAME VARCHAR(100) PRIMARY KEY,"
                + " HOST VARCHAR(255) NOT NULL, PID BIGINT NOT NULL, STARTED_AT BIGINT NOT NULL, RENEWED_AT BIGINT NOT NULL)");
    }

    /** Who holds a lease, for messages. */
    public record Holder(String job, String host, long pid, Instant startedAt, Instant renewedAt) {
        @Override
        public String toString() {
            return "pid " + pid + " on " + host + " since " + startedAt;
        }
    }

    /**
     * Takes the lease of {@code job} for this process; close the returned lease when the job ends.
     *
     * @throws JobBusyException naming the holder when a live process holds it
     */
    public Lease acquire(String job) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Instant now = clock.instant();
            try {
                jdbc.update("INSERT INTO SOHOA_JOB_LEASE (JOB_NAME, HOST, PID, STARTED_AT, RENEWED_AT) VALUES (?, ?, ?, ?, ?)",
                        job, host, pid, now.toEpochMilli(), now.toEpochMilli());
                return new Lease(job, now);
            } catch (DuplicateKeyException held) {
                Holder holder = holder(job);
                if (holder == null) {
                    continue; // released between our insert and our look: try again
                }
                if (!isStale(holder, now)) {
                    throw new JobBusyException("Job " + job + " is already running (" + holder + ")");
                }
                log.warn("Job {}: taking over the lease of {}, which {}", job, holder,
                        isDeadHere(holder) ? "no longer exists" : "has not renewed it since " + holder.renewedAt());
                jdbc.update(DELETE_HOLDERS_LEASE, job, holder.host(), holder.pid(), holder.startedAt().toEpochMilli());
            }
        }
        throw new JobBusyException("Job " + job + " is being started by another process at this moment; try again");
    }

    /** The current holder of a job's lease, or null when nobody holds it. */
    public Holder holder(String job) {
        List<Holder> rows = jdbc.query("SELECT HOST, PID, STARTED_AT, RENEWED_AT FROM SOHOA_JOB_LEASE WHERE JOB_NAME = ?",
                (rs, i) -> new Holder(job, rs.getString(1), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3)),
                        Instant.ofEpochMilli(rs.getLong(4))), job);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private boolean isStale(Holder holder, Instant now) {
        if (host.equals(holder.host()) && pid == holder.pid()) {
            return false; // this very process runs it (the scheduler and a request at once)
        }
        return isDeadHere(holder) || holder.renewedAt().plus(properties.expireAfter()).isBefore(now);
    }

    private static boolean isDeadHere(Holder holder) {
        return BatchState.isGoneFromThisHost(holder.host(), holder.pid());
    }

    @Override
    public void close() {
        renewer.shutdownNow();
    }

    /** A held lease: renewed in the background until closed, then released. */
    public final class Lease implements AutoCloseable {

        private final String job;
        private final Instant startedAt;
        private final ScheduledFuture<?> renewal;
        private volatile boolean released;

        private Lease(String job, Instant startedAt) {
            this.job = job;
            this.startedAt = startedAt;
            long every = properties.renewEvery().toMillis();
            this.renewal = renewer.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
        }

        private void renew() {
            try {
                int renewed = jdbc.update("UPDATE SOHOA_JOB_LEASE SET RENEWED_AT = ? WHERE JOB_NAME = ? AND HOST = ? AND PID = ?"
                        + " AND STARTED_AT = ?", clock.millis(), job, host, pid, startedAt.toEpochMilli());
                if (renewed == 0 && !released) {
                    log.error("Job {}: the lease was taken over by another process while this one still runs the job;"
                            + " expire-after ({}) is too short for this repository", job, properties.expireAfter());
                }
            } catch (RuntimeException e) {
                // The database may be briefly unreachable; the lease holds until expire-after.
                log.warn("Job {}: cannot renew the lease: {}", job, e.toString());
            }
        }

        @Override
        public void close() {
            released = true;
            renewal.cancel(false);
            jdbc.update(DELETE_HOLDERS_LEASE, job, host, pid, startedAt.toEpochMilli());
        }
    }
}
