package vn.sohoa.operations.digitize;

import vn.sohoa.failure.Refusal;

/** A batch folder that cannot be taken as asked: missing, unreadable, empty, or linking outside itself. */
public class BatchFolderException extends Refusal {

    public BatchFolderException(String message) {
        super(Kind.REFUSED, "batch-folder", message);
    }
}
