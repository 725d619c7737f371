package vn.sohoa.failure;

/**
 * A request Sohoa refuses for a reason the person who made it can act on: malformed input, no
 * such thing, not allowed now. Never a bug (a bug is any other exception) and never the fault of a
 * scanned file (that is {@link UnreadableDocumentException}, which quarantines the file).
 *
 * <p>Every face answers a refusal the same way, from one table, {@link Kind}: the REST API with the
 * kind's HTTP status and a problem detail whose type is {@link #code()}, the command line with the
 * kind's exit code and the message on one line.
 *
 * <p>The exception's message is English (logs, the command line, the API's {@code detail}). The web
 * page and the API's {@code message} say it in the person's language from the message bundles:
 * {@link #messageKey()} with {@link #messageArguments()}, falling back to the English message when
 * the bundle has no such key.
 */
public abstract class Refusal extends RuntimeException {

    /** The table: what each kind of refusal is to HTTP and to the command line. */
    public enum Kind {
        /** An argument of the request is malformed (a search filter, a date, a page number). */
        BAD_ARGUMENT(400, 2),
        /** No such record, object, batch or user. */
        NOT_FOUND(404, 3),
        /** Understood, but it cannot be done as asked (missing folder, invalid batch name or dossier code). */
        REFUSED(400, 4),
        /** It clashes with what is there or running (a batch being digitized, a job running, a name taken). */
        CONFLICT(409, 4),
        /** The caller may not do this. */
        FORBIDDEN(403, 4),
        /** Too much at once (an upload over its limits). */
        TOO_LARGE(413, 4),
        /** A store Sohoa needs is busy or down; the same request may work later. */
        UNAVAILABLE(503, 1);

        private final int httpStatus;
        private final int exitCode;

        Kind(int httpStatus, int exitCode) {
            this.httpStatus = httpStatus;
            this.exitCode = exitCode;
        }

        public int httpStatus() {
            return httpStatus;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final Kind kind;
    private final String code;
    private final transient Object[] arguments;

    /**
     * @param code a stable name of the refusal for programs ({@code record-not-found}); the API's
     *             problem type ends with it
     */
    protected Refusal(Kind kind, String code, String message) {
        this(kind, code, message, null);
    }

    protected Refusal(Kind kind, String code, String message, Throwable cause) {
        this(kind, code, message, cause, new Object[0]);
    }

    /** @param arguments the values the bundle's message for {@link #messageKey()} quotes ({0}, {1} …) */
    protected Refusal(Kind kind, String code, String message, Throwable cause, Object... arguments) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** The message bundle's key for people: {@code refusal.CODE} unless a refusal names its own. */
    public String messageKey() {
        return "refusal." + code;
    }

    public Object[] messageArguments() {
        return arguments.clone();
    }

    /** The first refusal in {@code failure}'s cause chain (frameworks wrap what services throw), or null. */
    public static Refusal in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Refusal refusal) {
                return refusal;
            }
        }
        return null;
    }
}
