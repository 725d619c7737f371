package vn.sohoa.operations.digitize;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import vn.sohoa.pipeline.intake.BatchFolderReader;
import vn.sohoa.pipeline.intake.IntakeProperties;
import vn.sohoa.pipeline.intake.ScanFile;

/**
 * Shows how far a digitize run is: files done of total, pages, pages per minute, time left. On a
 * terminal it rewrites one line; otherwise (cron, CI, a log file) it prints plain lines. A file
 * counts as done when a worker has finished it, not when its chunk is committed: chunks hold
 * several files, and the line should move with every one.
 */
@Component
public class ProgressReporter implements StepExecutionListener, ItemProcessListener<ScanFile, FileOutcome> {

    private final IntakeProperties intake;
    private final PrintStream out = System.err;
    private final boolean terminal = System.console() != null;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();
    private volatile int totalFiles;
    private volatile int alreadyDone;
    private volatile long startNanos;
    private volatile String batch;

    private final vn.sohoa.operations.report.BatchReportStore reports;
    private int lastNoted;

    public ProgressReporter(IntakeProperties intake, vn.sohoa.operations.report.BatchReportStore reports) {
        this.intake = intake;
        this.reports = reports;
    }

    @Override
    public void beforeStep(StepExecution step) {
        batch = DigitizeParameters.batchName(step.getJobParameters());
        // A worker's partition (docs/scale-out.md) counts its own files only.
        String partition = step.getExecutionContext().containsKey(BatchFolderReader.PARTITION_FILES)
                ? step.getExecutionContext().getString(BatchFolderReader.PARTITION_FILES) : null;
        totalFiles = partition != null ? (int) partition.lines().filter(l -> !l.isEmpty()).count()
                : BatchFolderReader.listScanFiles(DigitizeParameters.batchDir(step.getJobParameters()),
                BatchFolderReader.matchers(intake.ignore())).size();
        // The reader's restart point (an int in Spring Batch 6): files an earlier run committed.
        Object committed = step.getExecutionContext().get("batchFolder.read.count");
        alreadyDone = committed instanceof Number n ? n.intValue() : 0;
        files.set(alreadyDone);
        lastNoted = -1;
        note(alreadyDone);
        pages.set(0);
        startNanos = System.nanoTime();
        out.printf("Digitizing batch %s%s: %d files%s%n", batch,
                partition == null ? "" : ", " + step.getStepName() + " on " + vn.sohoa.operations.report.BatchState.currentHost(), totalFiles,
                alreadyDone > 0 ? " (resuming after " + alreadyDone + " done)" : "");
    }

    @Override
    public void afterProcess(ScanFile file, FileOutcome outcome) {
        int doneFiles = files.incrementAndGet();
        int donePages = pages.addAndGet(outcome == null ? 0 : outcome.pages());
        synchronized (out) { // workers finish files at the same moment; one line each
            out.print(line(doneFiles, donePages) + (terminal ? "\r" : "\n"));
            out.flush();
            note(doneFiles);
        }
    }

    /** For the batch page: files done, as they finish (never a smaller number after a larger one). */
    private void note(int doneFiles) {
        if (doneFiles <= lastNoted) {
            return;
        }
        lastNoted = doneFiles;
        try {
            reports.saveProgress(batch, doneFiles);
        } catch (RuntimeException e) {
            // Progress is a courtesy to the page; the run must not fail for it.
            org.slf4j.LoggerFactory.getLogger(ProgressReporter.class).debug("Cannot note the progress of {}: {}", batch, e.toString());
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (terminal) {
            out.println();
        }
        return step.getExitStatus();
    }

    String line(int doneFiles, int donePages) {
        double minutes = Math.max((System.nanoTime() - startNanos) / 60e9, 1e-9);
        int processed = doneFiles - alreadyDone;
        String left = processed == 0 ? "?" : format(Duration.ofSeconds(
                (long) (minutes * 60 / processed * Math.max(totalFiles - doneFiles, 0))));
        return String.format("  %d/%d files, %d pages, %.1f pages/min, %s left   ",
                doneFiles, totalFiles, donePages, donePages / minutes, left);
    }

    private static String format(Duration d) {
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
