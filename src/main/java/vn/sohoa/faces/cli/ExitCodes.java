package vn.sohoa.faces.cli;

/** Exit codes of the command line; scripts depend on them (README, "Command-line contract"). */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int JOB_FAILED = 1;
    public static final int USAGE = 2;
    public static final int NOT_FOUND = 3;
    public static final int REFUSED = 4;
    /** {@code verify}: an object does not match record.json, or the signature does not verify. */
    public static final int INTEGRITY_FAILED = 5;

    private ExitCodes() {
    }
}
