package vn.sohoa.operations.upload;

import vn.sohoa.failure.Refusal;

/**
 * An upload that cannot be accepted; nothing of it reaches the inbox. {@link #messageCode()} picks
 * the message shown to records staff ({@code upload.refused.CODE} in messages.properties, with
 * {@link #arguments()}); the exception message says the same in English for logs and the API.
 */
public class UploadRefusedException extends Refusal {

    private static final java.util.Set<String> TOO_LARGE = java.util.Set.of("tooLarge", "tooManyFiles", "tooManyEntries");

    private final String messageCode;
    private final transient Object[] arguments;

    public UploadRefusedException(String messageCode, String message, Object... arguments) {
        super(TOO_LARGE.contains(messageCode) ? Kind.TOO_LARGE : Kind.REFUSED, "upload-" + messageCode, message);
        this.messageCode = messageCode;
        this.arguments = arguments;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
