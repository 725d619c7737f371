package vn.sohoa.services.security;

import vn.sohoa.failure.Refusal;

/** A change to the users was refused: the message says why (unknown user, name taken, weak password …). */
public class UserAccountException extends Refusal {

    private final boolean notFound;

    private UserAccountException(String message, boolean notFound) {
        super(notFound ? Kind.NOT_FOUND : Kind.REFUSED, notFound ? "user-not-found" : "user-refused", message);
        this.notFound = notFound;
    }

    public static UserAccountException refused(String message) {
        return new UserAccountException(message, false);
    }

    public static UserAccountException unknown(String name) {
        return new UserAccountException("No user named '" + name + "'", true);
    }

    /** True when the user named does not exist (exit code 3), else the change was refused (exit code 4). */
    public boolean notFound() {
        return notFound;
    }
}
