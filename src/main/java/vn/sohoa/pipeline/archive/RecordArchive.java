package vn.sohoa.pipeline.archive;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.SohoaProperties;
import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.model.DocumentPart;
import vn.sohoa.model.FieldCorrection;
import vn.sohoa.model.FieldValue;
import vn.sohoa.model.ObjectName;
import vn.sohoa.model.PageSummary;
import vn.sohoa.model.RecordId;
import vn.sohoa.model.SearchablePdfNote;
import vn.sohoa.model.StoredObject;
import vn.sohoa.pipeline.intake.ContentHasher;
import vn.sohoa.pipeline.intake.ScanFile;
import vn.sohoa.pipeline.metadata.ExtractedMetadata;
import vn.sohoa.pipeline.metadata.ReviewCheck;
import vn.sohoa.pipeline.pdf.ArchivalPdf;
import vn.sohoa.pipeline.text.DocumentText;
import vn.sohoa.pipeline.text.PageText;
import vn.sohoa.storage.ObjectNotFoundException;
import vn.sohoa.storage.ObjectStore;
import vn.sohoa.storage.ObjectUploads;

/**
 * Writes and reads records in the object store. A record's objects are written first and its
 * {@code record.json} last, so a reader (or a restarted job) sees a record either complete or not
 * at all; writing the same record again replaces identical bytes, so re-runs are harmless.
 */
@Component
public class RecordArchive {

    private static final String JSON = "application/json";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String PDF = "application/pdf";

    private final ObjectStore store;
    private final JsonMapper json;
    private final ContentHasher hasher;
    private final SohoaProperties properties;
    private final Clock clock;
    private final ObjectUploads uploads;
    private final CorrectionLedger corrections;
    private final ReviewCheck review;

