package vn.sohoa.pipeline.pages;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.sohoa.tools.samples.FontSet;

/**
 * Scan files as other scanners, cameras and tools write them, drawn here rather than collected:
 * CMYK and YCCK JPEGs with and without an Adobe marker, TIFFs with alpha, 16-bit samples,
 * palettes, LZW, Deflate and JPEG compression, PNGs likewise, a JPEG 2000 image in a PDF, a very
 * large scan, a poster-sized PDF page, many pages, mixed pages, and broken files. Each page carries the same two lines of
 * text, dark on light, so that a wrong colour conversion (an inverted or black page) shows as
 * missing text. The JDK's own encoders write them: nothing here goes through the decoders under test.
 */
public final class RobustnessScans {

    /** The words OCR must find on every page that was converted right. */
    public static final String WORD = "QUYẾT";
    static final String LINE_1 = "QUYẾT ĐỊNH";
    static final String LINE_2 = "Số: 123/QĐ-UBND";
    static final int DPI = 300;

    private RobustnessScans() {
    }

    /** A page of text at {@value #DPI} dpi, about 4 x 2 inches: small enough to OCR in a fraction of a second. */
    public static BufferedImage page(int type) {
        return page(type, 1240, 620, 0);
    }

    static BufferedImage page(int type, int width, int height, int x0) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            if (image.getColorModel().hasAlpha()) {
                g.setComposite(java.awt.AlphaComposite.Clear); // transparent paper: black behind it if read naively
                g.fillRect(0, 0, width, height);
                g.setComposite(java.awt.AlphaComposite.SrcOver);
            } else {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.setColor(new Color(20, 20, 20));
            FontSet fonts = FontSet.fromSystem();
            g.setFont(fonts.font(FontSet.Face.BOLD, 90f));
            g.drawString(LINE_1, x0 + 120, 250);
            g.setFont(fonts.font(FontSet.Face.REGULAR, 70f));
            g.drawString(LINE_2, x0 + 120, 420);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The page as CMYK samples (0 = no ink), one raster of four bands. */
    static WritableRaster cmyk(BufferedImage rgbPage) {
        WritableRaster raster = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE,
                rgbPage.getWidth(), rgbPage.getHeight(), 4, null);
        int[] px = new int[4];
        for (int y = 0; y < rgbPage.getHeight(); y++) {
            for (int x = 0; x < rgbPage.getWidth(); x++) {
                int rgb = rgbPage.getRGB(x, y);
                int c = 255 - (rgb >> 16 & 0xff);
                int m = 255 - (rgb >> 8 & 0xff);
                int ye = 255 - (rgb & 0xff);
                int k = Math.min(c, Math.min(m, ye));
                px[0] = c - k;
                px[1] = m - k;
                px[2] = ye - k;
                px[3] = k;
                raster.setPixel(x, y, px);
            }
        }
        return raster;
    }

    /** How the four components of a CMYK JPEG are stored and labelled. */
    public enum CmykJpeg {
        /** Adobe APP14 marker, transform 0: inverted CMYK, as Photoshop writes it. */
        ADOBE_CMYK,
        /** Adobe APP14 marker, transform 2: YCCK, as most CMYK cameras and RIPs write it. */
        ADOBE_YCCK,
        /** Four components, no Adobe marker: plain CMYK. */
        NO_ADOBE_MARKER
    }

