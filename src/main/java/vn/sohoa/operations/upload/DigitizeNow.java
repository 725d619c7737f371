package vn.sohoa.operations.upload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import vn.sohoa.operations.digitize.BatchBusyException;
import vn.sohoa.operations.inbox.Inbox;
import vn.sohoa.operations.inbox.InboxDigitizer;
import vn.sohoa.operations.report.BatchNotFoundException;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.audit.AuditAction;
import vn.sohoa.services.audit.AuditTrail;

/**
 * "Số hóa ngay": digitizes one batch of the inbox in the background, one batch at a time (OCR
 * already uses every core), as the nightly job would; the page follows its progress in the bucket.
 */
@Component
public class DigitizeNow {

    private static final Logger log = LoggerFactory.getLogger(DigitizeNow.class);

    private final Inbox inbox;
    private final InboxDigitizer digitizer;
    private final AuditTrail audit;
    private final ExecutorService worker;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    public DigitizeNow(Inbox inbox, InboxDigitizer digitizer, AuditTrail audit) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("digitize-now-");
        threads.setDaemon(true);
        this.worker = Executors.newSingleThreadExecutor(threads);
        this.inbox = inbox;
        this.digitizer = digitizer;
        this.audit = audit;
    }

    /**
     * Queues the batch, for {@code actor}, who is named in the audit trail before anything starts.
     *
     * @throws BatchNotFoundException when the batch is not a complete batch of the inbox
     * @throws BatchBusyException when it is queued already
     */
    public void start(Actor actor, String name) {
        Path batch = inbox.dir().resolve(name);
        if (!Files.isDirectory(batch) || !Files.exists(batch.resolve(Inbox.READY))) {
            throw new BatchNotFoundException("Batch " + name + " is not waiting in the inbox");
        }
        if (!queued.add(name)) {
            throw new BatchBusyException("Batch " + name + " is queued for digitizing already");
        }
        try {
            audit.record(actor, AuditAction.DIGITIZE, null, "batch " + name + " (digitize now)");
        } catch (RuntimeException unrecorded) {
            queued.remove(name);
            throw unrecorded;
        }
        worker.execute(() -> {
            try {
                log.info("Digitizing batch {} now, as asked on the web page", name);
                digitizer.digitize(batch);
            } catch (RuntimeException e) {
                log.error("Digitizing batch {} failed", name, e);
            } finally {
                queued.remove(name);
            }
        });
    }

    public boolean isQueued(String name) {
        return queued.contains(name);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
