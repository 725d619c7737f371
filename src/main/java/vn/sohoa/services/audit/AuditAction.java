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
    AUDIT,
    /** A sign-in refused (wrong password, disabled account), and the lock it started: who was tried, from where. */
    SIGN_IN_FAILED,
    /** A signed-in session ended because its account was disabled or removed. */
    SESSION_ENDED,
    /** A batch report read (the list of a batch's files, with the records and reasons). */
    BATCH_REPORT,
    /** A batch digitized at once, on request ("Số hóa ngay"). */
    DIGITIZE,
    /** A field of a record corrected or confirmed by a person (the review queue, the API, {@code sohoa correct}). */
    CORRECT
}
