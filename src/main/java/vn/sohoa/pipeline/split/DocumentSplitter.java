package vn.sohoa.pipeline.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.sohoa.model.DocumentPart;
import vn.sohoa.pipeline.metadata.QrPayloadParser;
import vn.sohoa.pipeline.pages.PageCode;
import vn.sohoa.pipeline.text.DocumentText;

/**
 * Tells where one result ends and the next begins in a scan file holding a stack of them:
 * <ul>
 *   <li>a separator sheet (a code reading {@code SOHOA-SEPARATOR}, or the patch code PATCH-T as
 *       scanners' separator barcodes spell it) ends the current document and is dropped;</li>
 *   <li>a procedure-system QR code whose dossier code differs from the current document's starts a
 *       new document on its page.</li>
 * </ul>
 * A file without either is one document: one part covering every page.
 */
@Component
public class DocumentSplitter {

    /** What a separator sheet's codes read. */
    public static final String SEPARATOR_PAYLOAD = "SOHOA-SEPARATOR";
    private static final Set<String> SEPARATORS = Set.of(SEPARATOR_PAYLOAD, "PATCHT", "PATCH-T", "PATCH T");

    private final QrPayloadParser qr;

    public DocumentSplitter(QrPayloadParser qr) {
        this.qr = qr;
    }

    public static boolean isSeparator(String payload) {
        return SEPARATORS.contains(payload.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** The documents of {@code text}, in page order; empty when every page is a separator sheet. */
    public List<DocumentPart> split(DocumentText text) {
        int pageCount = text.pages().size();
        List<DocumentPart> parts = new ArrayList<>();
        int start = -1;
        String dossier = null;
        for (int page = 1; page <= pageCount; page++) {
            List<PageCode> codes = codesOn(text, page);
            if (codes.stream().anyMatch(c -> isSeparator(c.payload()))) {
                close(parts, start, page - 1, pageCount);
                start = -1;
                dossier = null;
                continue;
            }
            Optional<String> pageDossier = dossierOn(codes);
            if (start >= 0 && pageDossier.isPresent() && dossier != null && !pageDossier.get().equals(dossier)) {
                close(parts, start, page - 1, pageCount);
                start = -1;
            }
            if (start < 0) {
                start = page;
                dossier = null;
            }
            if (dossier == null && pageDossier.isPresent()) {
                dossier = pageDossier.get();
            }
        }
        close(parts, start, pageCount, pageCount);
        return parts;
    }

    private static void close(List<DocumentPart> parts, int start, int end, int pageCount) {
        if (start >= 1 && end >= start) {
            parts.add(new DocumentPart(start, end, pageCount));
        }
    }

    private static List<PageCode> codesOn(DocumentText text, int page) {
        return text.codes().stream().filter(c -> c.page() == page).toList();
    }

    private Optional<String> dossierOn(List<PageCode> codes) {
        return codes.stream().filter(c -> "QR_CODE".equals(c.symbology())).map(c -> qr.dossierCode(c.payload()))
                .flatMap(Optional::stream).findFirst();
    }
}
