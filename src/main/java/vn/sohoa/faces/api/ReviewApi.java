package vn.sohoa.faces.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.review.CorrectionOutcome;
import vn.sohoa.services.review.ReviewQueue;
import vn.sohoa.services.review.ReviewService;

/** The review queue and field corrections (records staff, admins). */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Tag(name = "Review")
class ReviewApi {

    /**
     * Body of a correction: {@code field} set to {@code value}; or {@code checked: true} alone to
     * confirm every field still flagged ("Đã kiểm tra").
     */
    record FieldsPatch(String field, String value, Boolean checked) {
    }

    private final ReviewService review;

    ReviewApi(ReviewService review) {
        this.review = review;
    }

    @GetMapping("/api/review")
    @Operation(summary = "Records a person must still check (uncertain, missing or conflicting fields), archived longest ago first")
    ReviewQueue queue(@Parameter(description = "Only this batch's records") @RequestParam(required = false) String batch,
                      @RequestParam(defaultValue = "50") int size, @Parameter(hidden = true) Actor actor) {
        return review.queue(actor, batch, size);
    }

    @PatchMapping(path = "/api/records/{id}/fields", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Correct (or confirm) one field, or mark the record checked",
            description = "The value becomes the field's with source manual and confidence 1.0; the correction is kept append-only "
                    + "with who, when, the old value and its source. 400 with the reason for a value the field cannot have "
                    + "(an owner ID that is not 12 digits, a date that is not a date, a malformed dossier code); 404 for an unknown record.")
    CorrectionOutcome correct(@PathVariable String id, @RequestBody FieldsPatch patch, @Parameter(hidden = true) Actor actor) {
        if (Boolean.TRUE.equals(patch.checked()) && patch.field() == null) {
            return review.markChecked(actor, id);
        }
        return review.correct(actor, id, patch.field() == null ? "" : patch.field(), patch.value());
    }
}
