package vn.sohoa.pipeline.archive;

/** No record with this id is archived (no {@code record.json}). */
public class RecordNotFoundException extends RuntimeException {

    private final String id;

    public RecordNotFoundException(String id) {
        super("No record with id '" + id + "'");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
