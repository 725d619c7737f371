package vn.sohoa.operations.report;

import vn.sohoa.failure.Refusal;

/** No batch of this name is known (never digitized, or not waiting where it was asked for). */
public class BatchNotFoundException extends Refusal {

    public BatchNotFoundException(String message) {
        super(Kind.NOT_FOUND, "batch-not-found", message);
    }

    /** The usual message: nothing of this name was digitized. */
    public static BatchNotFoundException named(String name) {
        return new BatchNotFoundException("No batch named '" + name + "' has been digitized");
    }
}
