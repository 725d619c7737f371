package vn.sohoa.pipeline.pages;

import java.util.Set;
import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

import vn.sohoa.failure.QuarantineReason;
import vn.sohoa.failure.UnreadableDocumentException;
import vn.sohoa.pipeline.intake.IntakeProperties;
import vn.sohoa.pipeline.intake.ScanFile;

/** Opens a scan file by its detected media type; refuses what is not a supported scan. */
@Component
public class ScanDocumentOpener {

    private static final Set<String> IMAGE_TYPES = Set.of("image/tiff", "image/jpeg", "image/png");

    private final PagesProperties pages;
    private final IntakeProperties intake;
    private final TextLayerCheck textCheck;

    public ScanDocumentOpener(PagesProperties pages, IntakeProperties intake) {
        this.pages = pages;
        this.intake = intake;
        this.textCheck = new TextLayerCheck(pages.minTextLetters());
        // ImageIO registers the plugins of the class path it first saw; Spring Boot's launcher loads
        // the TwelveMonkeys and JPEG 2000 jars with its own class loader, which this makes it look at.
        ImageIO.scanForPlugins();
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
            return PdfScanDocument.open(file.path(), file.relativePath(), textCheck, pages.renderDpi(), intake.maxPixels());
        }
        if (IMAGE_TYPES.contains(file.mediaType())) {
            return ImageScanDocument.open(file.path(), file.relativePath(), intake.maxPixels(), pages.defaultDpi(), pages.renderDpi());
        }
        throw new UnreadableDocumentException(QuarantineReason.UNSUPPORTED_TYPE, file.relativePath(),
                "content is " + file.mediaType());
    }
}
