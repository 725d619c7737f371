package vn.sohoa.faces.cli;

import java.io.PrintWriter;

import vn.sohoa.operations.digitize.BatchRun;
import vn.sohoa.operations.report.BatchReport;
import vn.sohoa.operations.report.FileReport;
import vn.sohoa.operations.report.Outcome;

/** The readable form of a batch report on the terminal. */
final class BatchSummary {

    private BatchSummary() {
    }

    static void printRun(PrintWriter out, BatchRun run) {
        switch (run.result()) {
            case COMPLETED -> out.printf("Batch %s digitized in %.1f s (execution %d).%n", run.batch(),
                    run.elapsed().toMillis() / 1000.0, run.executionId());
            case ALREADY_COMPLETED -> out.printf("Batch %s was digitized already and has not changed (%s); nothing to do."
                    + " Use --rerun to digitize it again.%n", run.batch(), run.message());
            case FAILED -> out.printf("Batch %s FAILED (execution %d): %s%nRun the same command again to resume it.%n",
                    run.batch(), run.executionId(), run.message());
        }
        if (run.report() != null) {
            printReport(out, run.report());
        }
    }

    static void printReport(PrintWriter out, BatchReport report) {
        out.printf("Batch %s: %s%s%n", report.batch(), report.status(), report.message() == null ? "" : " (" + report.message() + ")");
        out.printf("  files: %d   pages: %d (OCR %d)   archived: %d   duplicates: %d   quarantined: %d%n",
                report.files().size(), report.pages(), report.ocrPages(), report.counts().get(Outcome.ARCHIVED.key()),
                report.counts().get(Outcome.DUPLICATE.key()), report.counts().get(Outcome.QUARANTINED.key()));
        if (report.meanOcrConfidence() != null) {
            out.printf("  mean OCR confidence: %.1f%n", report.meanOcrConfidence());
        }
        if (report.stageMillis() != null) {
            StringBuilder stages = new StringBuilder("  seconds per stage (summed over workers):");
            report.stageMillis().forEach((stage, millis) -> stages.append(String.format(" %s %.1f", stage, millis / 1000.0)));
            out.println(stages);
        }
        for (FileReport file : report.files()) {
            out.printf("  %-12s %-45s %s%n", file.outcome(), file.file(), detail(file));
            if (file.needsReview() != null) {
                file.needsReview().forEach(review -> review.notes().forEach(note ->
                        out.printf("  %-12s   %s %s: %s%n", "", review.recordId(), note.field(), note.reason())));
            }
        }
    }

    private static String detail(FileReport file) {
        return switch (file.outcome()) {
            case ARCHIVED -> "record " + file.recordId()
                    + (file.meanConfidence() == null ? "" : String.format(", OCR confidence %.0f", file.meanConfidence()));
            case DUPLICATE -> "same as record " + file.duplicateOf();
            case QUARANTINED -> file.reason() + " [" + file.reasonCode() + "] " + file.detail();
        };
    }
}
