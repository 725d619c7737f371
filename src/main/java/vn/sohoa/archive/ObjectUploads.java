package vn.sohoa.archive;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Puts the objects of a record into the store at the same time: each put is mostly a wait for the
 * store's answer, so a record's original, text and PDF go out together and only record.json,
 * which must come last, waits for them. A small fixed pool shared by all workers bounds the
 * requests in flight.
 */
@Component
class ObjectUploads implements AutoCloseable {

    private static final int PARALLEL_PUTS = 4;

    private final ExecutorService pool;

    ObjectUploads() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("upload-");
        threads.setDaemon(true);
        this.pool = Executors.newFixedThreadPool(PARALLEL_PUTS, threads);
    }

    <T> CompletableFuture<T> start(Supplier<T> put) {
        return CompletableFuture.supplyAsync(put, pool);
    }

    /** The put's result; its failure rethrown as it was thrown (a storage outage stays one, for the step to classify). */
    static <T> T await(CompletableFuture<T> put) {
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
