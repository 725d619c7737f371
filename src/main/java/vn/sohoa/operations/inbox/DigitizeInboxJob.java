package vn.sohoa.operations.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.sohoa.operations.digitize.BatchRun;
import vn.sohoa.operations.jobs.JobOutcome;
import vn.sohoa.operations.jobs.ScheduledJob;

/** {@code digitize-inbox}: the nightly job, every complete batch of the inbox. */
@Component
public class DigitizeInboxJob implements ScheduledJob {

    private final InboxDigitizer digitizer;
    private final Inbox inbox;

    public DigitizeInboxJob(InboxDigitizer digitizer, Inbox inbox) {
        this.digitizer = digitizer;
        this.inbox = inbox;
    }

    @Override
    public String name() {
        return "digitize-inbox";
    }

    @Override
    public String description() {
        return "digitize every complete batch of the inbox, one job execution per batch; remove processed scans past their retention";
    }

    @Override
    public JobOutcome run(Map<String, String> parameters) {
        Instant started = Instant.now();
        List<BatchRun> runs = digitizer.digitizeAll();
        long failed = runs.stream().filter(r -> !r.succeeded()).count();
        String summary = runs.isEmpty() ? "no complete batch in the inbox" : runs.stream()
                .map(r -> r.batch() + " " + r.result().name().toLowerCase()).collect(Collectors.joining(", "));
        List<String> removed = inbox.removeExpiredProcessed(Instant.now());
        if (!removed.isEmpty()) {
            summary += "; removed " + removed.size() + " processed batches past their retention";
        }
        JobOutcome outcome = JobOutcome.of(name(), failed == 0, summary, null, started);
        // A batch split across workers (sohoa.scale-out.partitions) was digitized on their hosts, not this one.
        List<String> hosts = runs.stream().filter(r -> r.report() != null).flatMap(r -> r.report().files().stream())
                .map(f -> f.host()).filter(h -> h != null && !h.isBlank()).distinct().sorted().toList();
        return hosts.isEmpty() ? outcome : outcome.withHosts(hosts);
    }
}
