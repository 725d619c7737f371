package vn.sohoa.operations.fixity;

import java.time.Instant;
import java.util.List;

/** The result of one fixity run: what was read, and every problem found. */
public record FixityReport(Instant startedAt, Instant finishedAt, long records, long objects, long bytes,
                           List<FixityProblem> problems) {

    public boolean clean() {
        return problems.isEmpty();
    }
}
