package vn.sohoa.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The content of {@code record.json}: what the archive knows of one digitized result. Metadata
 * fields nobody has extracted are absent from {@link #fields()}, never invented.
 *
 * @param sourcePath path of the file inside its batch when it was first archived
 * @param objects    {@code original}, {@code text}, ... with their hashes
 * @param fields     record fields of domain.md by JSON name
 * @param conflicts  where the manifest or QR code and the document disagree (kept value wins)
 * @param review     what a person must check; empty when nothing
 * @param technical  what the file itself says (producer, dates, resolution), from Tika
 * @param part       the pages of the original this record is, when the file held several
 *                   documents; null when the record is the whole file
 * @param searchablePdf what the {@code searchablePdf} object is (PDF/A, signature); null for records
 *                   archived before searchable PDFs existed
 * @param corrections what people corrected or confirmed since, oldest first: never in the stored
 *                   record.json (each correction is its own object), filled in when the record is
 *                   read, with {@link #fields()} and {@link #review()} as corrected; null when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DigitizedRecord(
        int schemaVersion,
        String id,
        String sha256,
        String originalFileName,
        String batch,
        String sourcePath,
        String mediaType,
        long size,
        int pageCount,
        List<PageSummary> pages,
        String digitizedBy,
        Instant archivedAt,
        Map<String, StoredObject> objects,
        Map<String, FieldValue> fields,
        List<FieldConflict> conflicts,
        List<ReviewNote> review,
        Map<String, Object> technical,
        DocumentPart part,

        SearchablePdfNote searchablePdf,
        List<FieldCorrection> corrections) {

    public static final int SCHEMA_VERSION = 1;

    /** A record without a searchable PDF note (as archived before searchable PDFs existed). */
    public DigitizedRecord(int schemaVersion, String id, String sha256, String originalFileName, String batch,
                           String sourcePath, String mediaType, long size, int pageCount, List<PageSummary> pages,
                           String digitizedBy, Instant archivedAt, Map<String, StoredObject> objects,
                           Map<String, FieldValue> fields) {
        this(schemaVersion, id, sha256, originalFileName, batch, sourcePath, mediaType, size, pageCount, pages, digitizedBy,
                archivedAt, objects, fields, List.of(), List.of(), Map.of(), null, null, null);
    }

    /** The record as people corrected it: its fields, what is left to check, and the corrections. */
    public DigitizedRecord corrected(Map<String, FieldValue> correctedFields, List<ReviewNote> stillToCheck,
                                     List<FieldCorrection> history) {
        return new DigitizedRecord(schemaVersion, id, sha256, originalFileName, batch, sourcePath, mediaType, size, pageCount,
                pages, digitizedBy, archivedAt, objects, correctedFields, conflicts, stillToCheck, technical, part, searchablePdf,
                history == null || history.isEmpty() ? null : List.copyOf(history));
    }

    /** True when a person must still check something ({@link #review()} is not empty). */
    public boolean needsReview() {
        return review != null && !review.isEmpty();
    }

    /** The named object, when the record lists it. */
    public Optional<StoredObject> object(ObjectName name) {
        return objects == null ? Optional.empty() : Optional.ofNullable(objects.get(name.key()));
    }

    /** Pages whose text came from OCR. */
    public int ocrPageCount() {
        return (int) pages.stream().filter(p -> p.confidence() != null).count();
    }

    /** Mean OCR confidence over OCR pages, or null when no page was OCRed. */
    public Double meanOcrConfidence() {
        return pages.stream().filter(p -> p.confidence() != null).mapToDouble(PageSummary::confidence)
                .average().stream().boxed().findFirst().orElse(null);
    }
}
