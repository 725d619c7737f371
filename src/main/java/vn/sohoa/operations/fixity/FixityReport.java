package vn.sohoa.operations.fixity;

import java.time.Instant;
import java.util.List;

/**
 * The result of one fixity run: what was read, and every problem found (in the records and in the
 * audit trail's chains).
 *
 * @param auditEvents events of the audit trail read and checked
 * @param auditChains chains they form (one per installation writing to the bucket)
 */
public record FixityReport(Instant startedAt, Instant finishedAt, long records, long objects, long bytes,
                           long auditEvents, int auditChains, List<FixityProblem> problems) {

    public boolean clean() {
        return problems.isEmpty();
    }
}
