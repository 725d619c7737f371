package vn.sohoa.pipeline.archive;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.model.DossierCode;
import vn.sohoa.model.ReuseEntry;
import vn.sohoa.storage.ObjectStore;

/**
 * Reuse entries in the bucket, append-only: one object per (record, dossier) under the record
 * ({@link ArchiveLayout#reuse}), the source of truth, and a copy under the dossier
 * ({@link ArchiveLayout#dossierReuse}) so that a dossier's list needs no scan of every record.
 * An entry that exists is never rewritten, so reusing twice in a dossier keeps the first entry.
 */
@Component
public class ReuseLedger {

    private static final String JSON = "application/json";

    private final ObjectStore store;
    private final JsonMapper json;

    public ReuseLedger(ObjectStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    public Optional<ReuseEntry> find(String recordId, DossierCode dossier) {
        String key = ArchiveLayout.reuse(recordId, dossier.value());
        return store.stat(key).map(info -> read(key));
    }

    /**
     * Records the entry unless the record was reused in that dossier already; the dossier-side copy
     * is (re)written either way, which repairs one lost to a crash between the two writes.
     *
     * @return the entry now in the ledger: {@code entry}, or the earlier one
     */
    public ReuseEntry append(ReuseEntry entry) {
        DossierCode dossier = new DossierCode(entry.dossierCode());
        ReuseEntry kept = find(entry.recordId(), dossier).orElse(null);
        if (kept == null) {
            kept = entry;
            store.put(ArchiveLayout.reuse(entry.recordId(), dossier.value()), json.writeValueAsBytes(entry), JSON, Map.of());
        }
        String dossierKey = ArchiveLayout.dossierReuse(dossier.value(), entry.recordId());
        if (store.stat(dossierKey).isEmpty()) {
            store.put(dossierKey, json.writeValueAsBytes(kept), JSON, Map.of());
        }
        return kept;
    }

    /** Where the record was reused, oldest first. */
    public List<ReuseEntry> entriesOf(String recordId) {
        return list(ArchiveLayout.reusePrefix(recordId));
    }

    /** The results reused in the dossier, oldest first. */
    public List<ReuseEntry> entriesFor(DossierCode dossier) {
        return list(ArchiveLayout.dossierPrefix(dossier.value()));
    }

    private List<ReuseEntry> list(String prefix) {
        return store.list(prefix).map(info -> read(info.key()))
                .sorted(Comparator.comparing(ReuseEntry::at).thenComparing(ReuseEntry::dossierCode))
                .toList();
    }

    private ReuseEntry read(String key) {
        return json.readValue(store.read(key), ReuseEntry.class);
    }
}
