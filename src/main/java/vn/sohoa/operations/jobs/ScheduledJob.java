package vn.sohoa.operations.jobs;

import java.util.Map;

/**
 * A job an admin can schedule in {@code jobs/} or run with {@code sohoa run NAME}.
 *
 * <p>Contract: {@link #run} does the whole work synchronously and reports how it went; it throws
 * only for failures that prevented it from running at all. Runs of one job never overlap: the
 * {@link JobRunner} guarantees that, not the job.
 */
public interface ScheduledJob {

    /** The name used in {@code jobs/*.yml} and on the command line. */
    String name();

    /** One line for {@code sohoa jobs}. */
    String description();

    JobOutcome run(Map<String, String> parameters);
}
