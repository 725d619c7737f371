package vn.sohoa.pipeline.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.sohoa.failure.QuarantineReason;
import vn.sohoa.failure.UnreadableDocumentException;
import vn.sohoa.pipeline.intake.ContentHasher;
import vn.sohoa.pipeline.intake.IntakeProperties;
import vn.sohoa.pipeline.intake.MediaTypeDetector;
import vn.sohoa.pipeline.intake.ScanFile;
import vn.sohoa.pipeline.pages.RobustnessScans.CmykJpeg;

/**
 * Every colour model a scanner or camera writes decodes to a plain page with dark text on light
 * paper: an inverted CMYK, a transparent background shown black or a 16-bit page read as noise
 * would fail the luma checks.
 */
class ColourModelsTests {

    private static final long MAX_PIXELS = 20_000_000L;

    @TempDir
    static Path dir;

    private final ScanDocumentOpener opener = new ScanDocumentOpener(new PagesProperties(300, 300, 25, 0.5),
            new IntakeProperties(List.of(), MAX_PIXELS, 100));

    interface Writer {
        void write(Path file) throws IOException;
    }

    static Stream<Arguments> scans() {
        return Stream.of(
                Arguments.of("cmyk-adobe.jpg", (Writer) f -> RobustnessScans.writeCmykJpeg(f, CmykJpeg.ADOBE_CMYK)),
                Arguments.of("ycck-adobe.jpg", (Writer) f -> RobustnessScans.writeCmykJpeg(f, CmykJpeg.ADOBE_YCCK)),
                Arguments.of("cmyk-no-adobe.jpg", (Writer) f -> RobustnessScans.writeCmykJpeg(f, CmykJpeg.NO_ADOBE_MARKER)),
                Arguments.of("alpha.tif", (Writer) f -> RobustnessScans.writeTiff(f, "LZW",
                        List.of(RobustnessScans.page(BufferedImage.TYPE_INT_ARGB), RobustnessScans.page(BufferedImage.TYPE_INT_ARGB)))),
                Arguments.of("grey16-deflate.tif", (Writer) f -> RobustnessScans.writeTiff(f, "Deflate", List.of(RobustnessScans.grey16()))),
                Arguments.of("rgba16.tif", (Writer) f -> RobustnessScans.writeTiff(f, null, List.of(RobustnessScans.rgba16()))),
                Arguments.of("palette-lzw.tif", (Writer) f -> RobustnessScans.writeTiff(f, "LZW", List.of(RobustnessScans.palette(false)))),
                Arguments.of("jpeg-in.tif", (Writer) f -> RobustnessScans.writeTiff(f, "JPEG",
                        List.of(RobustnessScans.page(BufferedImage.TYPE_3BYTE_BGR)))),
                Arguments.of("alpha.png", (Writer) f -> RobustnessScans.writePng(f, RobustnessScans.page(BufferedImage.TYPE_INT_ARGB), 300)),
                Arguments.of("rgba16.png", (Writer) f -> RobustnessScans.writePng(f, RobustnessScans.rgba16(), 300)),
                Arguments.of("grey16.png", (Writer) f -> RobustnessScans.writePng(f, RobustnessScans.grey16(), 300)),
                Arguments.of("palette-transparent.png", (Writer) f -> RobustnessScans.writePng(f, RobustnessScans.palette(true), 300)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scans")
    void decodesToAPlainPageWithDarkTextOnLightPaper(String name, Writer writer) throws IOException {
        Path file = dir.resolve(name);
        writer.write(file);
        byte[] before = Files.readAllBytes(file);

        try (ScanDocument document = opener.open(scan(file))) {
            for (int number = 1; number <= document.pageCount(); number++) {
                PageContent.Image page = (PageContent.Image) document.page(number);
                assertThat(page.image().getType()).as("layout of " + name).isIn(BufferedImage.TYPE_BYTE_GRAY,
                        BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB);
                assertThat(page.dpi()).isEqualTo(300);
                assertDarkTextOnLightPaper(name, page.image());
            }
        }
        assertThat(Files.readAllBytes(file)).as("the original is only read").isEqualTo(before);
    }

    @Test
    void theCmykJpegsAreWhatTheirNamesSay() throws IOException {
        for (CmykJpeg kind : CmykJpeg.values()) {
            Path file = dir.resolve("kind-" + kind + ".jpg");
            RobustnessScans.writeCmykJpeg(file, kind);
            int expected = switch (kind) {
                case ADOBE_CMYK -> 0;
                case ADOBE_YCCK -> 2;
                case NO_ADOBE_MARKER -> -1;
            };
            assertThat(RobustnessScans.adobeTransform(Files.readAllBytes(file))).as(kind.name()).isEqualTo(expected);
        }
    }

    /** PDFBox decodes a JPEG 2000 page image with jai-imageio-jpeg2000: rendered, not refused. */
    @Test
    void aJpeg2000ImageInAPdfIsRenderedForOcr() throws IOException {
        Path file = dir.resolve("jpx.pdf");
        RobustnessScans.writeJpxPdf(file);

        try (ScanDocument document = opener.open(scan(file))) {
            PageContent.Image page = (PageContent.Image) document.page(1);
            assertThat(page.dpi()).isEqualTo(300);
            assertDarkTextOnLightPaper("jpx.pdf", page.image());
        }
    }

    /** An 8400-pixel square scanned at 600 dpi is over the budget whole, within it at 300 dpi: decoded subsampled. */
    @Test
    void aScanOverThePixelBudgetIsDecodedAtTheResolutionOcrNeeds() throws IOException {
        Path file = dir.resolve("large-600.tif");
        RobustnessScans.writeLargeTiff(file, 8400, 600);

        try (ScanDocument document = opener.open(scan(file))) {
            assertThat(document.rasterBytes(1)).isLessThanOrEqualTo(MAX_PIXELS * ImageScanDocument.BYTES_PER_PIXEL_IN_FLIGHT);
            PageContent.Image page = (PageContent.Image) document.page(1);
            assertThat(page.image().getWidth()).isEqualTo(4200);
            assertThat(page.dpi()).isEqualTo(300);
        }
    }

    /** The same pixels at 300 dpi would be below 200 dpi once within the budget: refused, saying so. */
    @Test
    void aScanOverThePixelBudgetEvenAtTheLowestOcrResolutionIsRefused() throws IOException {
        Path file = dir.resolve("large-300.tif");
        RobustnessScans.writeLargeTiff(file, 8400, 300);

        try (ScanDocument document = opener.open(scan(file))) {
            assertThatThrownBy(() -> document.page(1)).isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                assertThat(e.reason()).isEqualTo(QuarantineReason.IMAGE_TOO_LARGE);
                assertThat(e.getMessage()).contains("8400 x 8400", "above the budget");
            });
        }
    }

    private static void assertDarkTextOnLightPaper(String name, BufferedImage image) {
        RgbRows rows = RgbRows.of(image);
        int[] row = new int[image.getWidth()];
        long sum = 0;
        int darkest = 255;
        for (int y = 0; y < image.getHeight(); y++) {
            rows.read(y, row);
            for (int x = 0; x < image.getWidth(); x++) {
                int luma = RgbRows.luma(row[x]);
                sum += luma;
                darkest = Math.min(darkest, luma);
            }
        }
        double mean = (double) sum / ((long) image.getWidth() * image.getHeight());
        assertThat(mean).as("mean luma of " + name + " (light paper)").isGreaterThan(200);
        assertThat(darkest).as("darkest luma of " + name + " (dark text)").isLessThan(90);
    }

    private static ScanFile scan(Path file) throws IOException {
        return new ScanFile("test", file.getFileName().toString(), file, Files.size(file),
                new ContentHasher().sha256(file), new MediaTypeDetector().detect(file), null, Map.of());
    }
}
