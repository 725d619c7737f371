package vn.sohoa.operations.fixity;

import java.time.Instant;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.sohoa.operations.jobs.JobOutcome;
import vn.sohoa.operations.jobs.ScheduledJob;

/** {@code fixity}: checks every archived object against record.json and keeps the report. */
@Component
public class FixityJob implements ScheduledJob {

    private static final Logger log = LoggerFactory.getLogger(FixityJob.class);

    private final FixityChecker checker;
    private final FixityReportStore reports;

    private final MeterRegistry metrics;

    public FixityJob(FixityChecker checker, FixityReportStore reports, MeterRegistry metrics) {
        this.checker = checker;
        this.reports = reports;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "fixity";
    }

    @Override
    public String description() {
        return "re-read every archived object and compare its SHA-256 with record.json";
    }

    @Override
    public JobOutcome run(Map<String, String> parameters) {
        Instant started = Instant.now();
        FixityReport report = checker.check();
        String key = reports.save(report);
        report.problems().forEach(p -> {
            log.warn("Fixity: {} {} ({})", p.kind(), p.key(), p.recordId());
            metrics.counter("sohoa.fixity.problems", "kind", p.kind()).increment();
        });
        metrics.counter("sohoa.fixity.objects").increment(report.objects());
        String summary = String.format("%d records, %d objects, %d bytes read, %d problems; audit trail: %d events in %d chains",
                report.records(), report.objects(), report.bytes(), report.problems().size(), report.auditEvents(), report.auditChains());
        return JobOutcome.of(name(), report.clean(), summary, key, started);
    }
}
