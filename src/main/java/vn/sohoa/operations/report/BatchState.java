package vn.sohoa.operations.report;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The state of a batch as the job last recorded it ({@code batches/NAME/status.json}).
 *
 * @param host where the run was started (host name) and {@code pid} the process: lets a later
 *             run tell a run left behind by a dead process from one still alive elsewhere
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchState(String batch, String status, String message, Instant startedAt, Instant finishedAt,
                          Long executionId, String host, Long pid) {

    /** This process, as recorded in {@link #host()} and {@link #pid()}. */
    public static String currentHost() {
        // Named by configuration when several Sohoa processes share a machine (tests) or host names are not telling.
        String configured = System.getenv("SOHOA_HOST");
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "unknown";
        }
    }

    /** True when the run was started by a process of this host that no longer exists. */
    public boolean ownerIsDeadHere() {
        return isGoneFromThisHost(host, pid);
    }

    /** True when {@code host} is this host and process {@code pid} no longer exists on it. */
    public static boolean isGoneFromThisHost(String host, Long pid) {
        return currentHost().equals(host) && pid != null && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
}
