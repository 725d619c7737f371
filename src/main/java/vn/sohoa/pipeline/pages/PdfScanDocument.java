package vn.sohoa.pipeline.pages;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import vn.sohoa.failure.QuarantineReason;
import vn.sohoa.failure.UnreadableDocumentException;

/**
 * A PDF read with PDFBox: pages with a usable text layer give their text; the others are
 * rendered for OCR at the configured resolution, lowered if the page would exceed the pixel
 * budget (a poster-sized page must not allocate gigabytes).
 */
final class PdfScanDocument implements ScanDocument {

    private static final int MIN_DPI = 100;
    /** Scans below this are still rendered at it: Tesseract reads small print better from enlarged low-resolution scans. */
    private static final int MIN_SCAN_DPI = 200;

    private final String name;
    private final PDDocument pdf;
    private final PDFRenderer renderer;
    private final TextLayerCheck textCheck;
    private final int renderDpi;
    private final long maxPixels;

    private PdfScanDocument(String name, PDDocument pdf, TextLayerCheck textCheck, int renderDpi, long maxPixels) {
        this.name = name;
        this.pdf = pdf;
        this.renderer = new PDFRenderer(pdf);
        // An embedded image finer than the rendering is decoded subsampled, not in full first.
        this.renderer.setSubsamplingAllowed(true);
        this.textCheck = textCheck;
        this.renderDpi = renderDpi;
        this.maxPixels = maxPixels;
    }

    static PdfScanDocument open(Path file, String name, TextLayerCheck textCheck, int renderDpi, long maxPixels) {
        try {
            return new PdfScanDocument(name, Loader.loadPDF(file.toFile()), textCheck, renderDpi, maxPixels);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(QuarantineReason.ENCRYPTED, name, 0, "PDF needs a password", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(QuarantineReason.DAMAGED, name, 0, "PDF cannot be parsed: " + e.getMessage(), e);
        }
    }

    @Override
    public int pageCount() {
        return pdf.getNumberOfPages();
    }

    /** The text of the page planned last: {@link #rasterBytes} reads it, {@link #page} uses it. */
    private int textPage;
    private String text;

    private String cachedTextOf(int number) throws IOException {
        if (textPage != number) {
            text = textOf(number);
            textPage = number;
        }
        return text;
    }

    @Override
    public long rasterBytes(int number) {
        try {
            if (textCheck.usable(cachedTextOf(number))) {
                return 0;
            }
            PDPage page = pdf.getPage(number - 1);
            PDRectangle box = page.getCropBox();
            double dpi = dpiWithinBudget(number, page, scanDpi(page));
            long pixels = (long) Math.ceil(box.getWidth() / 72.0 * dpi) * (long) Math.ceil(box.getHeight() / 72.0 * dpi);
            // The rendered raster, the embedded images PDFBox decodes to draw it, and the copies of OCR.
            return pixels * ImageScanDocument.BYTES_PER_PIXEL_IN_FLIGHT + largestImageBytes(page);
        } catch (IOException | RuntimeException e) {
            return 0; // page() reports the page as it fails
        }
    }

    @Override
    public PageContent page(int number) {
        // An OutOfMemoryError is not caught: the reader of the document retries the page alone.
        try {
            String text = cachedTextOf(number);
            if (textCheck.usable(text)) {
                return new PageContent.TextLayer(number, text);
            }
            PDPage page = pdf.getPage(number - 1);
            int dpi = dpiWithinBudget(number, page, scanDpi(page));
            // Colour only where the scan has it: OCR preprocessing tells a red seal from black text by colour.
            ImageType type = hasColourImage(page) ? ImageType.RGB : ImageType.GRAY;
            BufferedImage image = renderer.renderImageWithDPI(number - 1, dpi, type);
            return new PageContent.Image(number, image, dpi);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException ude) {
                throw ude;
            }
            throw new UnreadableDocumentException(QuarantineReason.DAMAGED, name, number, "page cannot be decoded: " + e, e);
        }
    }

    /** Bytes of the largest image on the page once decoded (PDFBox subsamples what is finer than the rendering). */
    private static long largestImageBytes(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        long largest = 0;
        if (resources == null) {
            return 0;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                largest = Math.max(largest, (long) image.getWidth() * image.getHeight() * 4);
            }
        }
        return largest;
    }

    private static boolean hasColourImage(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image && image.getColorSpace().getNumberOfComponents() >= 3) {
                return true;
            }
        }
        return false;
    }

    private String textOf(int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(pdf);
    }

    /**
     * The resolution to render a scanned page at: its scan's own when the page is one image covering
     * it (what a scanner writes), between {@value #MIN_SCAN_DPI} dpi and the configured render
     * resolution. Rendering a 200-dpi scan at 300 dpi only interpolates: two and a quarter times the
     * pixels to decode, preprocess, search for codes and give Tesseract, for no detail the scan has.
     * Any other page is rendered at the configured resolution.
     */
    private int scanDpi(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return renderDpi;
        }
        PDImageXObject only = null;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (!(object instanceof PDImageXObject image) || only != null) {
                return renderDpi;
            }
            only = image;
        }
        PDRectangle box = page.getCropBox();
        if (only == null || box.getWidth() <= 0 || box.getHeight() <= 0 || page.getRotation() % 180 != 0) {
            return renderDpi;
        }
        double across = only.getWidth() / (box.getWidth() / 72.0);
        double down = only.getHeight() / (box.getHeight() / 72.0);
        if (Math.abs(across - down) > 0.02 * Math.max(across, down)) {
            return renderDpi; // not one image spanning the page
        }
        return (int) Math.max(Math.min(MIN_SCAN_DPI, renderDpi), Math.min(renderDpi, Math.round(Math.min(across, down))));
    }

    private int dpiWithinBudget(int number, PDPage page, int wanted) {
        PDRectangle box = page.getCropBox();
        double squareInches = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
        int dpi = (int) Math.min(wanted, Math.floor(Math.sqrt(maxPixels / Math.max(squareInches, 1e-6))));
        if (dpi < MIN_DPI) {
            throw new UnreadableDocumentException(QuarantineReason.IMAGE_TOO_LARGE, name, number,
                    String.format("page of %.0f x %.0f pt cannot be rendered at %d dpi within %d pixels",
                            box.getWidth(), box.getHeight(), MIN_DPI, maxPixels), null);
        }
        return dpi;
    }

    @Override
    public void close() {
        try {
            pdf.close();
        } catch (IOException e) {
            // Nothing was written; a failed close of a read-only document loses nothing.
        }
    }
}
