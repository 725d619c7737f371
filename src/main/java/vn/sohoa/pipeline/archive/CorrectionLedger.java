package vn.sohoa.pipeline.archive;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.model.FieldCorrection;
import vn.sohoa.storage.ObjectStore;

/**
 * Corrections in the bucket, append-only: one object per correction under its record
 * ({@link ArchiveLayout#correction}), never rewritten. They are the source of truth of what people
 * changed; {@code record.json} stays as digitized, and the index is rebuilt from both.
 */
@Component
public class CorrectionLedger {

    private static final String JSON = "application/json";

    private final ObjectStore store;
    private final JsonMapper json;

    public CorrectionLedger(ObjectStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    public void append(FieldCorrection correction) {
        store.put(ArchiveLayout.correction(correction.recordId(), correction.at(), UUID.randomUUID()),
                json.writeValueAsBytes(correction), JSON, Map.of());
    }

    /** The record's corrections, oldest first (ties by key, which starts with the time). */
    public List<FieldCorrection> entriesOf(String recordId) {
        return store.list(ArchiveLayout.correctionPrefix(recordId))
                .sorted(Comparator.comparing(info -> info.key()))
                .map(info -> json.readValue(store.read(info.key()), FieldCorrection.class))
                .sorted(Comparator.comparing(FieldCorrection::at))
                .toList();
    }
}
