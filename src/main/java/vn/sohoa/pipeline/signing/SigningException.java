package vn.sohoa.pipeline.signing;

/** The unit's signing key cannot be loaded or created, or a signature cannot be made: fatal, with the fix. */
public class SigningException extends RuntimeException {

    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
