package vn.sohoa.archive;

/**
 * The key layout of the bucket, in one place. Everything else in Sohoa can be rebuilt from what
 * lives under these keys.
 *
 * <pre>
 * records/{id}/original          the scanned file as received
 * records/{id}/text.txt          UTF-8, NFC, pages separated by form feeds
 * records/{id}/searchable.pdf    signed PDF/A-2b: page images under invisible OCR text
 * records/{id}/record.json       written last: a record without it does not exist
 * quarantine/{sha256}/original   a file that could not be digitized
 * quarantine/{sha256}/reason.json
 * batches/{batch}/files/{key}.json   one outcome per file of a batch
 * batches/{batch}/status.json, report.json
 * </pre>
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

    public static String quarantinePrefix(String sha256) {
        return "quarantine/" + sha256 + "/";
    }

    public static String batchPrefix(String batch) {
        return "batches/" + batch + "/";
    }
}