    public RecordArchive(ObjectStore store, JsonMapper json, ContentHasher hasher, SohoaProperties properties,
                         ObjectUploads uploads, CorrectionLedger corrections, ReviewCheck review) {
        this.uploads = uploads;
        this.corrections = corrections;
        this.review = review;
        this.store = store;
        this.json = json;
        this.hasher = hasher;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    /**
     * The record as it is now: {@code record.json} with the corrections people made applied (each
     * corrected field's value is the last correction's, source {@code manual}, confidence 1.0), and
     * what is left to check worked out again by {@link ReviewCheck}, so that every reader (record
     * page, review queue, index, reindex) sees the same record and the same "needs review".
     */
    public Optional<DigitizedRecord> find(String id) {
        return findAsDigitized(id).map(this::corrected);
    }

    /** {@code record.json} as digitized, without corrections. */
    public Optional<DigitizedRecord> findAsDigitized(String id) {
        String key = ArchiveLayout.recordJson(id);
        return store.stat(key).map(info -> json.readValue(store.read(key), DigitizedRecord.class));
    }

    private DigitizedRecord corrected(DigitizedRecord record) {
        List<FieldCorrection> history = corrections.entriesOf(record.id());
        Map<String, FieldValue> fields = new LinkedHashMap<>(record.fields() == null ? Map.of() : record.fields());
        for (FieldCorrection correction : history) {
            fields.put(correction.field(), new FieldValue(correction.newValue(), FieldCorrection.MANUAL, 1.0));
        }
        return record.corrected(fields, review.checkRecord(fields, record.conflicts(), record.review()), history);
    }

    /**
     * Opens one object of a record already read ({@link DigitizedRecord#object}) for streaming; the
     * caller closes it.
     *
     * @throws ObjectNotFoundException when the object is listed but not stored
     */
    public InputStream open(StoredObject object) {
        return store.open(object.key());
    }

    /** The record's text ({@code text.txt}). */
    public String text(String id) {
        return new String(store.read(ArchiveLayout.text(id)), StandardCharsets.UTF_8);
    }

    /** Archives a whole file as one record, its id derived from the content, without a searchable PDF. */
    public DigitizedRecord archive(ScanFile file, DocumentText text, ExtractedMetadata metadata) {
        return archive(file, text, metadata, null);
    }

    /**
     * Archives a whole file as one record with its searchable PDF ({@code searchablePdf}, written
     * before record.json like every object).
     *
     * @param pdf the searchable PDF; null for none
     */
    public DigitizedRecord archive(ScanFile file, DocumentText text, ExtractedMetadata metadata, ArchivalPdf pdf) {
        String id = RecordId.fromSha256(file.sha256());
        CompletableFuture<StoredObject> original = uploads.start(() -> storeOriginal(ArchiveLayout.original(id), file));
        return writeRecord(id, file, original, text, metadata, null, pdf);
    }

    /**
     * Archives one document of a file that held several. The original is stored once, under
     * {@code originals/}, and referenced by every part's record; the record id comes from the
     * file's hash and the page range, so a re-run writes the same records again.
     *
     * @param pdf the searchable PDF of the part's pages only; null for none
     */
    public DigitizedRecord archivePart(ScanFile file, DocumentPart part, DocumentText text, ExtractedMetadata metadata,
                                       ArchivalPdf pdf) {
        String id = RecordId.forPart(file.sha256(), part);
        String originalKey = ArchiveLayout.sharedOriginal(file.sha256());
        CompletableFuture<StoredObject> original = store.stat(originalKey).isPresent()
                ? CompletableFuture.completedFuture(new StoredObject(originalKey, file.sha256(), file.size(), file.mediaType()))
                : uploads.start(() -> storeOriginal(originalKey, file));
        return writeRecord(id, file, original, text, metadata, part, pdf);
    }

    /** Notes which records a split file became; written after all of them, so its presence means all exist. */
    public void recordParts(ScanFile file, List<String> recordIds) {
        store.put(ArchiveLayout.parts(file.sha256()), json.writeValueAsBytes(recordIds), JSON, Map.of());
    }

    /** The records a split file became, when it was archived before. */
    public Optional<List<String>> parts(String sha256) {
        String key = ArchiveLayout.parts(sha256);
        return store.stat(key).map(info -> List.of(json.readValue(store.read(key), String[].class)));
    }

    /** Puts the record's objects (at once), then record.json, only when every one of them is stored. */
    private DigitizedRecord writeRecord(String id, ScanFile file, CompletableFuture<StoredObject> original, DocumentText text,
                                        ExtractedMetadata metadata, DocumentPart part, ArchivalPdf pdf) {
        CompletableFuture<StoredObject> textPut = uploads.start(() -> storeText(id, text.joined()));
        CompletableFuture<StoredObject> pdfPut = pdf == null ? null
                : uploads.start(() -> storeBytes(ArchiveLayout.searchablePdf(id), pdf.bytes(), PDF));
        Map<String, StoredObject> objects = new LinkedHashMap<>();
        try {
            objects.put(ObjectName.ORIGINAL.key(), ObjectUploads.await(original));
            objects.put(ObjectName.TEXT.key(), ObjectUploads.await(textPut));
            if (pdfPut != null) {
                objects.put(ObjectName.SEARCHABLE_PDF.key(), ObjectUploads.await(pdfPut));
            }
        } finally {
            // Never leave a put running past a failure: a restart writes the same keys again.
            CompletableFuture.allOf(java.util.stream.Stream.of(original, textPut, pdfPut).filter(f -> f != null)
                    .toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        }
        SearchablePdfNote pdfNote = pdf == null ? null : new SearchablePdfNote(pdf.conformance(), pdf.note(), pdf.signedBy(), pdf.signedAt());
        DigitizedRecord record = new DigitizedRecord(DigitizedRecord.SCHEMA_VERSION, id, file.sha256(), file.fileName(),
                file.batch(), file.relativePath(), file.mediaType(), file.size(), text.pages().size(), summaries(text),
                properties.orgName(), clock.instant(), objects, metadata.fields(), metadata.conflicts(), metadata.review(),
                metadata.technical(), part, pdfNote, null);
        store.put(ArchiveLayout.recordJson(id), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(record), JSON,
                Map.of("record-id", id));
        return record;
    }

    private StoredObject storeOriginal(String key, ScanFile file) {
        store.putFile(key, file.path(), file.mediaType(), Map.of("sha256", file.sha256()));
        return new StoredObject(key, file.sha256(), file.size(), file.mediaType());
    }

    private StoredObject storeBytes(String key, byte[] bytes, String contentType) {
        String sha256 = hasher.sha256(bytes);
        store.put(key, bytes, contentType, Map.of("sha256", sha256));
        return new StoredObject(key, sha256, bytes.length, contentType);
    }

    private StoredObject storeText(String id, String text) {
        String key = ArchiveLayout.text(id);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha256 = hasher.sha256(bytes);
        store.put(key, bytes, TEXT, Map.of("sha256", sha256));
        return new StoredObject(key, sha256, bytes.length, TEXT);
    }

    private static List<PageSummary> summaries(DocumentText text) {
        return text.pages().stream().map(RecordArchive::summary).toList();
    }

    private static PageSummary summary(PageText page) {
        Double confidence = page.confidence() == null ? null : Math.round(page.confidence() * 10) / 10.0;
        return new PageSummary(page.number(), page.source(), confidence, page.text().strip().length(), page.dpi(),
                page.processing());
    }
}
