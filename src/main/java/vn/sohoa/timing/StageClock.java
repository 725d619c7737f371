package vn.sohoa.timing;

import java.util.EnumMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Times the stages of the pipeline. Every timed piece of work is recorded in the
 * {@code sohoa.stage} timer (tag {@code stage}: {@code sohoa_stage_seconds_sum{stage="ocr"}} is
 * the OCR seconds), and, while a file is being digitized on the current thread, added to that
 * file's {@link StageTimes} for its line of the batch report.
 *
 * <p>The per-file tally is bound to the thread because a file's stages run deep in components
 * (OCR engine, PDF builder, archive) that have no business knowing which file it is; a file is
 * processed on one worker thread from start to end. Work handed to another thread for the same
 * file must {@link FileTally#bind() bind} the tally there.
 */
@Component
public class StageClock {

    private final ThreadLocal<FileTally> current = new ThreadLocal<>();
    private final EnumMap<Stage, Timer> timers = new EnumMap<>(Stage.class);

    public StageClock(MeterRegistry registry) {
        for (Stage stage : Stage.values()) {
            timers.put(stage, Timer.builder("sohoa.stage").tag("stage", stage.key())
                    .description("Time spent in each stage of digitizing").register(registry));
        }
    }

    /** Runs {@code work}, counting its time to {@code stage}. */
    public <T> T time(Stage stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            record(stage, System.nanoTime() - start);
        }
    }

    /** Runs {@code work}, counting its time to {@code stage}. */
    public void time(Stage stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /** Counts time measured elsewhere to {@code stage} (metrics and the current file, if any). */
    public void record(Stage stage, long nanos) {
        timers.get(stage).record(nanos, TimeUnit.NANOSECONDS);
        FileTally tally = current.get();
        if (tally != null) {
            tally.add(stage, nanos);
        }
    }

    /** Starts counting the stages of one file on this thread, until the tally is closed. */
    public FileTally startFile() {
        FileTally tally = new FileTally();
        tally.bind();
        return tally;
    }

    /** The stage times of one file; closing it unbinds it from the thread. */
    public final class FileTally implements AutoCloseable {

        private final long[] nanos = new long[Stage.values().length];

        private FileTally() {
        }

        /** Makes this thread count to this tally (for work on the file done on another thread). */
        public void bind() {
            current.set(this);
        }

        private synchronized void add(Stage stage, long elapsed) {
            nanos[stage.ordinal()] += elapsed;
        }

        /** The times so far, in whole milliseconds (stages that took no time at all are left out). */
        public synchronized StageTimes times() {
            EnumMap<Stage, Long> millis = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                if (nanos[stage.ordinal()] > 0) {
                    millis.put(stage, TimeUnit.NANOSECONDS.toMillis(nanos[stage.ordinal()]));
                }
            }
            return StageTimes.of(millis);
        }

        @Override
        public void close() {
            if (current.get() == this) {
                current.remove();
            }
        }
    }
}
