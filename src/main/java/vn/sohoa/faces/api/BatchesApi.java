package vn.sohoa.faces.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.sohoa.operations.report.BatchReport;
import vn.sohoa.operations.report.BatchReportStore;

/** {@code GET /api/batches/{name}}: a batch report, as {@code sohoa batch NAME --json} prints it. */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Tag(name = "Batches")
class BatchesApi {

    private final BatchReportStore reports;

    BatchesApi(BatchReportStore reports) {
        this.reports = reports;
    }

    @GetMapping("/api/batches/{name}")
    @Operation(summary = "The report of a batch: status and every file with its outcome; 404 for an unknown batch")
    BatchReport batch(@PathVariable String name) {
        if (!name.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,99}")) {
            throw new UnknownBatchException(name);
        }
        return reports.assemble(name).orElseThrow(() -> new UnknownBatchException(name));
    }

    /** No batch of that name was digitized. */
    static class UnknownBatchException extends RuntimeException {
        UnknownBatchException(String name) {
            super("No batch named '" + name + "' has been digitized");
        }
    }
}
