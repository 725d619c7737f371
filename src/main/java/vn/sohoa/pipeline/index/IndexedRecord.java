package vn.sohoa.pipeline.index;

import java.util.List;
import java.util.Map;

/**
 * What the index keeps of a record.
 *
 * @param fields   metadata values by field name (a list for multi-valued fields such as ownerIds)
 * @param reusedIn dossier codes the record was reused in
 * @param needsReview a person must still check something ({@code ReviewCheck}, corrections applied)
 * @param archivedAt when the record was archived, null when unknown: the review queue's order
 */
public record IndexedRecord(String id, String fileName, String batch, String text, Map<String, List<String>> fields,
                            List<String> reusedIn, boolean needsReview, java.time.Instant archivedAt) {

    public IndexedRecord(String id, String fileName, String batch, String text, Map<String, List<String>> fields,
                         List<String> reusedIn) {
        this(id, fileName, batch, text, fields, reusedIn, false, null);
    }

    public IndexedRecord {
        fields = fields == null ? Map.of() : fields;
        reusedIn = reusedIn == null ? List.of() : List.copyOf(reusedIn);
    }

    public IndexedRecord(String id, String fileName, String batch, String text, Map<String, List<String>> fields) {
        this(id, fileName, batch, text, fields, List.of());
    }
}
