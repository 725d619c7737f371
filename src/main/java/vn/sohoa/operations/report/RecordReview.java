package vn.sohoa.operations.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.sohoa.model.ReviewNote;

/**
 * A record of a batch that a person must check, and why.
 *
 * @param recordId the record
 * @param pages    its pages in the scan file ("3-5") when the file held several documents, else null
 * @param notes    one per field to check
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordReview(String recordId, String pages, List<ReviewNote> notes) {
}
