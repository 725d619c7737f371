package vn.sohoa.operations.digitize;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Ends a failed step only once its file workers have stopped. Spring Batch 6 fails a chunk at the
 * first file that fails and leaves the chunk's other files running, or queued, on the executor. A
 * run restarted in the same process (the inbox retrying a batch, a test) would then digitize the
 * same files twice at once, and a straggler could put its searchable PDF after the new run's
 * {@code record.json}, which names another PDF's checksum. Queued files are dropped (the restart
 * reads them again); running ones are waited for.
 */
class FileWorkersDrain implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(FileWorkersDrain.class);
    private static final long POLL_MILLIS = 50;

    private final ThreadPoolTaskExecutor workers;

    FileWorkersDrain(ThreadPoolTaskExecutor workers) {
        this.workers = workers;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (!step.getStatus().isUnsuccessful()) {
            return null;
        }
        int dropped = workers.getThreadPoolExecutor().getQueue().size();
        workers.getThreadPoolExecutor().getQueue().clear();
        int running = workers.getActiveCount();
        if (dropped + running > 0) {
            log.info("Step {} failed: dropping {} queued file(s), waiting for {} running", step.getStepName(), dropped, running);
        }
        while (workers.getActiveCount() > 0) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return null;
    }
}
