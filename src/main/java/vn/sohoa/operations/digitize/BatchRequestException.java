package vn.sohoa.operations.digitize;

/** A digitize request that cannot start as asked: bad folder or name, or the batch is busy. */
public class BatchRequestException extends RuntimeException {

    public BatchRequestException(String message) {
        super(message);
    }
}