    /** A CMYK JPEG of {@link #page}, written by the JDK's encoder from a four-band raster. */
    public static void writeCmykJpeg(Path file, CmykJpeg kind) throws IOException {
        WritableRaster cmyk = cmyk(page(BufferedImage.TYPE_INT_RGB));
        WritableRaster stored = cmyk.createCompatibleWritableRaster();
        int[] px = new int[4];
        for (int y = 0; y < cmyk.getHeight(); y++) {
            for (int x = 0; x < cmyk.getWidth(); x++) {
                cmyk.getPixel(x, y, px);
                int c = px[0];
                int m = px[1];
                int ye = px[2];
                int k = px[3];
                switch (kind) {
                    case ADOBE_CMYK -> stored.setPixel(x, y, new int[] {255 - c, 255 - m, 255 - ye, 255 - k});
                    case ADOBE_YCCK -> {
                        // The JDK's encoder writes a raster's samples as they are: the YCCK is computed
                        // here as libjpeg does it, YCbCr of 255 minus the stored (Adobe-inverted) CMY,
                        // that is of the ink itself; K stored inverted.
                        double r = c;
                        double g = m;
                        double b = ye;
                        int luma = clamp(0.299 * r + 0.587 * g + 0.114 * b);
                        int cb = clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
                        int cr = clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
                        stored.setPixel(x, y, new int[] {luma, cb, cr, 255 - k});
                    }
                    case NO_ADOBE_MARKER -> stored.setPixel(x, y, new int[] {c, m, ye, k});
                    default -> throw new IllegalArgumentException(kind.name());
                }
            }
        }
        ImageWriter writer = jdkWriter("jpeg");
        byte[] first = writeRaster(writer, stored, null);
        IIOMetadata metadata = jdkMetadata(first);
        String format = "javax_imageio_jpeg_image_1.0";
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode adobe = (IIOMetadataNode) root.getElementsByTagName("app14Adobe").item(0);
        IIOMetadataNode sof = (IIOMetadataNode) root.getElementsByTagName("sof").item(0);
        if (kind == CmykJpeg.NO_ADOBE_MARKER) {
            if (adobe != null) {
                adobe.getParentNode().removeChild(adobe);
            }
        } else {
            if (adobe == null) {
                adobe = new IIOMetadataNode("app14Adobe");
                root.getElementsByTagName("markerSequence").item(0).appendChild(adobe);
            }
            adobe.setAttribute("transform", kind == CmykJpeg.ADOBE_YCCK ? "2" : "0");
        }
        // Plain component ids 1-4 and no subsampling: nothing in the ids hints at the colour space.
        for (int i = 0; i < sof.getChildNodes().getLength(); i++) {
            IIOMetadataNode component = (IIOMetadataNode) sof.getChildNodes().item(i);
            component.setAttribute("componentId", String.valueOf(i + 1));
            component.setAttribute("HsamplingFactor", "1");
            component.setAttribute("VsamplingFactor", "1");
        }
        metadata.setFromTree(format, root);
        Files.write(file, writeRaster(writer, stored, metadata));
        writer.dispose();
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    /** The transform byte of a JPEG's Adobe APP14 marker (0 CMYK, 1 YCbCr, 2 YCCK), or -1 without one. */
    public static int adobeTransform(byte[] jpeg) {
        for (int i = 2; i + 4 < jpeg.length && (jpeg[i] & 0xff) == 0xff; ) {
            int marker = jpeg[i + 1] & 0xff;
            int length = (jpeg[i + 2] & 0xff) << 8 | jpeg[i + 3] & 0xff;
            if (marker == 0xee && new String(jpeg, i + 4, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("Adobe")) {
                return jpeg[i + 4 + 11] & 0xff;
            }
            if (marker == 0xda) {
                break; // start of scan: no more markers before the image data
            }
            i += 2 + length;
        }
        return -1;
    }

    private static byte[] writeRaster(ImageWriter writer, Raster raster, IIOMetadata metadata) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(raster, null, metadata), param);
        }
        return bytes.toByteArray();
    }

    private static IIOMetadata jdkMetadata(byte[] jpeg) throws IOException {
        ImageReader reader = jdkReader("jpeg");
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            reader.setInput(in);
            return reader.getImageMetadata(0);
        } finally {
            reader.dispose();
        }
    }

    /** The JDK's own writer of a format, whatever plugins are on the class path. */
    static ImageWriter jdkWriter(String format) {
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(format); it.hasNext(); ) {
            ImageWriter writer = it.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio")) {
                return writer;
            }
        }
        throw new IllegalStateException("no JDK writer for " + format);
    }

    static ImageReader jdkReader(String format) {
        for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName(format); it.hasNext(); ) {
            ImageReader reader = it.next();
            if (reader.getClass().getName().startsWith("com.sun.imageio")) {
                return reader;
            }
        }
        throw new IllegalStateException("no JDK reader for " + format);
    }

    /** A TIFF of {@code pages}, compressed as named ({@code null}: uncompressed), at {@value #DPI} dpi. */
    public static void writeTiff(Path file, String compression, List<BufferedImage> pages) throws IOException {
        writeTiff(file, compression, DPI, pages);
    }

    public static void writeTiff(Path file, String compression, int dpi, List<BufferedImage> pages) throws IOException {
        ImageWriter writer = jdkWriter("tiff");
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                if (compression != null) {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionType(compression);
                }
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
                withResolution(metadata, dpi);
                writer.writeToSequence(new IIOImage(page, null, metadata), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** A PNG of {@code page} declaring {@code dpi} (pHYs). */
    public static void writePng(Path file, BufferedImage page, int dpi) throws IOException {
        ImageWriter writer = jdkWriter("png");
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
        withResolution(metadata, dpi);
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(page, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    private static void withResolution(IIOMetadata metadata, int dpi) throws IOException {
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        for (String name : List.of("HorizontalPixelSize", "VerticalPixelSize")) {
            IIOMetadataNode size = new IIOMetadataNode(name);
            size.setAttribute("value", String.valueOf(25.4 / dpi));
            dimension.appendChild(size);
        }
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
        root.appendChild(dimension);
        metadata.mergeTree("javax_imageio_1.0", root);
    }

    /** {@link #page} in 16-bit grey. */
    public static BufferedImage grey16() {
        BufferedImage rgb = page(BufferedImage.TYPE_INT_RGB);
        BufferedImage grey = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_USHORT_GRAY);
        Graphics2D g = grey.createGraphics();
        g.drawImage(rgb, 0, 0, null);
        g.dispose();
        return grey;
    }

    /** {@link #page} in 16 bits per channel RGB with alpha. */
    public static BufferedImage rgba16() {
        BufferedImage argb = page(BufferedImage.TYPE_INT_ARGB);
        java.awt.color.ColorSpace srgb = java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB);
        java.awt.image.ComponentColorModel model = new java.awt.image.ComponentColorModel(srgb, true, false,
                java.awt.Transparency.TRANSLUCENT, java.awt.image.DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(argb.getWidth(), argb.getHeight());
        int[] px = new int[4];
        for (int y = 0; y < argb.getHeight(); y++) {
            for (int x = 0; x < argb.getWidth(); x++) {
                int v = argb.getRGB(x, y);
                px[0] = (v >> 16 & 0xff) * 257;
                px[1] = (v >> 8 & 0xff) * 257;
                px[2] = (v & 0xff) * 257;
                px[3] = (v >>> 24) * 257;
                raster.setPixel(x, y, px);
            }
        }
        return new BufferedImage(model, raster, false, null);
    }

    /** {@link #page} with a 16-colour palette, with or without a transparent paper colour. */
    public static BufferedImage palette(boolean transparentPaper) {
        byte[] levels = new byte[16];
        for (int i = 0; i < 16; i++) {
            levels[i] = (byte) (i * 17);
        }
        IndexColorModel model = transparentPaper
                ? new IndexColorModel(4, 16, levels, levels, levels, 15)
                : new IndexColorModel(4, 16, levels, levels, levels);
        BufferedImage indexed = new BufferedImage(1240, 620, BufferedImage.TYPE_BYTE_BINARY, model);
        Graphics2D g = indexed.createGraphics();
        g.drawImage(page(BufferedImage.TYPE_INT_RGB), 0, 0, null);
        g.dispose();
        return indexed;
    }

    /**
     * A grey scan of {@code size} x {@code size} pixels at {@code dpi}, Deflate-compressed (a mostly
     * white page compresses to little), with the text in its top-left corner.
     */
    public static void writeLargeTiff(Path file, int size, int dpi) throws IOException {
        writeTiff(file, "Deflate", dpi, List.of(page(BufferedImage.TYPE_BYTE_GRAY, size, size, 0)));
    }

    /**
     * A PDF of {@code pages} pages of {@code widthInches} x {@code heightInches}, each holding a colour
     * JPEG of the text in its corner, no text layer: every page must be rendered for OCR.
     */
    public static void writePosterPdf(Path file, float widthInches, float heightInches, int pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            BufferedImage text = page(BufferedImage.TYPE_INT_RGB);
            PDImageXObject image = JPEGFactory.createFromImage(pdf, text, 0.9f);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(new PDRectangle(widthInches * 72, heightInches * 72));
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    // The text at a readable size in the top-left corner, the rest of the poster blank.
                    float width = text.getWidth() * 72f / 150;
                    float height = text.getHeight() * 72f / 150;
                    content.drawImage(image, 36, page.getMediaBox().getHeight() - 36 - height, width, height);
                }
            }
            pdf.save(file.toFile());
        }
    }

    /** A one-page scanned PDF whose page image is JPEG 2000 (JPXDecode), at {@value #DPI} dpi, no text layer. */
    public static void writeJpxPdf(Path file) throws IOException {
        BufferedImage text = page(BufferedImage.TYPE_3BYTE_BGR);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg2000").next();
        ByteArrayOutputStream j2k = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(j2k)) {
            writer.setOutput(out);
            writer.write(text);
        } finally {
            writer.dispose();
        }
        try (PDDocument pdf = new PDDocument()) {
            float width = text.getWidth() * 72f / DPI;
            float height = text.getHeight() * 72f / DPI;
            PDPage page = new PDPage(new PDRectangle(width, height));
            pdf.addPage(page);
            PDImageXObject image = new PDImageXObject(pdf, new ByteArrayInputStream(j2k.toByteArray()), COSName.JPX_DECODE,
                    text.getWidth(), text.getHeight(), 8, PDDeviceRGB.INSTANCE);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(image, 0, 0, width, height);
            }
            pdf.save(file.toFile());
        }
    }

    /**
     * A TIFF of three pages whose second page's compressed strips have a broken zlib header: the
     * first and third pages decode, the second does not.
     */
    public static void writeTiffWithBrokenSecondPage(Path file) throws IOException {
        writeTiff(file, "Deflate", List.of(page(BufferedImage.TYPE_BYTE_GRAY), page(BufferedImage.TYPE_BYTE_GRAY),
                page(BufferedImage.TYPE_BYTE_GRAY)));
        byte[] bytes = Files.readAllBytes(file);
        long[] strips = stripOffsets(bytes, 1);
        for (long offset : strips) {
            // The zlib header of each strip: the strip no longer inflates, nothing else moves.
            bytes[(int) offset] = (byte) 0xA5;
            bytes[(int) offset + 1] = (byte) 0xA5;
        }
        Files.write(file, bytes);
    }

    /** StripOffsets (tag 273) of the TIFF's image {@code index} (0-based), read from its IFD chain. */
    static long[] stripOffsets(byte[] tiff, int index) {
        ByteBuffer buffer = ByteBuffer.wrap(tiff).order(tiff[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        long ifd = buffer.getInt(4) & 0xffffffffL;
        for (int i = 0; i < index; i++) {
            int entries = buffer.getShort((int) ifd) & 0xffff;
            ifd = buffer.getInt((int) ifd + 2 + entries * 12) & 0xffffffffL;
        }
        int entries = buffer.getShort((int) ifd) & 0xffff;
        for (int e = 0; e < entries; e++) {
            int at = (int) ifd + 2 + e * 12;
            if ((buffer.getShort(at) & 0xffff) == 273) {
                int type = buffer.getShort(at + 2) & 0xffff;
                int count = buffer.getInt(at + 4);
                int size = type == 3 ? 2 : 4;
                int values = count * size <= 4 ? at + 8 : buffer.getInt(at + 8);
                long[] offsets = new long[count];
                for (int v = 0; v < count; v++) {
                    offsets[v] = size == 2 ? buffer.getShort(values + v * 2) & 0xffff : buffer.getInt(values + v * 4) & 0xffffffffL;
                }
                return offsets;
            }
        }
        throw new IllegalStateException("no StripOffsets in image " + index);
    }

    /** The first {@code keep} bytes of a valid JPEG: a scan cut off in transfer. */
    public static void writeTruncatedJpeg(Path file, int keep) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(page(BufferedImage.TYPE_INT_RGB), "jpeg", bytes);
            byte[] all = bytes.toByteArray();
            Files.write(file, java.util.Arrays.copyOf(all, Math.min(keep, all.length)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
