package vn.sohoa.operations.digitize;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

import vn.sohoa.model.PageSummary;

/**
 * Counts what the digitize job did, per committed chunk: files by outcome, pages by how their
 * text was obtained, and the distribution of OCR confidence. Exposed at
 * {@code /actuator/prometheus} by the server.
 */
@Component
public class DigitizeMetrics implements ItemWriteListener<FileOutcome> {

    private final MeterRegistry registry;
    private final String host = vn.sohoa.operations.report.BatchState.currentHost();

    public DigitizeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void afterWrite(Chunk<? extends FileOutcome> outcomes) {
        for (FileOutcome outcome : outcomes) {
            // The host: with several workers (docs/scale-out.md) each host's share of the batch is told apart.
            registry.counter("sohoa.files", "outcome", outcomeName(outcome), "host", host).increment();
            if (outcome instanceof FileOutcome.Archived archived && !archived.alreadyArchived()) {
                for (PageSummary page : archived.record().pages()) {
                    registry.counter("sohoa.pages", "source", page.textSource()).increment();
                    if (page.confidence() != null) {
                        registry.summary("sohoa.ocr.confidence").record(page.confidence());
                    }
                }
            }
        }
    }

    private static String outcomeName(FileOutcome outcome) {
        if (outcome instanceof FileOutcome.Archived) {
            return "archived";
        }
        return outcome instanceof FileOutcome.Duplicate ? "duplicate" : "quarantined";
    }
}
