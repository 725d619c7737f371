package vn.sohoa.pipeline.pages;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The heap that decoded page rasters may use at once, shared by every file in flight. A page's
 * decode takes a lease for the bytes it is planned to need (its raster and the copies
 * preprocessing and OCR make) and gives it back when the page is released, so pages of several
 * files wait for each other instead of running the JVM out of memory together; a page larger
 * than the whole budget waits until it can hold all of it, alone.
 *
 * <p>Sized from the maximum heap ({@code sohoa.pages.raster-memory-share}); counted in KiB.
 */
@Component
public class RasterMemory {

    private static final long KIB = 1024;

    private final Semaphore permits;
    private final int total;

    @Autowired
    public RasterMemory(PagesProperties pages) {
        this(bytesFor(pages));
    }

    /** The budget {@code pages} asks for in this JVM: its share of the maximum heap. */
    static long bytesFor(PagesProperties pages) {
        return (long) (Runtime.getRuntime().maxMemory() * pages.rasterMemoryShare());
    }

    /** A budget of {@code bytes}, whatever the heap (tests, tools). */
    public static RasterMemory ofBytes(long bytes) {
        return new RasterMemory(bytes);
    }

    private RasterMemory(long bytes) {
        this.total = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / KIB));
        this.permits = new Semaphore(total, true);
    }

    /** The budget in bytes. */
    public long bytes() {
        return total * KIB;
    }

    /** A lease of {@code bytes} (at most the whole budget) if it is free now, else null. */
    public Lease tryAcquire(long bytes) {
        int wanted = permitsFor(bytes);
        try {
            // With a timeout, unlike without, the semaphore stays fair: a page waiting for the whole
            // budget is not overtaken for ever by pages that keep taking what comes free.
            return permits.tryAcquire(wanted, 0, TimeUnit.NANOSECONDS) ? new Lease(wanted) : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Waits for a lease of {@code bytes}; more than the budget waits for all of it. */
    public Lease acquire(long bytes) throws InterruptedException {
        int wanted = permitsFor(bytes);
        permits.acquire(wanted);
        return new Lease(wanted);
    }

    /** Waits until no other page holds any of the budget, and holds all of it. */
    public Lease acquireAll() throws InterruptedException {
        return acquire(Long.MAX_VALUE);
    }

    /**
     * Waits until no page holds any of the budget but those of {@code held} (the caller's own), and
     * holds the rest of it. The caller keeps what it holds while it waits, so two callers at once
     * could each wait for the other: after {@code patience} it takes what is free and goes on.
     */
    public Lease acquireAllBut(Collection<Lease> held, Duration patience) throws InterruptedException {
        int own = held.stream().mapToInt(Lease::held).sum();
        int wanted = Math.max(0, total - own);
        if (permits.tryAcquire(wanted, patience.toNanos(), TimeUnit.NANOSECONDS)) {
            return new Lease(wanted);
        }
        return new Lease(permits.drainPermits());
    }

    private int permitsFor(long bytes) {
        long kib = bytes / KIB + (bytes % KIB == 0 ? 0 : 1); // no overflow near Long.MAX_VALUE
        return (int) Math.max(1, Math.min(total, kib));
    }

    /** Part of the budget, held until closed (closing twice gives it back once). */
    public final class Lease implements AutoCloseable {

        private int held;

        private Lease(int held) {
            this.held = held;
        }

        private synchronized int held() {
            return held;
        }

        @Override
        public synchronized void close() {
            permits.release(held);
            held = 0;
        }
    }
}
