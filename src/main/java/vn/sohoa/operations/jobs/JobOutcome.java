package vn.sohoa.operations.jobs;

import java.time.Instant;

/**
 * How one run of a scheduled job ended.
 *
 * @param succeeded false when the job found problems (a fixity mismatch, a failed batch)
 * @param summary   one line for a person
 * @param reportKey where the detailed report is in the bucket, or null
 */
public record JobOutcome(String job, boolean succeeded, String summary, String reportKey, Instant startedAt, Instant finishedAt) {

    public static JobOutcome of(String job, boolean succeeded, String summary, String reportKey, Instant startedAt) {
        return new JobOutcome(job, succeeded, summary, reportKey, startedAt, Instant.now());
    }
}
