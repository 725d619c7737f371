package vn.sohoa.operations.digitize;

import vn.sohoa.failure.Refusal;

/**
 * A batch that is being digitized, queued, or whose name is taken already; the message names
 * who holds it (process, host, execution) where that is known.
 */
public class BatchBusyException extends Refusal {

    public BatchBusyException(String message) {
        super(Kind.CONFLICT, "batch-busy", message);
    }
}
