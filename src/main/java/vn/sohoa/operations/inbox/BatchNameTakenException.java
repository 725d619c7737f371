package vn.sohoa.operations.inbox;

import vn.sohoa.failure.Refusal;

/**
 * A batch submitted or uploaded under a name another batch has: it would add to that batch's
 * report and overwrite its lines. Nothing of the new batch is kept; it needs a name of its own.
 */
public class BatchNameTakenException extends Refusal {

    /** Where the name was found. */
    public enum Where { INBOX, PROCESSED, ARCHIVE }

    private final Where where;

    public BatchNameTakenException(String name, Where where) {
        super(Kind.CONFLICT, "batch-name-taken", "A batch named " + name + " exists already (" + switch (where) {
            case INBOX -> "in the inbox";
            case PROCESSED -> "among the processed batches";
            case ARCHIVE -> "in the archive";
        } + "); give the new batch another name", null, name);
        this.where = where;
    }

    public Where where() {
        return where;
    }

    /** {@code refusal.batch-name-taken.inbox|processed|archive}. */
    @Override
    public String messageKey() {
        return super.messageKey() + "." + where.name().toLowerCase(java.util.Locale.ROOT);
    }
}
