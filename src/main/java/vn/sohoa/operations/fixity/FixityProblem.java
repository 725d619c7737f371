package vn.sohoa.operations.fixity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One finding of a fixity check.
 *
 * @param kind {@code missing} (record.json names an object that is not there), {@code changed}
 *             (its SHA-256 differs), {@code unexpected} (an object no record.json names),
 *             {@code unreadable} (record.json itself cannot be parsed), or a break of the audit trail's
 *             chain: {@code audit-missing}, {@code audit-changed}, {@code audit-forked}, {@code audit-unreadable}
 *             ({@link vn.sohoa.services.audit.AuditChainReport.Problem}; no record id)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FixityProblem(String recordId, String key, String kind, String expectedSha256, String actualSha256) {

    public static final String MISSING = "missing";
    public static final String CHANGED = "changed";
    public static final String UNEXPECTED = "unexpected";
    public static final String UNREADABLE = "unreadable";
}
