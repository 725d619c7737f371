package vn.sohoa.operations.digitize;

import java.util.Locale;

import vn.sohoa.failure.Refusal;

/**
 * A batch asked to be split for the workers where it cannot be: no shared PostgreSQL job
 * repository, or a bad count. The message names where the count came from ({@code --partitions N}
 * or the key {@code sohoa.scale-out.partitions}), so that the person knows what to change.
 */
public class PartitionsUnavailableException extends Refusal {

    /** Why the split cannot be: {@code refusal.partitions-unavailable.no-postgresql|count}. */
    public enum Reason {
        /** Several partitions without a PostgreSQL job repository (no workers can share an H2 file). */
        NO_POSTGRESQL,
        /** Fewer than one partition. */
        COUNT
    }

    private final Reason reason;

    /** @param option how the count was asked for: {@code --partitions 3} or {@code sohoa.scale-out.partitions=3} */
    public PartitionsUnavailableException(Reason reason, String option) {
        super(Kind.REFUSED, "partitions-unavailable", switch (reason) {
            case NO_POSTGRESQL -> option + ": digitizing in several partitions needs the shared PostgreSQL job repository of the"
                    + " workers (SOHOA_DB_URL=jdbc:postgresql://HOST/DB); on one machine, leave --partitions out or give 1";
            case COUNT -> option + ": the number of partitions must be at least 1";
        }, null, option);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return super.messageKey() + "." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
