package vn.sohoa.model;

import vn.sohoa.failure.Refusal;

/** A batch name that {@link BatchName} does not allow; the message says what a name may contain. */
public class InvalidBatchNameException extends Refusal {

    public InvalidBatchNameException(String name) {
        super(Kind.REFUSED, "invalid-batch-name", "Batch name '" + name + "' is not valid: use letters, digits, '.', '_' and '-'"
                + " (at most 100, starting with a letter or digit)");
    }
}
