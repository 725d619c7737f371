package vn.sohoa.model;

/**
 * The objects a record is archived as: the keys of {@code objects} in {@code record.json}, which
 * stay as they are for every record ever written.
 */
public enum ObjectName {
    /** The file as scanned, byte for byte. */
    ORIGINAL("original", "original"),
    /** UTF-8, NFC, pages separated by form feeds. */
    TEXT("text", "text"),
    /** The signed PDF/A-2b: page images under an invisible text layer. */
    SEARCHABLE_PDF("searchablePdf", "pdf");

    private final String key;
    private final String urlName;

    ObjectName(String key, String urlName) {
        this.key = key;
        this.urlName = urlName;
    }

    /** The name in {@code record.json}'s {@code objects}. */
    public String key() {
        return key;
    }

    /** The name in download URLs ({@code /api/records/ID/pdf}). */
    public String urlName() {
        return urlName;
    }

    @Override
    public String toString() {
        return key;
    }
}
