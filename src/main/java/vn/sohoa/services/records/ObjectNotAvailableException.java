package vn.sohoa.services.records;

/** A record exists but has no object of the kind asked for (a searchable PDF not produced yet). */
public class ObjectNotAvailableException extends RuntimeException {

    private final String recordId;

    public ObjectNotAvailableException(String recordId, String message) {
        super(message);
        this.recordId = recordId;
    }

    public String recordId() {
        return recordId;
    }
}
