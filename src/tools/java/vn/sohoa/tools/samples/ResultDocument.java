package vn.sohoa.tools.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The content of one synthetic result of an administrative procedure, as printed on paper.
 *
 * <p>Besides what is printed, it keeps the dossier code, procedure code and owner identifiers that the
 * printed text carries, so that a batch manifest can state them; the constructor checks that the text
 * really does carry them.
 *
 * @param kind                which sort of result this is
 * @param organLines          the agency, top left, one or two lines ("ỦY BAN NHÂN DÂN" / "HUYỆN THOẠI SƠN")
 * @param numberLine          number and symbol under the agency ("Số: 729/QĐ-UBND")
 * @param placeDateLine       place and date under the motto ("Thoại Sơn, ngày 05 tháng 7 năm 2022")
 * @param typeName            document type ("QUYẾT ĐỊNH"); empty for a công văn, which prints none
 * @param subjectLines        the subject ("Về việc ...", "V/v ..."), under the type or, in a công văn,
 *                            under the number
 * @param body                the body, in reading order
 * @param signerPositionLines the signer's position ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
 * @param signerName          the name under the signature
 * @param dossierCode         dossier code printed in the body
 * @param procedureCode       procedure code printed in the body
 * @param ownerIds            CCCD and tax codes of the owner, printed in the body
 * @param recipientLines      the "Nơi nhận:" list printed bottom left beside the signer; empty for none
 */
public record ResultDocument(Kind kind, List<String> organLines, String numberLine, String placeDateLine,
                             String typeName, List<String> subjectLines, List<TextBlock> body,
                             List<String> signerPositionLines, String signerName,
                             String dossierCode, String procedureCode, List<String> ownerIds,
                             List<String> recipientLines) {

    /** A document without a recipients list. */
    public ResultDocument(Kind kind, List<String> organLines, String numberLine, String placeDateLine,
                          String typeName, List<String> subjectLines, List<TextBlock> body,
                          List<String> signerPositionLines, String signerName,
                          String dossierCode, String procedureCode, List<String> ownerIds) {
        this(kind, organLines, numberLine, placeDateLine, typeName, subjectLines, body, signerPositionLines, signerName,
                dossierCode, procedureCode, ownerIds, List.of());
    }

    /** The national motto printed top right on every administrative document. */
    public static final List<String> MOTTO_LINES =
            List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");

    /** Sorts of result the catalog writes. */
    public enum Kind { DECISION, CONSTRUCTION_PERMIT, HOUSEHOLD_BUSINESS_CERTIFICATE, NOTICE, OFFICIAL_LETTER,
        LAND_USE_DECISION, CIVIL_STATUS_EXTRACT }

    /** Normalizes every text to NFC and checks that the body carries the identifiers. */
    public ResultDocument {
        Objects.requireNonNull(kind, "kind");
        organLines = nfcAll(organLines);
        numberLine = TextBlock.nfc(numberLine);
        placeDateLine = TextBlock.nfc(placeDateLine);
        typeName = typeName == null ? "" : TextBlock.nfc(typeName);
        subjectLines = nfcAll(subjectLines);
        body = List.copyOf(body);
        signerPositionLines = nfcAll(signerPositionLines);
        signerName = TextBlock.nfc(signerName);
        ownerIds = nfcAll(ownerIds);
        recipientLines = nfcAll(recipientLines == null ? List.of() : recipientLines);
        requireInBody(body, dossierCode);
        requireInBody(body, procedureCode);
        for (String ownerId : ownerIds) {
            requireInBody(body, ownerId);
        }
    }

    /** The same document under another number ("Số: 412/QĐ-UBND"), for evaluation sets of many documents. */
    public ResultDocument withNumberLine(String otherNumberLine) {
        return new ResultDocument(kind, organLines, otherNumberLine, placeDateLine, typeName, subjectLines, body,
                signerPositionLines, signerName, dossierCode, procedureCode, ownerIds, recipientLines);
    }

    /** The same document under another place-date line (a day left blank to be written in by hand). */
    public ResultDocument withPlaceDateLine(String otherPlaceDateLine) {
        return new ResultDocument(kind, organLines, numberLine, otherPlaceDateLine, typeName, subjectLines, body,
                signerPositionLines, signerName, dossierCode, procedureCode, ownerIds, recipientLines);
    }

    /** The same document with a "Nơi nhận:" list beside the signer, as NĐ 30/2020 lays documents out. */
    public ResultDocument withRecipients(List<String> lines) {
        return new ResultDocument(kind, organLines, numberLine, placeDateLine, typeName, subjectLines, body,
                signerPositionLines, signerName, dossierCode, procedureCode, ownerIds, lines);
    }

    /** Whether a type name is printed; a công văn has none. */
    public boolean hasTypeName() {
        return !typeName.isEmpty();
    }

    /** Number of pages: one, plus one per block that starts a new page. */
    public int pageCount() {
        return 1 + (int) body.stream().filter(TextBlock::startsNewPage).count();
    }

    /**
     * The text in reading order, one line per drawn line: agency lines, motto, number, place and date,
     * type, subject, body, recipients (left of the signer), signer position and name. Pages are separated by a form feed.
     */
    public String groundTruthText() {
        List<String> pages = new ArrayList<>();
        for (List<String> page : linesByPage()) {
            pages.add(String.join("\n", page));
        }
        return String.join("\f", pages);
    }

    /** All text of the document, every line, in reading order (page breaks dropped). */
    public List<String> allLines() {
        return linesByPage().stream().flatMap(List::stream).toList();
    }

    private List<List<String>> linesByPage() {
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>(headLines());
        for (TextBlock block : body) {
            if (block.startsNewPage()) {
                pages.add(page);
                page = new ArrayList<>();
            }
            page.addAll(block.lines());
        }
        page.addAll(recipientLines);
        page.addAll(signerPositionLines);
        page.add(signerName);
        pages.add(page);
        return pages;
    }

    private List<String> headLines() {
        List<String> lines = new ArrayList<>(organLines);
        lines.addAll(MOTTO_LINES);
        lines.add(numberLine);
        lines.add(placeDateLine);
        if (hasTypeName()) {
            lines.add(typeName);
        }
        lines.addAll(subjectLines);
        return lines;
    }

    private static List<String> nfcAll(List<String> texts) {
        return texts.stream().map(TextBlock::nfc).toList();
    }

    /** The manifest promises that the text carries each identifier; a typo in the catalog must not break that. */
    private static void requireInBody(List<TextBlock> body, String identifier) {
        String text = String.join(" ", body.stream().flatMap(b -> b.lines().stream()).toList());
        if (!text.contains(identifier)) {
            throw new IllegalArgumentException("The body does not carry " + identifier);
        }
    }
}
