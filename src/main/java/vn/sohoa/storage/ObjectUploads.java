package vn.sohoa.storage;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Puts objects into the store at the same time: each put is mostly a wait for the store's answer.
 * A record's original, text and PDF go out together (only record.json, which must come last,
 * waits for them), and so do the report lines of a chunk. A small fixed pool shared by all
 * workers bounds the requests in flight.
 */
@Component
public class ObjectUploads implements AutoCloseable {

    private static final int PARALLEL_PUTS = 4;

    private final ExecutorService pool;

    public ObjectUploads() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("upload-");
        threads.setDaemon(true);
        this.pool = Executors.newFixedThreadPool(PARALLEL_PUTS, threads);
    }

    public <T> CompletableFuture<T> start(Supplier<T> put) {
        return CompletableFuture.supplyAsync(put, pool);
    }

    /** The put's result; its failure rethrown as it was thrown (a storage outage stays one, for the step to classify). */
    public static <T> T await(CompletableFuture<T> put) {
        try {
            return put.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
