package vn.sohoa.operations.upload;

/**
 * An upload that cannot be accepted; nothing of it reaches the inbox. {@link #code()} picks the
 * message shown to records staff ({@code upload.refused.CODE} in messages.properties, with
 * {@link #arguments()}); the exception message says the same in English for logs and the API.
 */
public class UploadRefusedException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public UploadRefusedException(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = arguments;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
