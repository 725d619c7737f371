package vn.sohoa.pipeline.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;

import org.springframework.stereotype.Component;

import vn.sohoa.failure.QuarantineReason;
import vn.sohoa.failure.UnreadableDocumentException;
import vn.sohoa.pipeline.intake.IntakeProperties;
import vn.sohoa.pipeline.intake.ScanFile;

/**
 * Opens a scan file by its detected media type; refuses what is not a supported scan. A page's
 * raster for OCR is held to the pixel budget: {@code sohoa.intake.max-pixels}, or fewer when the
 * raster memory ({@link RasterMemory}) could not hold a page that large with its OCR copies.
 */
@Component
public class ScanDocumentOpener {

    private static final Set<String> IMAGE_TYPES = Set.of("image/tiff", "image/jpeg", "image/png");

    private final PagesProperties pages;
    private final IntakeProperties intake;
    private final TextLayerCheck textCheck;
    private final long pixelBudget;

    public ScanDocumentOpener(PagesProperties pages, IntakeProperties intake) {
        this.pages = pages;
        this.intake = intake;
        // A page must fit the raster memory on its own, with the copies OCR makes: with a 1 GiB heap,
        // a 60-million-pixel colour page alone took the heap in preprocessing (measured).
        this.pixelBudget = Math.max(1, Math.min(intake.maxPixels(),
                RasterMemory.bytesFor(pages) / ImageScanDocument.BYTES_PER_PIXEL_IN_FLIGHT));
        this.textCheck = new TextLayerCheck(pages.minTextLetters());
        preferTwelveMonkeys();
    }

    /**
     * Registers the decoders on the class path and puts the TwelveMonkeys readers first for their
     * formats. ImageIO registers the plugins of the class path it first saw; Spring Boot's launcher
     * loads the jars with its own class loader, which the scan makes it look at. Tess4J brings
     * jai-imageio's TIFF reader, which ImageIO would otherwise try first: it reads fewer of the
     * TIFFs scanners write (alpha, old-style JPEG, CMYK).
     */
    private static void preferTwelveMonkeys() {
        ImageIO.scanForPlugins();
        IIORegistry registry = IIORegistry.getDefaultInstance();
        List<ImageReaderSpi> readers = new ArrayList<>();
        registry.getServiceProviders(ImageReaderSpi.class, false).forEachRemaining(readers::add);
        for (ImageReaderSpi preferred : readers) {
            if (!preferred.getClass().getName().startsWith("com.twelvemonkeys.")) {
                continue;
            }
            Set<String> formats = Set.of(preferred.getFormatNames());
            for (ImageReaderSpi other : readers) {
                if (!other.getClass().getName().startsWith("com.twelvemonkeys.")
                        && Arrays.stream(other.getFormatNames()).anyMatch(formats::contains)) {
                    registry.unsetOrdering(ImageReaderSpi.class, other, preferred);
                    registry.setOrdering(ImageReaderSpi.class, preferred, other);
                }
            }
        }
    }

    public ScanDocument open(ScanFile file) {
        if (file.size() == 0) {
            throw new UnreadableDocumentException(QuarantineReason.EMPTY_FILE, file.relativePath(), "file has 0 bytes");
        }
        ScanDocument document = openByType(file);
        int count = document.pageCount();
        if (count == 0 || count > intake.maxPages()) {
            document.close();
            throw new UnreadableDocumentException(count == 0 ? QuarantineReason.NO_PAGES : QuarantineReason.TOO_MANY_PAGES,
                    file.relativePath(), count + " pages (at most " + intake.maxPages() + ")");
        }
        return document;
    }

    private ScanDocument openByType(ScanFile file) {
        if ("application/pdf".equals(file.mediaType())) {
            return PdfScanDocument.open(file.path(), file.relativePath(), textCheck, pages.renderDpi(), pixelBudget);
        }
        if (IMAGE_TYPES.contains(file.mediaType())) {
            return ImageScanDocument.open(file.path(), file.relativePath(), pixelBudget, pages.defaultDpi(), pages.renderDpi());
        }
        throw new UnreadableDocumentException(QuarantineReason.UNSUPPORTED_TYPE, file.relativePath(),
                "content is " + file.mediaType());
    }
}
