package vn.sohoa.services.audit;

import vn.sohoa.failure.Refusal;

/** A question to the audit trail that cannot be asked as it is (a period that ends before it starts, a bad date). */
public class InvalidAuditQueryException extends Refusal {

    public InvalidAuditQueryException(String message) {
        super(Kind.BAD_ARGUMENT, "invalid-audit-query", message);
    }

    /** A period too long to read at once. */
    InvalidAuditQueryException(String message, java.time.LocalDate from, java.time.LocalDate to, int maxDays) {
        super(Kind.BAD_ARGUMENT, "audit-period-too-long", message, null, from, to, maxDays);
    }
}
