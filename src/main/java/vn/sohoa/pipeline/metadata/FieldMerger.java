package vn.sohoa.pipeline.metadata;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.sohoa.model.FieldConflict;
import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;

/**
 * Puts the values of the three sources together, the stronger winning: the manifest (typed by a
 * person holding the paper) over the QR code (printed by the procedure system) over the text.
 * Every disagreement of the winner with a weaker source is kept as a {@link FieldConflict}.
 * {@code ownerIds} from a QR code are completed with the ids the text names (a QR code holds one
 * owner; a certificate names the person and the household's tax code).
 */
@Component
public class FieldMerger {

    public record Merged(Map<RecordField, FieldValue> fields, List<FieldConflict> conflicts) {
    }

    public Merged merge(Map<RecordField, FieldValue> manifest, Map<RecordField, FieldValue> qr,
                        Map<RecordField, FieldValue> text) {
        Map<RecordField, FieldValue> fields = new EnumMap<>(RecordField.class);
        List<FieldConflict> conflicts = new ArrayList<>();
        for (RecordField field : RecordField.values()) {
            List<FieldValue> candidates = new ArrayList<>();
            for (Map<RecordField, FieldValue> source : List.of(manifest, qr, text)) {
                if (source.containsKey(field)) {
                    candidates.add(source.get(field));
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            FieldValue kept = candidates.get(0);
            if (field == RecordField.OWNER_IDS && !manifest.containsKey(field) && candidates.size() == 2) {
                kept = union(candidates.get(0), candidates.get(1));
            } else {
                for (FieldValue other : candidates.subList(1, candidates.size())) {
                    if (!same(kept.value(), other.value())) {
                        conflicts.add(new FieldConflict(field.jsonName(), kept.value(), kept.source(), other.value(), other.source()));
                    }
                }
            }
            fields.put(field, kept);
        }
        return new Merged(fields, conflicts);
    }

    private static FieldValue union(FieldValue strong, FieldValue weak) {
        Set<String> ids = new LinkedHashSet<>(strings(strong.value()));
        ids.addAll(strings(weak.value()));
        double confidence = ids.size() == strings(strong.value()).size() ? strong.confidence()
                : Math.min(strong.confidence(), weak.confidence());
        return FieldValue.ofList(List.copyOf(ids), strong.source(), confidence);
    }

    /** Equal as a person would read them: lists as sets, text without case, spacing or tone-mark placement. */
    static boolean same(Object a, Object b) {
        if (a instanceof List<?> || b instanceof List<?>) {
            return Set.copyOf(strings(a)).equals(Set.copyOf(strings(b)));
        }
        return VietnameseSpelling.canonical(String.valueOf(a)).equalsIgnoreCase(VietnameseSpelling.canonical(String.valueOf(b)));
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
