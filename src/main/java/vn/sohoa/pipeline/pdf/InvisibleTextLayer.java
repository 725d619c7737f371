package vn.sohoa.pipeline.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import vn.sohoa.pipeline.ocr.OcrResult.OcrWord;

/**
 * Writes OCR words as invisible text (rendering mode 3) over the page image, each word stretched
 * onto its box along the direction the lines run, so that selecting and searching in a viewer
 * highlights the right spot and text extraction gives the words back in reading order.
 *
 * <p>Word boxes are axis-aligned in page-image pixels; on a skewed or turned page the word itself is
 * a rotated rectangle inside its box, recovered from the box and the text angle. The words of one
 * line share one baseline and one size, as printed text does: words with and without diacritics or
 * descenders have boxes of different heights, and extractors (poppler) split a line whose words
 * sit at different heights.
 */
final class InvisibleTextLayer {

    /** Below this, the rotated rectangle cannot be recovered from its box (near 45°): use the box. */
    private static final double MIN_DETERMINANT = 0.3;
    /** The baseline sits this far below the line's middle, in line heights. */
    private static final double BASELINE_BELOW_MIDDLE = 0.3;

    private final TextLayerFont font;

    InvisibleTextLayer(TextLayerFont font) {
        this.font = font;
    }

    /** A word in line coordinates: u along the line, v across it (towards the bottom of the text). */
    private record Placed(String text, double width, double u, double v, double w, double h) {
    }

    /**
     * @param words       in reading order, boxes in page-image pixels
     * @param textAngle   direction of the lines in the image, degrees clockwise (y down)
     * @param pixelToUser maps page-image pixels to the page's PDF user space
     */
    void write(PDPageContentStream content, List<OcrWord> words, double textAngle, AffineTransform pixelToUser)
            throws IOException {
        double radians = Math.toRadians(textAngle);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        List<List<Placed>> lines = lines(place(words, cos, sin));
        if (lines.isEmpty()) {
            return;
        }
        double spaceWidth = font.width(" ");
        for (int l = 0; l < lines.size(); l++) {
            writeLine(content, lines.get(l), l < lines.size() - 1, spaceWidth, cos, sin, pixelToUser);
        }
    }

    /**
     * One line as one text object, the way OCRmyPDF's hOCR renderer writes it: the text matrix is set
     * once, at the start of the line's baseline and turned along it; the words follow along that
     * baseline ({@code Td}), each stretched onto its box by horizontal scaling ({@code Tz}), and the
     * space after a word is stretched to reach the next word, so that the glyphs of a line form one
     * continuous run. Extractors that group glyphs by their advance along the baseline (PDFBox,
     * {@code pdftotext -raw}) then find the whole line.
     */
    private void writeLine(PDPageContentStream content, List<Placed> line, boolean moreLines, double spaceWidth,
                           double cos, double sin, AffineTransform pixelToUser) throws IOException {
        double height = median(line.stream().mapToDouble(Placed::h).toArray());
        double baseline = median(line.stream().mapToDouble(Placed::v).toArray()) + BASELINE_BELOW_MIDDLE * height;
        double u0 = line.get(0).u() - line.get(0).w() / 2;
        Point2D origin = pixelToUser.transform(toImage(u0, baseline, cos, sin), null);
        Point2D along = pixelToUser.transform(toImage(u0 + 1, baseline, cos, sin), null);
        Point2D up = pixelToUser.transform(toImage(u0, baseline - 1, cos, sin), null);
        // Points per pixel along the line: pixelToUser only scales, flips and turns by right angles.
        double k = along.distance(origin);
        double fontSize = height * k;
        content.beginText();
        content.setRenderingMode(RenderingMode.NEITHER);
        content.setFont(font.font(), (float) fontSize);
        content.setTextMatrix(new Matrix((float) ((along.getX() - origin.getX()) / k), (float) ((along.getY() - origin.getY()) / k),
                (float) ((up.getX() - origin.getX()) / k), (float) ((up.getY() - origin.getY()) / k),
                (float) origin.getX(), (float) origin.getY()));
        double previousStart = 0;
        for (int i = 0; i < line.size(); i++) {
            Placed word = line.get(i);
            double start = (word.u() - word.w() / 2 - u0) * k;
            double width = word.w() * k;
            if (i > 0) {
                content.newLineAtOffset((float) (start - previousStart), 0);
            }
            previousStart = start;
            content.setHorizontalScaling((float) scaling(width, word.width() * fontSize));
            content.showText(word.text());
            if (i < line.size() - 1) {
                Placed next = line.get(i + 1);
                double gap = (next.u() - next.w() / 2 - u0) * k - (start + width);
                // The space is part of the text, so that every extractor separates words the same way.
                content.setHorizontalScaling((float) scaling(Math.max(gap, 0.05 * fontSize), spaceWidth * fontSize));
                content.showText(" ");
            } else if (moreLines) {
                content.showText(" ");
            }
        }
        content.endText();
    }

    /** Horizontal scaling, percent, that makes text {@code natural} wide span {@code wanted}. */
    private static double scaling(double wanted, double natural) {
        return 100 * wanted / natural;
    }

    private List<Placed> place(List<OcrWord> words, double cos, double sin) {
        double ac = Math.abs(cos);
        double as = Math.abs(sin);
        double determinant = ac * ac - as * as;
        List<Placed> placed = new ArrayList<>(words.size());
        for (OcrWord word : words) {
            String text = font.printable(word.text().strip());
            double width = font.width(text);
            double boxWidth = word.right() - word.left();
            double boxHeight = word.bottom() - word.top();
            if (text.isEmpty() || width <= 0 || boxWidth <= 0 || boxHeight <= 0) {
                continue;
            }
            double w = ac >= as ? boxWidth : boxHeight;
            double h = ac >= as ? boxHeight : boxWidth;
            if (Math.abs(determinant) >= MIN_DETERMINANT) {
                double rw = (boxWidth * ac - boxHeight * as) / determinant;
                double rh = (boxHeight * ac - boxWidth * as) / determinant;
                if (rw > 0 && rh > 0) {
                    w = rw;
                    h = rh;
                }
            }
            double cx = (word.left() + word.right()) / 2.0;
            double cy = (word.top() + word.bottom()) / 2.0;
            placed.add(new Placed(text, width, cx * cos + cy * sin, -cx * sin + cy * cos, w, h));
        }
        return placed;
    }

    /** Consecutive words form a line until one starts back to the left or off the line. */
    private static List<List<Placed>> lines(List<Placed> words) {
        List<List<Placed>> lines = new ArrayList<>();
        List<Placed> line = new ArrayList<>();
        for (Placed word : words) {
            if (!line.isEmpty()) {
                Placed previous = line.get(line.size() - 1);
                boolean backwards = word.u() - word.w() / 2 < previous.u() + previous.w() / 2 - previous.h();
                boolean offLine = Math.abs(word.v() - previous.v()) > Math.max(word.h(), previous.h()) / 2;
                if (backwards || offLine) {
                    lines.add(line);
                    line = new ArrayList<>();
                }
            }
            line.add(word);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static Point2D toImage(double u, double v, double cos, double sin) {
        return new Point2D.Double(u * cos - v * sin, u * sin + v * cos);
    }

    private static double median(double[] values) {
        java.util.Arrays.sort(values);
        return values[values.length / 2];
    }
}
