package vn.sohoa.failure;

/**
 * Why a file could not be digitized, as a stable code. The person-readable text is in the message
 * bundle ({@code messages*.properties}, key {@code quarantine.CODE}), Vietnamese by default.
 */
public enum QuarantineReason {
    EMPTY_FILE,
    UNSUPPORTED_TYPE,
    ENCRYPTED,
    DAMAGED,
    IMAGE_TOO_LARGE,
    TOO_MANY_PAGES,
    NO_PAGES,
    OCR_FAILED,
    OCR_TIMEOUT;

    public String messageKey() {
        return "quarantine." + name();
    }
}
