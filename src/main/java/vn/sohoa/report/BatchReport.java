package vn.sohoa.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The report of a batch: its status and one line per file, in file order.
 *
 * @param status {@code running}, {@code completed} or {@code failed}
 * @param counts files by outcome
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchReport(String batch, String status, String message, Instant startedAt, Instant finishedAt,
                          Map<String, Integer> counts, int pages, int ocrPages, List<FileReport> files) {
}
