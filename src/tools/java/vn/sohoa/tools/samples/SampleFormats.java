package vn.sohoa.tools.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes page images in the formats scanners save: image-only PDF, multi-page TIFF, JPEG and PNG, each
 * stating its resolution so that OCR engines size the text right.
 */
public final class SampleFormats {

    private static final String TIFF_METADATA = "javax_imageio_tiff_image_1.0";
    private static final String JPEG_METADATA = "javax_imageio_jpeg_image_1.0";
    private static final String PNG_METADATA = "javax_imageio_png_1.0";

    private final PdfDocumentInfo pdfInfo;

    /** Writers whose PDFs carry the given creation date instead of the clock's. */
    public SampleFormats(Calendar pdfDate) {
        this.pdfInfo = new PdfDocumentInfo(pdfDate);
    }

    /**
     * A scanned PDF: each page one JPEG image filling a page as large as the image at its dpi, and no text
     * layer, as a scanner without OCR produces.
     */
    public void writeScannedPdf(List<BufferedImage> pages, int dpi, float jpegQuality, String title, Path out)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (BufferedImage image : pages) {
                float width = image.getWidth() * 72f / dpi;
                float height = image.getHeight() * 72f / dpi;
                PDPage page = new PDPage(new PDRectangle(width, height));
                document.addPage(page);
                PDImageXObject jpeg = JPEGFactory.createFromImage(document, image, jpegQuality, dpi);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(jpeg, 0, 0, width, height);
                }
            }
            pdfInfo.apply(document, title);
            document.save(out.toFile());
        }
    }

    /**
     * A multi-page TIFF with the JDK's writer: CCITT T.6 (Group 4) for bilevel pages, Deflate otherwise.
     *
     * @throws IOException also when the compression is refused for the pages' colour model
     */
    public void writeTiff(List<BufferedImage> pages, int dpi, Path out) throws IOException {
        ImageWriter writer = jdkTiffWriter();
        Files.deleteIfExists(out);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out.toFile())) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(page.getType() == BufferedImage.TYPE_BYTE_BINARY ? "CCITT T.6" : "Deflate");
                IIOMetadata metadata =
                        writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
                metadata.mergeTree(TIFF_METADATA, tiffResolution(dpi));
                writer.writeToSequence(new IIOImage(page, null, metadata), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /**
     * The JDK's own TIFF writer: the project's classpath also carries jai-imageio's, which is registered
     * under the same name and whose CCITT support differs.
     */
    private static ImageWriter jdkTiffWriter() throws IOException {
        ImageWriter fallback = null;
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("TIFF"); it.hasNext(); ) {
            ImageWriter writer = it.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio.")) {
                return writer;
            }
            fallback = fallback == null ? writer : fallback;
        }
        if (fallback == null) {
            throw new IOException("No TIFF image writer is available");
        }
        return fallback;
    }

    private static IIOMetadataNode tiffResolution(int dpi) {
        IIOMetadataNode ifd = new IIOMetadataNode("TIFFIFD");
        ifd.appendChild(tiffRational(282, "XResolution", dpi));
        ifd.appendChild(tiffRational(283, "YResolution", dpi));
        IIOMetadataNode unit = tiffField(296, "ResolutionUnit");
        IIOMetadataNode shorts = new IIOMetadataNode("TIFFShorts");
        IIOMetadataNode inch = new IIOMetadataNode("TIFFShort");
        inch.setAttribute("value", "2");
        shorts.appendChild(inch);
        unit.appendChild(shorts);
        ifd.appendChild(unit);
        IIOMetadataNode root = new IIOMetadataNode(TIFF_METADATA);
        root.appendChild(ifd);
        return root;
    }

    private static IIOMetadataNode tiffRational(int number, String name, int value) {
        IIOMetadataNode field = tiffField(number, name);
        IIOMetadataNode rationals = new IIOMetadataNode("TIFFRationals");
        IIOMetadataNode rational = new IIOMetadataNode("TIFFRational");
        rational.setAttribute("value", value + "/1");
        rationals.appendChild(rational);
        field.appendChild(rationals);
        return field;
    }

    private static IIOMetadataNode tiffField(int number, String name) {
        IIOMetadataNode field = new IIOMetadataNode("TIFFField");
        field.setAttribute("number", Integer.toString(number));
        field.setAttribute("name", name);
        return field;
    }

    /** A baseline JPEG with its dpi in the JFIF header. */
    public void writeJpeg(BufferedImage image, int dpi, float quality, Path out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        IIOMetadataNode tree = (IIOMetadataNode) metadata.getAsTree(JPEG_METADATA);
        IIOMetadataNode jfif = (IIOMetadataNode) tree.getElementsByTagName("app0JFIF").item(0);
        jfif.setAttribute("resUnits", "1");
        jfif.setAttribute("Xdensity", Integer.toString(dpi));
        jfif.setAttribute("Ydensity", Integer.toString(dpi));
        metadata.setFromTree(JPEG_METADATA, tree);
        write(writer, new IIOImage(image, null, metadata), param, out);
    }

    /** A PNG with its dpi in the pHYs chunk. */
    public void writePng(BufferedImage image, int dpi, Path out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        metadata.mergeTree(PNG_METADATA, physicalPixelSize(dpi));
        write(writer, new IIOImage(image, null, metadata), param, out);
    }

    /**
     * The native pHYs node, in pixels per metre. Not the standard HorizontalPixelSize: the JDK's PNG
     * writer reads that as pixels per millimetre and would store 3 dpi.
     */
    private static IIOMetadataNode physicalPixelSize(int dpi) {
        String perMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
        root.appendChild(phys);
        return root;
    }

    private static void write(ImageWriter writer, IIOImage image, ImageWriteParam param, Path out) throws IOException {
        Files.deleteIfExists(out);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out.toFile())) {
            writer.setOutput(stream);
            writer.write(null, image, param);
        } finally {
            writer.dispose();
        }
    }
}
