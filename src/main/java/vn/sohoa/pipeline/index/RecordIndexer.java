package vn.sohoa.pipeline.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.model.FieldValue;
import vn.sohoa.model.ReuseEntry;
import vn.sohoa.pipeline.archive.RecordArchive;
import vn.sohoa.pipeline.archive.RecordNotFoundException;
import vn.sohoa.pipeline.archive.ReuseLedger;

/**
 * Turns an archived record, its text and its reuse entries into an index entry. Everything comes
 * from the bucket, so indexing a record again (after a reuse, or in a rebuild) gives the same entry.
 */
@Component
public class RecordIndexer {

    private final SearchIndex index;
    private final RecordArchive archive;
    private final ReuseLedger reuse;

    public RecordIndexer(SearchIndex index, RecordArchive archive, ReuseLedger reuse) {
        this.index = index;
        this.archive = archive;
        this.reuse = reuse;
    }

    public void index(DigitizedRecord record, String text) {
        index(record, text, reuse.entriesOf(record.id()).stream().map(ReuseEntry::dossierCode).toList());
    }

    /**
     * Indexes a record archived a moment ago by this run: nobody can have reused it yet, so the
     * reuse ledger is not asked (one listing of the bucket less per record).
     */
    public void indexNew(DigitizedRecord record, String text) {
        index(record, text, List.of());
    }

    private void index(DigitizedRecord record, String text, List<String> reusedIn) {
        index.index(new IndexedRecord(record.id(), record.originalFileName(), record.batch(), text, fieldValues(record), reusedIn,
                record.needsReview(), record.archivedAt()));
    }

    /** Indexes the archived record again from the bucket. */
    public void reindex(String id) {
        DigitizedRecord record = archive.find(id).orElseThrow(() -> new RecordNotFoundException(id));
        index(record, archive.text(id));
    }

    public void commit() {
        index.commit();
    }

    static Map<String, List<String>> fieldValues(DigitizedRecord record) {
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
        return field.value() == null ? List.of() : List.of(String.valueOf(field.value()));
    }
}
