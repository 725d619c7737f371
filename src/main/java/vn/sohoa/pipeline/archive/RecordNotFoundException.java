package vn.sohoa.pipeline.archive;

import vn.sohoa.failure.Refusal;

/** No record with this id is archived (no {@code record.json}). */
public class RecordNotFoundException extends Refusal {

    private final String id;

    public RecordNotFoundException(String id) {
        super(Kind.NOT_FOUND, "record-not-found", "No record with id '" + id + "'");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
