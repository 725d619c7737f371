package vn.sohoa.operations.report;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of a batch report.
 *
 * @param file        path relative to the batch folder
 * @param outcome     archived, duplicate or quarantined
 * @param recordId    the record the file is archived as (archived)
 * @param duplicateOf the record that already holds this content (duplicate)
 * @param reason      why it was quarantined, for a person (Vietnamese)
 * @param reasonCode  the same as a stable code
 * @param recordIds   every record the file became, when it held several documents (recordId is the first)
 * @param needsReview records of this file a person must check, with the fields and why
 * @param stageMillis milliseconds this file spent in each stage ({@link vn.sohoa.timing.Stage} keys)
 * @param host        the host (worker) that digitized the file ({@code SOHOA_HOST}, else the host name)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileReport(String file, Outcome outcome, String recordId, String duplicateOf, String reason,
                         String reasonCode, String detail, Integer pages, Integer ocrPages, Double meanConfidence,
                         List<String> recordIds, List<RecordReview> needsReview, Map<String, Long> stageMillis,
                         String host) {

    /** Not an outcome: the count of files with records to check, in {@link BatchReport#counts()}. */
    public static final String NEEDS_REVIEW = "needsReview";

    /**
     * A file archived as {@code recordId}, or as {@code recordIds} when it held several documents
     * ({@code recordId} is the first); {@code needsReview} null when no record needs a look.
     */
    public static FileReport archived(String file, String recordId, List<String> recordIds, int pages, int ocrPages,
                                      Double meanConfidence, List<RecordReview> needsReview, Map<String, Long> stageMillis) {
        return new FileReport(file, Outcome.ARCHIVED, recordId, null, null, null, null, pages, ocrPages, meanConfidence,
                recordIds, needsReview, stageMillis, null);
    }

    /** The same line, saying which host digitized the file. */
    public FileReport withHost(String host) {
        return new FileReport(file, outcome, recordId, duplicateOf, reason, reasonCode, detail, pages, ocrPages, meanConfidence,
                recordIds, needsReview, stageMillis, host);
    }

    /** A file whose content record {@code existingId} holds already. */
    public static FileReport duplicate(String file, String existingId, Map<String, Long> stageMillis) {
        return new FileReport(file, Outcome.DUPLICATE, null, existingId, null, null, null, null, null, null, null, null, stageMillis, null);
    }

    /** A file in quarantine: why for a person, the same as a code, and the technical detail. */
    public static FileReport quarantined(String file, String reason, String reasonCode, String detail, Map<String, Long> stageMillis) {
        return new FileReport(file, Outcome.QUARANTINED, null, null, reason, reasonCode, detail, null, null, null, null, null,
                stageMillis, null);
    }
}
