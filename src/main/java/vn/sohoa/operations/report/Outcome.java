package vn.sohoa.operations.report;

import com.fasterxml.jackson.annotation.JsonValue;

/** What became of one file of a batch, as batch reports name it: every file ends as exactly one. */
public enum Outcome {
    /** Archived as one record, or as several when it held several documents. */
    ARCHIVED("archived"),
    /** The same content is archived already; nothing was written. */
    DUPLICATE("duplicate"),
    /** It could not be digitized; its bytes and the reason are in quarantine. */
    QUARANTINED("quarantined");

    private final String key;

    Outcome(String key) {
        this.key = key;
    }

    /** The name in reports ({@code "outcome": "archived"}) and the key of its count. */
    @JsonValue
    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return key;
    }
}
