package vn.sohoa.pipeline.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * OCR engines for tests, through the same port as Tesseract ({@code sohoa.ocr.engine}), as
 * OCRmyPDF's test plugins do: one that reads a fixed text without Tesseract, one that fails on
 * every page. Faults of a native engine cannot be produced on demand otherwise.
 */
public final class TestOcrEngines {

    /** What {@link Fake} reads on every page, in one line. */
    public static final String FAKE_TEXT = "GIẤY CHỨNG NHẬN giả 079123456789";
    /** Pages the fake engines were asked to read, in this JVM. */
    public static final AtomicInteger PAGES = new AtomicInteger();

    private TestOcrEngines() {
    }

    /** A provider of engines that read each page with {@code read} and have nothing to release. */
    private abstract static class PageFunctionProvider implements OcrEngineProvider {

        private final String name;

        PageFunctionProvider(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        abstract OcrResult read(BufferedImage image, int dpi);

        @Override
        public OcrEngine create(OcrProperties properties) {
            return new OcrEngine() {
                @Override
                public OcrResult recognize(BufferedImage image, int dpi) {
                    PAGES.incrementAndGet();
                    return read(image, dpi);
                }

                @Override
                public void close() {
                }
            };
        }
    }

    /** {@code sohoa.ocr.engine=fake}: {@link #FAKE_TEXT} on every page, one word box per word along the top. */
    @Component
    public static class Fake extends PageFunctionProvider {
        public Fake() {
            super("fake");
        }

        @Override
        OcrResult read(BufferedImage image, int dpi) {
            List<OcrResult.OcrWord> words = new ArrayList<>();
            String[] texts = FAKE_TEXT.split(" ");
            int width = image.getWidth() / (texts.length + 1);
            for (int i = 0; i < texts.length; i++) {
                words.add(new OcrResult.OcrWord(texts[i], 90f, i * width + 10, 10, (i + 1) * width, 10 + dpi / 6));
            }
            return new OcrResult(FAKE_TEXT, 90, words);
        }
    }

    /** {@code sohoa.ocr.engine=crashing}: fails on every page as a broken engine would. */
    @Component
    public static class Crashing extends PageFunctionProvider {
        public Crashing() {
            super("crashing");
        }

        @Override
        OcrResult read(BufferedImage image, int dpi) {
            throw new OcrException("simulated engine crash on a " + image.getWidth() + "x" + image.getHeight() + " page");
        }
    }
}
