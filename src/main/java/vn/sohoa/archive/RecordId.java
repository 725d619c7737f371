package vn.sohoa.archive;

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

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }
}
