package vn.sohoa.operations.digitize;

import vn.sohoa.failure.Refusal;

/** A batch asked to be split for the workers where it cannot be: no shared PostgreSQL job repository, or a bad count. */
public class PartitionsUnavailableException extends Refusal {

    public PartitionsUnavailableException(String message) {
        super(Kind.REFUSED, "partitions-unavailable", message);
    }
}
