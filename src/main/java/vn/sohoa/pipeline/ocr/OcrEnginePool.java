package vn.sohoa.pipeline.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A fixed number of initialized OCR engines, one per worker. A worker borrows an engine for one
 * page and gives it back, so engines (and their loaded language data) are reused page after
 * page, and never used by two threads at once. Engines are created lazily on first demand.
 */
@Component
public class OcrEnginePool implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OcrEnginePool.class);
    private static final String DEBIAN_TESSDATA = "/usr/share/tesseract-ocr/5/tessdata";

    private final Supplier<OcrEngine> factory;
    private final int size;
    private final BlockingQueue<OcrEngine> idle = new LinkedBlockingQueue<>();
    private final List<OcrEngine> all = new ArrayList<>();

    /** The engine {@code sohoa.ocr.engine} names, among the providers there are. */
    @Autowired
    public OcrEnginePool(List<OcrEngineProvider> providers, OcrProperties properties) {
        this(engineFactory(providers, properties), properties.effectiveWorkers());
    }

    /** For tests and other engines: any factory of engines, any size. */
    public OcrEnginePool(Supplier<OcrEngine> factory, int size) {
        this.factory = factory;
        this.size = size;
    }

    public int size() {
        return size;
    }

    /** Runs {@code work} with an engine of this pool, waiting for a free one if all are busy. */
    public <T> T withEngine(Function<OcrEngine, T> work) {
        OcrEngine engine = borrow();
        try {
            return work.apply(engine);
        } finally {
            idle.add(engine);
        }
    }

    private OcrEngine borrow() {
        OcrEngine engine = idle.poll();
        if (engine != null) {
            return engine;
        }
        synchronized (all) {
            if (all.size() < size) {
                OcrEngine created = factory.get();
                all.add(created);
                return created;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("Interrupted while waiting for an OCR engine", e);
        }
    }

    /** @throws IllegalArgumentException naming the engines there are, when none is called {@code properties.engine()} */
    static Supplier<OcrEngine> engineFactory(List<OcrEngineProvider> providers, OcrProperties properties) {
        OcrEngineProvider provider = providers.stream().filter(p -> p.name().equals(properties.engine())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("sohoa.ocr.engine: no OCR engine named '" + properties.engine()
                        + "'; engines: " + providers.stream().map(OcrEngineProvider::name).sorted().toList()));
        return () -> {
            log.info("Starting OCR engine {} ({})", provider.name(), properties.languages());
            return provider.create(properties);
        };
    }

    /** The language-data folder: configured, else {@code TESSDATA_PREFIX}, else the Debian location. */
    public static String resolveDatapath(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String prefix = System.getenv("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank() && Files.isDirectory(Path.of(prefix))) {
            return prefix;
        }
        return DEBIAN_TESSDATA;
    }

    @Override
    public void destroy() {
        synchronized (all) {
            all.forEach(OcrEngine::close);
            all.clear();
            idle.clear();
        }
    }
}
