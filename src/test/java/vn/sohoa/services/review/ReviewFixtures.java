package vn.sohoa.services.review;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.model.FieldConflict;
import vn.sohoa.model.FieldValue;
import vn.sohoa.model.StoredObject;
import vn.sohoa.pipeline.index.RecordIndexer;
import vn.sohoa.storage.ObjectStore;

/**
 * Records written straight into the real bucket as the archive writes them (text, then
 * record.json) and indexed, with fields and confidences chosen by the test: the review queue is
 * tested on known uncertain fields without OCR deciding what is uncertain.
 */
public final class ReviewFixtures {

    private static final java.nio.file.Path PAGE_IMAGE = vn.sohoa.SampleScans.DIR.resolve("thong-bao.png");

    private final ObjectStore store;
    private final JsonMapper json;
    private final RecordIndexer indexer;

    public ReviewFixtures(ObjectStore store, JsonMapper json, RecordIndexer indexer) {
        this.store = store;
        this.json = json;
        this.indexer = indexer;
    }

    /** A record id of 24 hex digits made from {@code n} and {@code salt}: unique per test run. */
    public static String id(String salt, int n) {
        String hex = Integer.toHexString(Math.abs((salt + n).hashCode())) + String.format("%08x", n) + Long.toHexString(System.nanoTime());
        return (hex + "000000000000000000000000").substring(0, 24);
    }

    /** A QUYẾT ĐỊNH whose owner ID was read at {@code ownerConfidence}, archived at {@code archivedAt}. */
    public DigitizedRecord decision(String id, String batch, String ownerId, double ownerConfidence, Instant archivedAt,
                                    List<FieldConflict> conflicts) {
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        fields.put("typeName", FieldValue.of("QUYẾT ĐỊNH", "manifest", 1.0));
        fields.put("documentNumber", FieldValue.of("12/QĐ-UBND", "manifest", 1.0));
        fields.put("issuedDate", FieldValue.of("2024-03-05", "ocr", 0.95));
        fields.put("organName", FieldValue.of("ỦY BAN NHÂN DÂN HUYỆN THOẠI SƠN", "manifest", 1.0));
        fields.put("subject", FieldValue.of("Về việc cấp phép", "ocr", 0.9));
        if (ownerId != null) {
            fields.put("ownerIds", FieldValue.ofList(List.of(ownerId), "ocr", ownerConfidence));
        }
        return put(id, batch, fields, conflicts, archivedAt);
    }

    public DigitizedRecord put(String id, String batch, Map<String, FieldValue> fields, List<FieldConflict> conflicts, Instant archivedAt) {
        byte[] text = ("QUYẾT ĐỊNH số 12/QĐ-UBND về việc cấp phép " + id).getBytes(StandardCharsets.UTF_8);
        store.put(ArchiveLayout.text(id), text, "text/plain; charset=utf-8", Map.of());
        // A real page image, so that the review screen shows a scan beside the fields.
        store.putFile(ArchiveLayout.original(id), PAGE_IMAGE, "image/png", Map.of());
        long imageSize;
        try {
            imageSize = java.nio.file.Files.size(PAGE_IMAGE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        DigitizedRecord record = new DigitizedRecord(DigitizedRecord.SCHEMA_VERSION, id, id + "0".repeat(40), id + ".png", batch,
                id + ".png", "image/png", imageSize, 1, List.of(), "UBND", archivedAt,
                Map.of("text", new StoredObject(ArchiveLayout.text(id), "x", text.length, "text/plain"),
                        "original", new StoredObject(ArchiveLayout.original(id), "x", imageSize, "image/png")), fields, conflicts, List.of(),
                Map.of(), null, null, null);
        store.put(ArchiveLayout.recordJson(id), json.writeValueAsBytes(record), "application/json", Map.of());
        indexer.reindex(id);
        indexer.commit();
        return record;
    }
}
