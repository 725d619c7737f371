package vn.sohoa.pipeline.metadata;

import java.util.List;
import java.util.Map;

import vn.sohoa.model.FieldConflict;
import vn.sohoa.model.FieldValue;
import vn.sohoa.model.ReviewNote;

/**
 * The metadata of one record: its fields by JSON name, the disagreements between sources, what
 * a person must check, and the technical metadata of the file (null when not read).
 */
public record ExtractedMetadata(Map<String, FieldValue> fields, List<FieldConflict> conflicts, List<ReviewNote> review,
                                Map<String, Object> technical) {

    /** The same metadata with the file's technical metadata. */
    public ExtractedMetadata withTechnical(Map<String, Object> fileMetadata) {
        return new ExtractedMetadata(fields, conflicts, review, fileMetadata == null || fileMetadata.isEmpty() ? null : fileMetadata);
    }

    public boolean needsReview() {
        return !review.isEmpty();
    }
}
