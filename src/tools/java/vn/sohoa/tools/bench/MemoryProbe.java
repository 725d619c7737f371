package vn.sohoa.tools.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak heap (resettable), heap retained after a run and peak resident memory of this JVM.
 *
 * <p>The peak heap counts garbage not yet collected, so it rises towards the maximum heap in any
 * long run. What would grow with a batch if something accumulated is the heap still reachable
 * after a full collection at the end of the run, with the application still open.
 */
final class MemoryProbe {

    private MemoryProbe() {
    }

    /** Heap in use after a full collection, in MiB: what the open application holds on to. */
    static double retainedHeapMib() {
        System.gc();
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getUsage().getUsed()).sum() / (1024.0 * 1024.0);
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
