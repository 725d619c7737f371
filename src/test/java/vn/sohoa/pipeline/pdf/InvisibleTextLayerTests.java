package vn.sohoa.pipeline.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.sohoa.pipeline.ocr.OcrResult.OcrWord;

/**
 * The invisible text layer of a page skewed by a known angle: word boxes as Tesseract gives them on
 * a skewed page (axis-aligned boxes around slanted words), laid along the lines, read back by PDFBox
 * and poppler.
 */
class InvisibleTextLayerTests {

    private static final int DPI = 300;
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/freefont/FreeSerif.ttf");
    private static final List<String> LINES = List.of(
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "Xét đề nghị của Trưởng phòng Kinh tế và Hạ tầng huyện Thoại Sơn,",
            "QUYẾT ĐỊNH cấp giấy phép kinh doanh dịch vụ karaoke cho hộ kinh doanh.");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(doubles = {-3, 3})
    void eachLineOfASkewedPageComesBackWholeAndInOrder(double skew) throws Exception {
        byte[] pdf = pageWithTextLayer(skewedWords(skew), skew);

        String pdfBox;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pdfBox = new PDFTextStripper().getText(document);
        }
        assertLinesWholeAndInOrder(pdfBox, "PDFBox");
        assertLinesWholeAndInOrder(pdftotext(pdf, "-raw"), "pdftotext -raw");
    }

    /**
     * Every known line within one extracted line, in reading order. An extracted line may hold more
     * than one of them: on a page skewed clockwise, the end of a line lies as low as the start of the
     * next, and extractors that break lines where the height changes (PDFBox) run them together.
     * pdftotext's default layout mode is not checked: poppler (22.12) starts a new word whenever a
     * glyph's baseline is more than 0.5 pt off the word's first glyph's, measured on the page's
     * axes, so it cuts every slanted line into pieces however the PDF writes it (one text object per
     * line or per word, turned or upright words).
     */
    private static void assertLinesWholeAndInOrder(String extracted, String extractor) {
        List<String> lines = extracted.lines().map(l -> l.replaceAll("\\s+", " ").strip()).filter(l -> !l.isEmpty()).toList();
        int at = 0;
        for (String known : LINES) {
            int found = at;
            while (found < lines.size() && !lines.get(found).contains(known)) {
                found++;
            }
            assertThat(found).as("%s has \"%s\" on one line, after the previous one; it gave:%n%s", extractor, known, extracted)
                    .isLessThan(lines.size());
            at = found;
        }
    }

    /**
     * The words of {@link #LINES} as printed on a page turned by {@code skew} degrees clockwise about
     * its top left corner: each word's rectangle turned, and Tesseract's box the axis-aligned box around it.
     */
    private static List<OcrWord> skewedWords(double skew) {
        double radians = Math.toRadians(skew);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        double charWidth = 26;
        double height = 50;
        List<OcrWord> words = new ArrayList<>();
        for (int l = 0; l < LINES.size(); l++) {
            double x = 250;
            double y = 600 + 90 * l;
            for (String word : LINES.get(l).split(" ")) {
                double width = word.length() * charWidth;
                double[] xs = {x, x + width, x, x + width};
                double[] ys = {y, y, y + height, y + height};
                double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
                for (int i = 0; i < 4; i++) {
                    double tx = xs[i] * cos - ys[i] * sin;
                    double ty = xs[i] * sin + ys[i] * cos;
                    minX = Math.min(minX, tx);
                    maxX = Math.max(maxX, tx);
                    minY = Math.min(minY, ty);
                    maxY = Math.max(maxY, ty);
                }
                words.add(new OcrWord(word, 90, (int) minX, (int) minY, (int) maxX, (int) maxY));
                x += width + charWidth;
            }
        }
        return words;
    }

    private static byte[] pageWithTextLayer(List<OcrWord> words, double textAngle) throws IOException {
        try (PDDocument document = new PDDocument()) {
            InvisibleTextLayer layer = new InvisibleTextLayer(TextLayerFont.embed(document, FONT));
            float width = 2480 * 72f / DPI;
            float height = 3508 * 72f / DPI;
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                layer.write(content, words, textAngle, PageGeometry.imagePage(height, DPI));
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private String pdftotext(byte[] pdf, String mode) throws Exception {
        Path in = Files.write(dir.resolve("layer.pdf"), pdf);
        Path out = dir.resolve("layer.txt");
        Process process = new ProcessBuilder("pdftotext", mode, "-enc", "UTF-8", in.toString(), out.toString())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        return Files.readString(out);
    }
}
