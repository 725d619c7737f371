package vn.sohoa.services.records;

import vn.sohoa.failure.Refusal;

/** A record exists but has no object of the kind asked for (a searchable PDF not produced yet). */
public class ObjectNotAvailableException extends Refusal {

    private final String recordId;

    public ObjectNotAvailableException(String recordId, String message) {
        super(Kind.NOT_FOUND, "not-available-yet", message);
        this.recordId = recordId;
    }

    public String recordId() {
        return recordId;
    }
}
