package vn.sohoa.failure;

/**
 * A file that cannot be digitized as it is. Classified as skippable: the file is quarantined with
 * its reason and the batch goes on. Carries the file and, where known, the page.
 */
public class UnreadableDocumentException extends RuntimeException {

    private final QuarantineReason reason;
    private final String file;
    private final int page;

    public UnreadableDocumentException(QuarantineReason reason, String file, int page, String detail, Throwable cause) {
        super(file + (page > 0 ? " page " + page : "") + ": " + detail, cause);
        this.reason = reason;
        this.file = file;
        this.page = page;
    }

    public UnreadableDocumentException(QuarantineReason reason, String file, String detail) {
        this(reason, file, 0, detail, null);
    }

    public QuarantineReason reason() {
        return reason;
    }

    public String file() {
        return file;
    }

    /** 1-based page number, or 0 when the whole file is concerned. */
    public int page() {
        return page;
    }
}
