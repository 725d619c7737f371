package vn.sohoa.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak heap (resettable), peak live heap and peak resident memory of this JVM.
 *
 * <p>The peak heap counts garbage not yet collected, so it rises towards the maximum heap in any long
 * run; what grows with a batch if something accumulates is the heap still in use after a
 * collection, sampled here while a run goes on.
 */
final class MemoryProbe implements AutoCloseable {

    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakLiveBytes;

    private MemoryProbe() {
        sampler = new Thread(this::sample, "memory-probe");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts sampling the live heap (heap in use after the latest collection) until closed. */
    static MemoryProbe start() {
        resetHeapPeak();
        return new MemoryProbe();
    }

    private void sample() {
        while (running) {
            long live = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .map(MemoryPoolMXBean::getCollectionUsage).filter(u -> u != null).mapToLong(u -> u.getUsed()).sum();
            peakLiveBytes = Math.max(peakLiveBytes, live);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The largest heap in use after a collection while sampling, in MiB. */
    double peakLiveHeapMib() {
        return peakLiveBytes / (1024.0 * 1024.0);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    static void resetHeapPeak() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset, in MiB (an upper bound of the true peak). */
    static double peakHeapMib() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
    }

    /** The process's high-water mark of resident memory ({@code VmHWM}), in MiB; -1 when unknown. */
    static double peakResidentMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux: reported as unknown.
        }
        return -1;
    }
}
