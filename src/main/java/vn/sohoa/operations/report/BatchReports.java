package vn.sohoa.operations.report;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.model.BatchName;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.audit.AuditAction;
import vn.sohoa.services.audit.AuditTrail;
import vn.sohoa.storage.ObjectStore;

/**
 * Reading a batch report, for a person: {@code sohoa batch}, {@code GET /api/batches/{name}}, the
 * batch page and its {@code report.html}. A report lists every file with its record and the
 * reasons of the quarantined ones, so each read is written to the audit trail first, naming the
 * records it listed (an audit query by record finds it).
 */
@Service
public class BatchReports {

    private final BatchReportStore reports;
    private final ObjectStore store;
    private final AuditTrail audit;

    public BatchReports(BatchReportStore reports, ObjectStore store, AuditTrail audit) {
        this.reports = reports;
        this.store = store;
        this.audit = audit;
    }

    /** The report as it stands, audited; empty for an invalid or unknown batch name. */
    public Optional<BatchReport> report(Actor actor, String name, String where) {
        Optional<BatchReport> report = BatchName.isValid(name) ? reports.assemble(name) : Optional.empty();
        report.ifPresent(r -> audit.record(actor, AuditAction.BATCH_REPORT, null, "batch " + name + " (" + where + ")", recordsOf(r)));
        return report;
    }

    /** The stored {@code report.html}, audited; empty when there is none (yet). The caller closes the stream. */
    public Optional<InputStream> openHtml(Actor actor, String name) {
        if (!BatchName.isValid(name)) {
            return Optional.empty();
        }
        String key = ArchiveLayout.batchPrefix(name) + "report.html";
        if (store.stat(key).isEmpty()) {
            return Optional.empty();
        }
        audit.record(actor, AuditAction.BATCH_REPORT, null, "batch " + name + " (report.html)",
                reports.assemble(name).map(BatchReports::recordsOf).orElse(List.of()));
        return Optional.of(store.open(key));
    }

    private static List<String> recordsOf(BatchReport report) {
        return report.files().stream()
                .flatMap(f -> java.util.stream.Stream.concat(java.util.stream.Stream.of(f.recordId(), f.duplicateOf()),
                        f.recordIds() == null ? java.util.stream.Stream.empty() : f.recordIds().stream()))
                .filter(Objects::nonNull).distinct().toList();
    }
}
