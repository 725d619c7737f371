package vn.sohoa.pipeline.index;

import java.util.List;
import java.util.Map;

/**
 * What the index keeps of a record.
 *
 * @param fields   metadata values by field name (a list for multi-valued fields such as ownerIds)
 * @param reusedIn dossier codes the record was reused in
 */
public record IndexedRecord(String id, String fileName, String batch, String text, Map<String, List<String>> fields,
                            List<String> reusedIn) {

    public IndexedRecord {
        fields = fields == null ? Map.of() : fields;
        reusedIn = reusedIn == null ? List.of() : List.copyOf(reusedIn);
    }

    public IndexedRecord(String id, String fileName, String batch, String text, Map<String, List<String>> fields) {
        this(id, fileName, batch, text, fields, List.of());
    }
}
