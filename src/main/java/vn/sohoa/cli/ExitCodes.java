package vn.sohoa.cli;

/** Exit codes of the command line; scripts depend on them (README, "Command-line contract"). */
final class ExitCodes {

    static final int OK = 0;
    static final int JOB_FAILED = 1;
    static final int USAGE = 2;
    static final int NOT_FOUND = 3;
    static final int REFUSED = 4;
    /** {@code verify}: an object does not match record.json, or the signature does not verify. */
    static final int INTEGRITY_FAILED = 5;

    private ExitCodes() {
    }
}
