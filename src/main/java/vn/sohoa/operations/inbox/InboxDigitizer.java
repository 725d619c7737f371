package vn.sohoa.operations.inbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.sohoa.failure.Refusal;
import vn.sohoa.operations.digitize.BatchRun;
import vn.sohoa.operations.digitize.DigitizeService;

/**
 * The nightly work: every complete batch of the inbox, one digitize job execution each, so that
 * one bad batch does not hold back the others. Digitized batches move to {@code processed/};
 * a batch that failed as a whole stays, with its reason, and is tried again next time.
 */
@Service
public class InboxDigitizer {

    private static final Logger log = LoggerFactory.getLogger(InboxDigitizer.class);

    private final Inbox inbox;
    private final DigitizeService digitizer;

    public InboxDigitizer(Inbox inbox, DigitizeService digitizer) {
        this.inbox = inbox;
        this.digitizer = digitizer;
    }

    public List<BatchRun> digitizeAll() {
        List<BatchRun> runs = new ArrayList<>();
        for (Path batch : inbox.completeBatches()) {
            runs.add(digitize(batch));
        }
        return runs;
    }

    /** Digitizes one batch folder of the inbox now, then moves it to processed/ or marks it failed (also for "digitize now" on the web page). */
    public BatchRun digitize(Path batch) {
        String name = batch.getFileName().toString();
        BatchRun run;
        try {
            run = digitizer.digitize(batch, name, false);
        } catch (Refusal e) {
            log.warn("Batch {} of the inbox could not be digitized: {}", name, e.getMessage());
            inbox.markFailed(batch, e.getMessage());
            return new BatchRun(name, BatchRun.Result.FAILED, -1, e.getMessage(), null, java.time.Duration.ZERO);
        }
        if (run.succeeded()) {
            inbox.markProcessed(batch);
        } else {
            inbox.markFailed(batch, run.message());
        }
        return run;
    }
}
