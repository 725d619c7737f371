package vn.sohoa.services.audit;

import java.time.LocalDate;

/**
 * What an admin asks of the audit trail; every part optional, parts AND-ed. The period is
 * bounded ({@link #bounded}): without days, the last {@value #DEFAULT_DAYS} days; at most
 * {@value #MAX_DAYS} days at once, since each day is a listing of the bucket.
 *
 * @param user   only this user's accesses
 * @param record only accesses to this record (including searches that listed it)
 * @param from   from this day on (office time, Asia/Ho_Chi_Minh), included
 * @param to     up to this day, included
 * @param limit  at most this many events, oldest first
 */
public record AuditQuery(String user, String record, LocalDate from, LocalDate to, int limit) {

    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_LIMIT = 100_000;
    /** Days read when the query names none: the last month. */
    public static final int DEFAULT_DAYS = 31;
    /** The longest period one query may read. */
    public static final int MAX_DAYS = 366;

    public AuditQuery {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidAuditQueryException("The audit period ends (" + to + ") before it starts (" + from + ")");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidAuditQueryException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        user = blankToNull(user);
        record = blankToNull(record);
    }

    /**
     * The same query over a bounded period: a missing end is {@code today}, a missing start
     * {@value #DEFAULT_DAYS} days before the end.
     *
     * @throws InvalidAuditQueryException for a period longer than {@value #MAX_DAYS} days
     */
    public AuditQuery bounded(LocalDate today) {
        LocalDate end = to != null ? to : from != null && from.isAfter(today) ? from : today;
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1L);
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
        if (days > MAX_DAYS) {
            throw new InvalidAuditQueryException("The audit period " + start + " to " + end + " is " + days
                    + " days long; ask for at most " + MAX_DAYS + " days at once", start, end, MAX_DAYS);
        }
        return new AuditQuery(user, record, start, end, limit);
    }

    /** Parses {@code yyyy-MM-dd} or {@code dd/MM/yyyy}; null or blank gives null. */
    public static LocalDate day(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                String[] parts = value.split("/");
                return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
            }
            return LocalDate.parse(value);
        } catch (java.time.DateTimeException e) {
            throw new InvalidAuditQueryException(name + " '" + text + "' is not a date (yyyy-MM-dd or dd/MM/yyyy)");
        }
    }

    /** The question, for the audit trail's own event. */
    public String describe() {
        return "user=" + (user == null ? "" : user) + "; from=" + (from == null ? "" : from) + "; to=" + (to == null ? "" : to)
                + "; limit=" + limit;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
