package vn.sohoa.faces.cli;

import vn.sohoa.failure.Refusal;

/**
 * Exit codes of the command line; scripts depend on them (README, "Command-line contract"). The
 * codes of refusals come from {@link Refusal.Kind}, the one table the API answers from too.
 */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int JOB_FAILED = 1;
    public static final int USAGE = Refusal.Kind.BAD_ARGUMENT.exitCode();
    public static final int NOT_FOUND = Refusal.Kind.NOT_FOUND.exitCode();
    public static final int REFUSED = Refusal.Kind.REFUSED.exitCode();
    /** {@code verify}: an object does not match record.json, or the signature does not verify. */
    public static final int INTEGRITY_FAILED = 5;

    private ExitCodes() {
    }
}
