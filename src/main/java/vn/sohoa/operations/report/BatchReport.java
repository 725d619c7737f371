package vn.sohoa.operations.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The report of a batch: its status and one line per file, in file order.
 *
 * @param status {@code running}, {@code completed} or {@code failed}
 * @param counts            files by outcome
 * @param meanOcrConfidence mean Tesseract confidence (0–100) over the OCR pages, weighted by pages; null without OCR
 * @param stageMillis       milliseconds spent in each stage, summed over the files (worker time, not
 *                          wall-clock time: with several workers it exceeds the batch's duration)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchReport(String batch, String status, String message, Instant startedAt, Instant finishedAt,
                          Map<String, Integer> counts, int pages, int ocrPages, Double meanOcrConfidence,
                          Map<String, Long> stageMillis, List<FileReport> files) {
}
