package vn.sohoa.model;

/**
 * The key layout of the bucket, in one place. Everything else in Sohoa can be rebuilt from what
 * lives under these keys.
 *
 * <pre>
 * records/{id}/original          the scanned file as received
 * records/{id}/text.txt          UTF-8, NFC, pages separated by form feeds
 * records/{id}/searchable.pdf    signed PDF/A-2b: page images under invisible OCR text
 * records/{id}/record.json       written last: a record without it does not exist
 * records/{id}/reuse/{dossier}.json   one reuse of the record in a later dossier (who, when);
 *                                written once, never changed: the source of truth for reuse
 * records/{id}/corrections/{yyyyMMddTHHmmss.SSSZ}-{uuid}.json   one correction or confirmation of a field
 *                                by a person (who, when, old value and source, new value); written once,
 *                                never changed; applied over record.json whenever the record is read
 * dossiers/{dossier}/{id}.json   a copy of the same entry, listed by dossier
 * originals/{sha256}/original    a scan file that held several documents, kept once for all of them
 * originals/{sha256}/parts.json  the ids of those documents' records, written after all of them
 * quarantine/{sha256}/original   a file that could not be digitized
 * quarantine/{sha256}/reason.json
 * batches/{batch}/files/{key}.json   one outcome per file of a batch
 * batches/{batch}/status.json, report.json
 * audit/{yyyy}/{MM}/{dd}/{yyyyMMddTHHmmss.SSSZ}-{uuid}.json   one access to records (search, view, download,
 *                                reuse, upload): who, when, what, from where; UTC day; written once, never
 *                                rewritten; not derived from anything, so it survives any reindex
 * </pre>
 *
 * <p>Reuse entries sit beside the record rather than inside {@code record.json} so that
 * {@code record.json} stays as digitized (written once) and every reuse is its own append-only
 * object; a reindex reads them back, so {@code reusedIn} survives any rebuild of the index.
 */
public final class ArchiveLayout {

    public static final String RECORDS = "records/";

    private ArchiveLayout() {
    }

    public static String recordPrefix(String id) {
        return RECORDS + id + "/";
    }

    public static String original(String id) {
        return recordPrefix(id) + "original";
    }

    public static String text(String id) {
        return recordPrefix(id) + "text.txt";
    }

    public static String searchablePdf(String id) {
        return recordPrefix(id) + "searchable.pdf";
    }

    public static String recordJson(String id) {
        return recordPrefix(id) + "record.json";
    }

    public static String reusePrefix(String id) {
        return recordPrefix(id) + "reuse/";
    }

    public static String reuse(String id, String dossierCode) {
        return reusePrefix(id) + dossierCode + ".json";
    }

    public static String correctionPrefix(String id) {
        return recordPrefix(id) + "corrections/";
    }

    /** One correction: the UTC time first, so that listing the prefix lists them oldest first. */
    public static String correction(String id, java.time.Instant at, java.util.UUID unique) {
        return correctionPrefix(id) + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(at) + "-" + unique + ".json";
    }

    public static String dossierPrefix(String dossierCode) {
        return "dossiers/" + dossierCode + "/";
    }

    public static String dossierReuse(String dossierCode, String id) {
        return dossierPrefix(dossierCode) + id + ".json";
    }

    /** The original of a file split into several records, which all reference it. */
    public static String sharedOriginal(String sha256) {
        return "originals/" + sha256 + "/original";
    }

    /** The record ids a split file became, for duplicate checks and re-runs. */
    public static String parts(String sha256) {
        return "originals/" + sha256 + "/parts.json";
    }

    public static String quarantinePrefix(String sha256) {
        return "quarantine/" + sha256 + "/";
    }

    public static String batchPrefix(String batch) {
        return "batches/" + batch + "/";
    }

    public static final String AUDIT = "audit/";

    /** The folder of one UTC day of the audit trail. */
    public static String auditDay(java.time.LocalDate day) {
        return String.format("%s%04d/%02d/%02d/", AUDIT, day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }
}
