package vn.sohoa.operations.digitize;

/**
 * A worker was about to run a partition execution that the manager has given up on and sent
 * again as a newer execution (the worker took its request and then stalled past the worker
 * timeout): running it too would digitize the same files twice at once, so the step stops before
 * reading any. The newer execution does the work.
 */
public class PartitionSupersededException extends RuntimeException {

    public PartitionSupersededException(String message) {
        super(message);
    }
}
