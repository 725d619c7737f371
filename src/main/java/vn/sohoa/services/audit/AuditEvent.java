package vn.sohoa.services.audit;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One access, as stored in {@code audit/{yyyy}/{MM}/{dd}/{time}-{id}.json}: written once, never changed.
 *
 * @param recordId the record accessed (view, download, reuse); null for a search or an upload
 * @param detail   what exactly: the query and filters, the object read, the dossier, the batch
 * @param results  for a search, the records it listed (a search result shows names and ID numbers too)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AuditEvent(String id, Instant at, String who, AuditAction action, String recordId, String detail,
                         List<String> results, String from, String channel) {

    public AuditEvent {
        results = results == null ? List.of() : List.copyOf(results);
    }

    /** True when the event concerns this record: accessed directly, or listed by a search. */
    public boolean concerns(String record) {
        return record.equals(recordId) || results.contains(record);
    }
}
