package vn.sohoa.services.review;

import java.util.List;

import vn.sohoa.failure.Refusal;

/** "Đã kiểm tra" asked while required fields are still missing: a person must type them first. */
public class ReviewIncompleteException extends Refusal {

    public ReviewIncompleteException(String recordId, List<String> missing) {
        super(Kind.REFUSED, "review-incomplete", "Record " + recordId + " still lacks " + String.join(", ", missing)
                + ": enter them before marking it checked", null,
                missing.stream().map(InvalidCorrectionException::label).toList());
    }
}
