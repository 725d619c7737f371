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
 * @param chain    the installation's audit chain ({@link AuditChain}); null in events written before the chain
 * @param seq      the event's place in its chain, from 1, without gaps; null before the chain
 * @param prev     SHA-256 of the stored bytes of the chain's event before it; empty for the first
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AuditEvent(String id, Instant at, String who, AuditAction action, String recordId, String detail,
                         List<String> results, String from, String channel, String chain, Long seq, String prev) {

    public AuditEvent {
        results = results == null ? List.of() : List.copyOf(results);
    }

    /** False for events written before the audit trail was chained. */
    public boolean chained() {
        return chain != null && seq != null && seq > 0;
    }

    /** True when the event concerns this record: accessed directly, or listed by a search. */
    public boolean concerns(String record) {
        return record.equals(recordId) || results.contains(record);
    }
}
