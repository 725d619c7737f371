package vn.sohoa.faces.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Parameter;

import vn.sohoa.operations.report.BatchNotFoundException;
import vn.sohoa.operations.report.BatchReport;
import vn.sohoa.operations.report.BatchReports;
import vn.sohoa.services.audit.Actor;

/** {@code GET /api/batches/{name}}: a batch report, as {@code sohoa batch NAME --json} prints it. */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Tag(name = "Batches")
class BatchesApi {

    private final BatchReports reports;

    BatchesApi(BatchReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/batches/{name}")
    @Operation(summary = "The report of a batch: status and every file with its outcome; 404 for an unknown batch; audited")
    BatchReport batch(@PathVariable String name, @Parameter(hidden = true) Actor actor) {
        return reports.report(actor, name, "api").orElseThrow(() -> BatchNotFoundException.named(name));
    }
}
