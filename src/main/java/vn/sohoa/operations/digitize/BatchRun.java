package vn.sohoa.operations.digitize;

import java.time.Duration;

import vn.sohoa.operations.report.BatchReport;

/**
 * How a request to digitize a batch ended.
 *
 * @param result      {@code COMPLETED}, {@code FAILED}, or {@code ALREADY_COMPLETED} when the unchanged
 *                    batch had been digitized before and nothing was run
 * @param executionId the job execution, or of the earlier one for {@code ALREADY_COMPLETED}
 * @param message     why it failed, for a person
 */
public record BatchRun(String batch, Result result, long executionId, String message, BatchReport report,
                       Duration elapsed) {

    public enum Result { COMPLETED, FAILED, ALREADY_COMPLETED }

    public boolean succeeded() {
        return result != Result.FAILED;
    }
}
