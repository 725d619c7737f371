package vn.sohoa.services.security;

/**
 * What a person may do. A user holds one or more roles; {@code ADMIN} may do everything.
 * Spring Security sees them as authorities {@code ROLE_RECORDS_STAFF}, {@code ROLE_CLERK}, {@code ROLE_ADMIN}.
 */
public enum Role {
    /** Loads scan batches (upload, submit) and reads batch reports. Sees no record content. */
    RECORDS_STAFF,
    /** Searches, views, downloads and reuses records: the personal data of citizens. */
    CLERK,
    /** Jobs, schedules, fixity, users, the audit trail, and everything the other roles do. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
