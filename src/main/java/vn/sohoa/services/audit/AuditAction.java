package vn.sohoa.services.audit;

/** The kinds of access to citizens' records that the audit trail keeps. */
public enum AuditAction {
    /** A search: the query, the filters and the records listed. */
    SEARCH,
    /** A record's metadata opened (web page, API, {@code sohoa show}). */
    VIEW,
    /** An object of a record read: original scan, text or searchable PDF (downloaded or shown inline). */
    DOWNLOAD,
    /** A record reused in a later dossier. */
    REUSE,
    /** A batch of scans uploaded by records staff. */
    UPLOAD,
    /** The audit trail itself read: who looked at whose accesses. */
    AUDIT
}
