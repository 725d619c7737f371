package vn.sohoa.operations.jobs;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * "Chạy ngay" on the admin page: a scheduled job started at once, in the background (a fixity
 * check of the whole bucket takes long; the page must not wait). One run of a job at a time, here
 * ({@link #isRunning}) and across processes (the job's lease, {@link JobRunner}).
 */
@Service
public class JobsNow {

    private static final Logger log = LoggerFactory.getLogger(JobsNow.class);

    private final JobRunner runner;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "job-now");
        thread.setDaemon(true);
        return thread;
    });

    public JobsNow(JobRunner runner) {
        this.runner = runner;
    }

    /**
     * @param who the admin who asked, for the log
     * @return false when there is no such job or it is running already (nothing started)
     */
    public boolean start(String who, String name) {
        if (!runner.jobs().containsKey(name) || !running.add(name)) {
            return false;
        }
        worker.execute(() -> {
            try {
                log.info("Job {} started now by {}", name, who);
                runner.run(name, Map.of());
            } catch (RuntimeException e) {
                log.error("Job {} asked by {} failed", name, who, e);
            } finally {
                running.remove(name);
            }
        });
        return true;
    }

    public boolean isRunning(String name) {
        return running.contains(name);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
