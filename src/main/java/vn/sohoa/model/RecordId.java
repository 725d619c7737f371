package vn.sohoa.model;

import java.util.regex.Pattern;

/**
 * Record identifiers, derived from the content hash so that digitizing the same bytes again
 * (a re-run, a restart, the same paper scanned into two batches) lands on the same record.
 */
public final class RecordId {

    /** 96 bits of SHA-256: collisions are out of reach for any archive, and the id stays typeable. */
    private static final int LENGTH = 24;
    private static final Pattern VALID = Pattern.compile("[0-9a-f]{" + LENGTH + "}");

    private RecordId() {
    }

    public static String fromSha256(String sha256) {
        return sha256.substring(0, LENGTH);
    }

    /**
     * The id of one document of a split file: derived from the file's hash and the page range, so
     * that a re-run of the same file finds the same records.
     */
    public static String forPart(String sha256, DocumentPart part) {
        return fromSha256(sha256Hex(sha256 + ":" + part.firstPage() + "-" + part.lastPage()));
    }

    private static String sha256Hex(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }
}
