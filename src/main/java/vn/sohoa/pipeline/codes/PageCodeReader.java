package vn.sohoa.pipeline.codes;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.sohoa.pipeline.pages.PageCode;
import vn.sohoa.pipeline.pages.PageContent;
import vn.sohoa.pipeline.pages.PageImageInspector;
import vn.sohoa.pipeline.pages.RgbRows;

/**
 * Finds QR codes and barcodes (Code 128, Code 39: what separator sheets carry) on page images with
 * ZXing. Pages are first looked at no finer than {@value #MAX_DPI} dpi: separator sheets' codes are
 * large, and fewer pixels take less time; when nothing is found, the top-left corner, where the
 * procedure system prints its small code, is looked at again at full resolution.
 */
@Component
public class PageCodeReader implements PageImageInspector {

    private static final Logger log = LoggerFactory.getLogger(PageCodeReader.class);
    static final int MAX_DPI = 200;

    private final Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);

    public PageCodeReader() {
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE, BarcodeFormat.CODE_128, BarcodeFormat.CODE_39));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
    }

    @Override
    public List<PageCode> inspect(PageContent.Image page) {
        double scale = page.dpi() > MAX_DPI ? (double) MAX_DPI / page.dpi() : 1.0;
        BufferedImage image = scale < 1.0 ? scaled(page.image(), scale) : page.image();
        List<PageCode> codes = decode(page.number(), image, image.getWidth(), image.getHeight(), false);
        if (codes.isEmpty() && scale < 1.0) {
            // The procedure system's code is small and top left: that corner, at full resolution, is an
            // eighth of the page and reads codes the coarser look missed (bilevel scans above all).
            BufferedImage full = page.image();
            BufferedImage corner = full.getSubimage(0, 0, full.getWidth() / 2, full.getHeight() / 4);
            codes = decode(page.number(), corner, full.getWidth(), full.getHeight(), true);
        }
        return codes;
    }

    private List<PageCode> decode(int pageNumber, BufferedImage image, int pageWidth, int pageHeight, boolean inCorner) {
        List<PageCode> codes = new ArrayList<>();
        try {
            // One reader per call: ZXing readers keep state between decodes and pages run on several threads.
            Result[] results = new GenericMultipleBarcodeReader(new MultiFormatReader())
                    .decodeMultiple(new BinaryBitmap(new HybridBinarizer(luminance(image))), hints);
            for (Result result : results) {
                codes.add(new PageCode(pageNumber, result.getBarcodeFormat().name(), result.getText(),
                        inCorner || topLeft(result.getResultPoints(), pageWidth, pageHeight)));
            }
        } catch (NotFoundException e) {
            return List.of();
        } catch (RuntimeException e) {
            // ZXing throws unchecked exceptions on some damaged codes; a code it cannot read is not found.
            log.debug("Could not decode a code on page {}: {}", pageNumber, e.toString());
        }
        return codes;
    }

    /**
     * The image's luminance for ZXing, from a grey copy when the image is not grey: ZXing's own
     * conversion reads a colour or one-bit image pixel by pixel through {@code getRGB} (a third of
     * the time spent on codes in the corner pass, measured with JFR).
     */
    private static LuminanceSource luminance(BufferedImage image) {
        return new BufferedImageLuminanceSource(image.getType() == BufferedImage.TYPE_BYTE_GRAY ? image : RgbRows.sampledGrey(image, 1));
    }

    private static boolean topLeft(ResultPoint[] points, int width, int height) {
        if (points == null || points.length == 0) {
            return false;
        }
        double x = 0;
        double y = 0;
        for (ResultPoint point : points) {
            x += point.getX();
            y += point.getY();
        }
        return x / points.length < width / 2.0 && y / points.length < height / 4.0;
    }

    private static BufferedImage scaled(BufferedImage image, double scale) {
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
