package vn.sohoa.operations.monitoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import vn.sohoa.pipeline.ocr.OcrEnginePool;
import vn.sohoa.pipeline.ocr.OcrProperties;

/**
 * {@code tesseract} health: the language data Sohoa is configured for is installed. (Starting an
 * engine on every probe would cost a second of CPU; the data files are what goes missing.)
 */
@Component
public class TesseractHealthIndicator implements HealthIndicator {

    private final OcrProperties ocr;

    public TesseractHealthIndicator(OcrProperties ocr) {
        this.ocr = ocr;
    }

    @Override
    public Health health() {
        Path datapath = Path.of(OcrEnginePool.resolveDatapath(ocr.datapath()));
        List<String> missing = Arrays.stream(ocr.languages().split("\\+"))
                .filter(lang -> !Files.isRegularFile(datapath.resolve(lang + ".traineddata"))).toList();
        Health.Builder health = missing.isEmpty() ? Health.up() : Health.down().withDetail("missing", missing);
        return health.withDetail("datapath", datapath.toString()).withDetail("languages", ocr.languages()).build();
    }
}
