package vn.sohoa.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.sohoa.archive.DigitizedRecord;
import vn.sohoa.metadata.FieldValue;

/** Turns an archived record and its text into an index entry. */
@Component
public class RecordIndexer {

    private final SearchIndex index;

    public RecordIndexer(SearchIndex index) {
        this.index = index;
    }

    public void index(DigitizedRecord record, String text) {
        index.index(new IndexedRecord(record.id(), record.originalFileName(), record.batch(), text, fieldValues(record)));
    }

    public void commit() {
        index.commit();
    }

    private static Map<String, List<String>> fieldValues(DigitizedRecord record) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (record.fields() != null) {
            record.fields().forEach((name, field) -> values.put(name, asStrings(field)));
        }
        return values;
    }

    private static List<String> asStrings(FieldValue field) {
        if (field.value() instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(field.value()));
    }
}
