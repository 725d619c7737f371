package vn.sohoa.services.records;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.model.ReuseEntry;

/**
 * A record as clerks and scripts see it: {@code record.json} as digitized, plus where it was
 * reused since. Serialized flat: the fields of {@code record.json}, then {@code reuseCount} and
 * {@code reusedIn}.
 */
public record RecordView(@JsonUnwrapped DigitizedRecord record, int reuseCount, List<ReuseEntry> reusedIn) {

    public RecordView(DigitizedRecord record, List<ReuseEntry> reusedIn) {
        this(record, reusedIn.size(), List.copyOf(reusedIn));
    }
}
