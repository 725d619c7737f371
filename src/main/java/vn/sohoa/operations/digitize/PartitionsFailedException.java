package vn.sohoa.operations.digitize;

/**
 * The partitions of a batch ran, and some did not complete: their names, the host that last ran
 * each and why, in place of Spring Batch's "Partition handler returned an unsuccessful step",
 * which says neither where to look nor what to look for. Running the batch again resumes them.
 */
public class PartitionsFailedException extends RuntimeException {

    public PartitionsFailedException(String message) {
        super(message);
    }
}
