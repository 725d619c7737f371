package vn.sohoa.services.review;

import java.util.List;

import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.model.FieldCorrection;

/**
 * What a correction (or "Đã kiểm tra") did.
 *
 * @param written the corrections written, in order (empty when there was nothing to confirm)
 * @param record  the record as it is now, corrections applied; {@code record.needsReview()} says
 *                whether anything is left to check
 */
public record CorrectionOutcome(List<FieldCorrection> written, DigitizedRecord record) {
}
