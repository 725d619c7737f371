package vn.sohoa.pipeline.pages;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.w3c.dom.NodeList;

import vn.sohoa.failure.QuarantineReason;
import vn.sohoa.failure.UnreadableDocumentException;

/**
 * A raster scan (every page of a multi-page TIFF, a JPEG, a PNG) read with ImageIO (the
 * TwelveMonkeys plugins for JPEG and TIFF: CMYK, YCCK, alpha, 16 bits, palettes) and converted to
 * a plain raster for OCR ({@link PageRaster}). A page over the pixel budget is decoded subsampled,
 * down to the resolution OCR needs; that size is checked against the budget before any pixel is
 * decoded, so a header claiming 100,000 x 100,000 pixels is refused instead of exhausting the heap.
 */
final class ImageScanDocument implements ScanDocument {

    /**
     * Heap a page takes while it is read, per pixel of its decoded raster: the raster (up to four
     * bytes), a plain copy when the file's colour model needed one, and the copies preprocessing
     * and OCR make (grey, binarized, rotated).
     */
    static final int BYTES_PER_PIXEL_IN_FLIGHT = 12;

    private final String name;
    private final ImageInputStream input;
    private final ImageReader reader;
    private final int pageCount;
    private final long maxPixels;
    private final int defaultDpi;
    private final int ocrDpi;

    private ImageScanDocument(String name, ImageInputStream input, ImageReader reader, int pageCount,
                              long maxPixels, int defaultDpi, int ocrDpi) {
        this.name = name;
        this.input = input;
        this.reader = reader;
        this.pageCount = pageCount;
        this.maxPixels = maxPixels;
        this.defaultDpi = defaultDpi;
        this.ocrDpi = Math.max(1, ocrDpi);
    }

    static ImageScanDocument open(Path file, String name, long maxPixels, int defaultDpi, int ocrDpi) {
        ImageInputStream input = null;
        try {
            input = ImageIO.createImageInputStream(file.toFile());
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new UnreadableDocumentException(QuarantineReason.DAMAGED, name, "no image decoder recognizes the content");
            }
            ImageReader reader = readers.next();
            // Metadata is read: it holds the resolution (pHYs of a PNG), which sizes the text for OCR and the PDF page.
            reader.setInput(input, false, false);
            return new ImageScanDocument(name, input, reader, reader.getNumImages(true), maxPixels, defaultDpi, ocrDpi);
        } catch (IOException | RuntimeException e) {
            closeQuietly(input);
            if (e instanceof UnreadableDocumentException ude) {
                throw ude;
            }
            throw new UnreadableDocumentException(QuarantineReason.DAMAGED, name, 0, "image cannot be opened: " + e, e);
        }
    }

    @Override
    public int pageCount() {
        return pageCount;
    }

    /**
     * How a page is decoded: every {@code step}-th pixel of every {@code step}-th row. A page within
     * the pixel budget is decoded whole (its image goes into the searchable PDF as it is); a larger
     * one as finely as the budget allows, never the whole raster first: an 8400-pixel square
     * scanned at 600 dpi becomes 4200 pixels at 300 dpi. Below 200 dpi that would
     * no longer be read reliably, so such a page stays over the budget and is refused.
     */
    private record Plan(int step, int width, int height, int dpi) {

        long pixels() {
            return (long) width * height;
        }
    }

    /** The lowest resolution a page is reduced to for OCR (the legal minimum of an administrative scan). */
    private static final int MIN_OCR_DPI = 200;

    private Plan plan(int index) throws IOException {
        int width = reader.getWidth(index);
        int height = reader.getHeight(index);
        int dpi = dpiOf(index);
        int step = 1;
        int lowest = Math.min(MIN_OCR_DPI, ocrDpi);
        while ((long) ceilDiv(width, step) * ceilDiv(height, step) > maxPixels && dpi / (step + 1) >= lowest) {
            step++;
        }
        return new Plan(step, ceilDiv(width, step), ceilDiv(height, step), dpi / step);
    }

    private static int ceilDiv(int value, int step) {
        return (value + step - 1) / step;
    }

    @Override
    public long rasterBytes(int number) {
        try {
            Plan plan = plan(number - 1);
            return Math.min(plan.pixels(), maxPixels) * BYTES_PER_PIXEL_IN_FLIGHT;
        } catch (IOException | RuntimeException e) {
            return 0; // page() reports the page as it fails
        }
    }

    @Override
    public PageContent page(int number) {
        int index = number - 1;
        // An OutOfMemoryError is not caught: the reader of the document retries the page alone.
        try {
            Plan plan = plan(index);
            if (plan.pixels() > maxPixels) {
                throw new UnreadableDocumentException(QuarantineReason.IMAGE_TOO_LARGE, name, number, String.format(
                        "declares %d x %d pixels at %d dpi: %d x %d at %d dpi, as far as it can be reduced for OCR, is above the budget of %d pixels",
                        reader.getWidth(index), reader.getHeight(index), plan.dpi() * plan.step(), plan.width(), plan.height(), plan.dpi(),
                        maxPixels), null);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            if (plan.step() > 1) {
                param.setSourceSubsampling(plan.step(), plan.step(), 0, 0);
            }
            BufferedImage image = PageRaster.plain(reader.read(index, param));
            return new PageContent.Image(number, image, plan.dpi());
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException ude) {
                throw ude;
            }
            throw new UnreadableDocumentException(QuarantineReason.DAMAGED, name, number, "page cannot be decoded: " + e, e);
        }
    }

    /** Resolution from the standard metadata tree (pixel size in mm), else the configured default. */
    private int dpiOf(int index) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(index);
            if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
                return defaultDpi;
            }
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
            NodeList sizes = root.getElementsByTagName("HorizontalPixelSize");
            if (sizes.getLength() == 0) {
                return defaultDpi;
            }
            double mmPerPixel = Double.parseDouble(((IIOMetadataNode) sizes.item(0)).getAttribute("value"));
            int dpi = (int) Math.round(25.4 / mmPerPixel);
            return dpi >= 50 && dpi <= 2400 ? dpi : defaultDpi;
        } catch (IOException | RuntimeException e) {
            return defaultDpi;
        }
    }

    @Override
    public void close() {
        reader.dispose();
        closeQuietly(input);
    }

    private static void closeQuietly(ImageInputStream input) {
        try {
            if (input != null) {
                input.close();
            }
        } catch (IOException e) {
            // Read-only stream: nothing to lose.
        }
    }
}
