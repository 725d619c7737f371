package vn.sohoa.operations.upload;

import vn.sohoa.failure.Refusal;

/**
 * An upload that cannot be accepted; nothing of it reaches the inbox. {@link #messageCode()} picks
 * the message shown to records staff ({@code upload.refused.CODE} in messages.properties, with
 * {@link #messageArguments()}); the exception message says the same in English for logs and the API.
 */
public class UploadRefusedException extends Refusal {

    private static final java.util.Set<String> TOO_LARGE = java.util.Set.of("tooLarge", "tooManyFiles", "tooManyEntries");

    private final String messageCode;

    public UploadRefusedException(String messageCode, String message, Object... arguments) {
        super(TOO_LARGE.contains(messageCode) ? Kind.TOO_LARGE : Kind.REFUSED, "upload-" + messageCode, message, null, arguments);
        this.messageCode = messageCode;
    }

    public String messageCode() {
        return messageCode;
    }

    @Override
    public String messageKey() {
        return "upload.refused." + messageCode;
    }
}
