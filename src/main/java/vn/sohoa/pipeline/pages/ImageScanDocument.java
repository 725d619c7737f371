package vn.sohoa.pipeline.pages;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.w3c.dom.NodeList;

import vn.sohoa.failure.QuarantineReason;
import vn.sohoa.failure.UnreadableDocumentException;

/**
 * A raster scan (every page of a multi-page TIFF, a JPEG, a PNG) read with ImageIO. The declared
 * size of each page is checked against the pixel budget before its pixels are decoded, so a
 * header claiming 100,000 x 100,000 pixels is refused instead of exhausting the heap.
 */
final class ImageScanDocument implements ScanDocument {

    private final String name;
    private final ImageInputStream input;
    private final ImageReader reader;
    private final int pageCount;
    private final long maxPixels;
    private final int defaultDpi;

    private ImageScanDocument(String name, ImageInputStream input, ImageReader reader, int pageCount,
                              long maxPixels, int defaultDpi) {
        this.name = name;
        this.input = input;
        this.reader = reader;
        this.pageCount = pageCount;
        this.maxPixels = maxPixels;
        this.defaultDpi = defaultDpi;
    }

    static ImageScanDocument open(Path file, String name, long maxPixels, int defaultDpi) {
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
            return new ImageScanDocument(name, input, reader, reader.getNumImages(true), maxPixels, defaultDpi);
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

    @Override
    public PageContent page(int number) {
        int index = number - 1;
        try {
            long pixels = (long) reader.getWidth(index) * reader.getHeight(index);
            if (pixels > maxPixels) {
                throw new UnreadableDocumentException(QuarantineReason.IMAGE_TOO_LARGE, name, number, String.format(
                        "declares %d x %d pixels, above the budget of %d", reader.getWidth(index), reader.getHeight(index), maxPixels), null);
            }
            BufferedImage image = reader.read(index);
            return new PageContent.Image(number, image, dpiOf(index));
        } catch (OutOfMemoryError e) {
            // A malformed file can make the decoder allocate far beyond what its header declares
            // (fuzzed TIFF strips). The failed allocation is released at once; the file is refused.
            throw new UnreadableDocumentException(QuarantineReason.IMAGE_TOO_LARGE, name, number,
                    "the decoder ran out of memory on this page", e);
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
