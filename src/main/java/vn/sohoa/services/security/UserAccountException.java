package vn.sohoa.services.security;

import vn.sohoa.failure.Refusal;

/**
 * A change to the users was refused: the message says why (unknown user, name taken, weak
 * password …); {@link #messageKey()} says it in people's words ({@code refusal.user.REASON}).
 */
public class UserAccountException extends Refusal {

    private final boolean notFound;
    private final String reason;

    private UserAccountException(String reason, String message, boolean notFound, Object... arguments) {
        super(notFound ? Kind.NOT_FOUND : Kind.REFUSED, notFound ? "user-not-found" : "user-refused", message, null, arguments);
        this.notFound = notFound;
        this.reason = reason;
    }

    public static UserAccountException refused(String message) {
        return new UserAccountException("refused", message, false, message);
    }

    /** A refusal with its own reason ({@code password-too-short} …) and the values its message quotes. */
    static UserAccountException refused(String reason, String message, Object... arguments) {
        return new UserAccountException(reason, message, false, arguments);
    }

    public static UserAccountException unknown(String name) {
        return new UserAccountException("unknown", "No user named '" + name + "'", true, name);
    }

    /** True when the user named does not exist (exit code 3), else the change was refused (exit code 4). */
    public boolean notFound() {
        return notFound;
    }

    @Override
    public String messageKey() {
        return "refusal.user." + reason;
    }
}
