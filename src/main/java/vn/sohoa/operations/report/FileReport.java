package vn.sohoa.operations.report;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of a batch report.
 *
 * @param file        path relative to the batch folder
 * @param outcome     {@code archived}, {@code duplicate} or {@code quarantined}
 * @param recordId    the record the file is archived as (archived)
 * @param duplicateOf the record that already holds this content (duplicate)
 * @param reason      why it was quarantined, for a person (Vietnamese)
 * @param reasonCode  the same as a stable code
 * @param recordIds   every record the file became, when it held several documents (recordId is the first)
 * @param needsReview records of this file a person must check, with the fields and why
 * @param stageMillis milliseconds this file spent in each stage ({@link vn.sohoa.timing.Stage} keys)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileReport(String file, String outcome, String recordId, String duplicateOf, String reason,
                         String reasonCode, String detail, Integer pages, Integer ocrPages, Double meanConfidence,
                         List<String> recordIds, List<RecordReview> needsReview, Map<String, Long> stageMillis) {

    public static final String ARCHIVED = "archived";
    public static final String DUPLICATE = "duplicate";
    public static final String QUARANTINED = "quarantined";
    /** Not an outcome: the count of files with records to check, in {@link BatchReport#counts()}. */
    public static final String NEEDS_REVIEW = "needsReview";
}
