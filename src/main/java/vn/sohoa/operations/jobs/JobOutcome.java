package vn.sohoa.operations.jobs;

import java.time.Instant;
import java.util.List;

/**
 * How one run of a scheduled job ended.
 *
 * @param succeeded false when the job found problems (a fixity mismatch, a failed batch)
 * @param summary   one line for a person
 * @param reportKey where the detailed report is in the bucket, or null
 * @param hosts     the hosts that did the work ({@code SOHOA_HOST}): the one that ran the job, or
 *                  for a batch split across workers, the workers that digitized its files; null
 *                  in runs logged before hosts were (the admin page then shows none)
 */
public record JobOutcome(String job, boolean succeeded, String summary, String reportKey, Instant startedAt, Instant finishedAt,
                         List<String> hosts) {

    /** An outcome ending now, its hosts to be filled in by the runner ({@link #onHost}). */
    public static JobOutcome of(String job, boolean succeeded, String summary, String reportKey, Instant startedAt) {
        return new JobOutcome(job, succeeded, summary, reportKey, startedAt, Instant.now(), null);
    }

    /** This outcome with {@code host} as its only host, unless the job named the hosts itself. */
    public JobOutcome onHost(String host) {
        return hosts != null && !hosts.isEmpty() ? this : withHosts(List.of(host));
    }

    public JobOutcome withHosts(List<String> hosts) {
        return new JobOutcome(job, succeeded, summary, reportKey, startedAt, finishedAt, List.copyOf(hosts));
    }
}
