package vn.sohoa.operations.reindex;

import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.sohoa.operations.jobs.JobOutcome;
import vn.sohoa.operations.jobs.ScheduledJob;

/** {@code reindex} as a schedulable job: rebuilds the search index from the bucket alone. */
@Component
public class ReindexJob implements ScheduledJob {

    private final IndexRebuilder rebuilder;

    public ReindexJob(IndexRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public String description() {
        return "rebuild the search index from every record.json and text in the bucket";
    }

    @Override
    public JobOutcome run(Map<String, String> parameters) {
        Instant started = Instant.now();
        IndexRebuilder.Summary summary = rebuilder.rebuild();
        return JobOutcome.of(name(), summary.unreadable() == 0, summary.records() + " records indexed, "
                + summary.unreadable() + " unreadable", null, started);
    }
}
