package vn.sohoa.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OcrPropertiesTests {

    @Test
    void byDefaultTwoFilesPerEngineAndFourFilesPerFileWorkerInAChunk() {
        OcrProperties properties = new OcrProperties("vie+eng", "", 3, Duration.ofSeconds(120), 0, 0, "tesseract");

        assertThat(properties.effectiveWorkers()).isEqualTo(3);
        assertThat(properties.effectiveFileWorkers()).isEqualTo(6);
        assertThat(properties.effectiveChunkFiles()).isEqualTo(24);
    }

    @Test
    void configuredValuesWin() {
        OcrProperties properties = new OcrProperties("vie+eng", "", 2, Duration.ofSeconds(120), 5, 7, "tesseract");

        assertThat(properties.effectiveFileWorkers()).isEqualTo(5);
        assertThat(properties.effectiveChunkFiles()).isEqualTo(7);
    }

    @Test
    void noConfiguredEnginesMeansOnePerCore() {
        OcrProperties properties = new OcrProperties("vie+eng", "", 0, Duration.ofSeconds(120), 0, 0, "tesseract");

        assertThat(properties.effectiveWorkers()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(properties.effectiveFileWorkers()).isEqualTo(2 * Runtime.getRuntime().availableProcessors());
    }
}
