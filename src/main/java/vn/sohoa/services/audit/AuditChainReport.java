package vn.sohoa.services.audit;

import java.util.List;

/**
 * What a check of the audit trail's chains found.
 *
 * @param events    events read
 * @param unchained events written before the trail was chained: readable, but not checked
 * @param chains    chains found (one per installation writing to the bucket)
 * @param problems  every break, in the order found
 */
public record AuditChainReport(long events, long unchained, int chains, List<Problem> problems) {

    public static final String MISSING = "audit-missing";
    public static final String CHANGED = "audit-changed";
    public static final String FORKED = "audit-forked";
    public static final String UNREADABLE = "audit-unreadable";

    /**
     * One break of a chain.
     *
     * @param kind     {@code audit-missing} (events of the chain are gone: a gap in the numbers, or fewer
     *                 than the installation's head counts), {@code audit-changed} (the event at {@code key}
     *                 no longer hashes to what the next event, or the head, says), {@code audit-forked} (two
     *                 events claim one place), {@code audit-unreadable} (not an event)
     * @param key      the object concerned, or for missing events the chain and their numbers
     * @param expected the hash the chain expects, for a changed event
     * @param actual   the hash of what is stored
     */
    public record Problem(String kind, String chain, String key, String expected, String actual) {
    }
}
