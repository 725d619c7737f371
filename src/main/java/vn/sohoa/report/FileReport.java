package vn.sohoa.report;

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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileReport(String file, String outcome, String recordId, String duplicateOf, String reason,
                         String reasonCode, String detail, Integer pages, Integer ocrPages, Double meanConfidence) {

    public static final String ARCHIVED = "archived";
    public static final String DUPLICATE = "duplicate";
    public static final String QUARANTINED = "quarantined";
}
