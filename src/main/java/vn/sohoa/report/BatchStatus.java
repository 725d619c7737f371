package vn.sohoa.report;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The state of a batch as the job last recorded it ({@code batches/NAME/status.json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchStatus(String batch, String status, String message, Instant startedAt, Instant finishedAt,
                          Long executionId) {

    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
}
