package vn.sohoa.pipeline.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;
import vn.sohoa.pipeline.ocr.BlockKind;
import vn.sohoa.pipeline.ocr.DocumentBlock;
import vn.sohoa.pipeline.ocr.DocumentBlocks;
import vn.sohoa.pipeline.text.DocumentText;
import vn.sohoa.pipeline.text.PageText;

/**
 * The field extractors on a page whose blocks were found: each value is read from its own block, so a
 * look-alike elsewhere on the page (a number or date the body quotes, a stamp above the header, a name
 * after the signature) is not taken; without blocks (a text layer) the flat text is read as before.
 */
class BlockFieldExtractorsTests {

    private final DocumentTypes types = new DocumentTypes();

    /**
     * A decision whose number and day were left blank to be written in by hand, with a received stamp
     * above the header, a body citing another decision by number and date, and a copy note after the signer.
     */
    private static final String PAGE = """
            CÔNG VĂN ĐẾN
            ỦY BAN NHÂN DÂN
            HUYỆN THOẠI SƠN
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số:        /QĐ-UBND
            Thoại Sơn, ngày      tháng 7 năm 2022
            QUYẾT ĐỊNH
            Về việc cấp giấy phép kinh doanh dịch vụ karaoke
            Căn cứ Quyết định Số: 12/QĐ-UBND, ngày 02 tháng 3 năm 2020 của Ủy ban nhân dân huyện;
            Điều 1. Cấp giấy phép kinh doanh dịch vụ karaoke cho hộ kinh doanh Loan Hoàng Gia.
            Nơi nhận:
            - Như Điều 3;
            - Lưu: VT.
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            Phạm Thị Hồng Phượng
            SAO Y BẢN CHÍNH
            Trần Văn Nam""";

    private static final DocumentBlocks BLOCKS = new DocumentBlocks(List.of(
            block(BlockKind.AGENCY, "ỦY BAN NHÂN DÂN", "HUYỆN THOẠI SƠN"),
            block(BlockKind.MOTTO, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
            block(BlockKind.NUMBER, "Số:        /QĐ-UBND"),
            block(BlockKind.PLACE_DATE, "Thoại Sơn, ngày      tháng 7 năm 2022"),
            block(BlockKind.TITLE, "QUYẾT ĐỊNH", "Về việc cấp giấy phép kinh doanh dịch vụ karaoke"),
            block(BlockKind.BODY, "Căn cứ Quyết định Số: 12/QĐ-UBND, ngày 02 tháng 3 năm 2020 của Ủy ban nhân dân huyện;",
                    "Điều 1. Cấp giấy phép kinh doanh dịch vụ karaoke cho hộ kinh doanh Loan Hoàng Gia."),
            block(BlockKind.RECIPIENTS, "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT."),
            block(BlockKind.SIGNATURE, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
            block(BlockKind.SIGNATURE, "Phạm Thị Hồng Phượng")));

    private static DocumentBlock block(BlockKind kind, String... lines) {
        return new DocumentBlock(kind, List.of(lines), 0.95);
    }

    private static SourceText withBlocks() {
        return new SourceText(List.of(PAGE), PageText.OCR, Map.of(), List.of(BLOCKS));
    }

    private static SourceText flat() {
        return SourceText.plain(PageText.OCR, PAGE);
    }

    private static Object value(Map<RecordField, FieldValue> fields, RecordField field) {
        return fields.get(field) == null ? null : fields.get(field).value();
    }

    @Test
    void aNumberQuotedInTheBodyIsNotTheDocumentNumber() {
        DocumentNumberExtractor extractor = new DocumentNumberExtractor(types);

        Map<RecordField, FieldValue> fields = extractor.extract(withBlocks());

        assertThat(fields).doesNotContainKeys(RecordField.CODE_NUMBER, RecordField.DOCUMENT_NUMBER);
        assertThat(value(fields, RecordField.CODE_NOTATION)).isEqualTo("QĐ-UBND");
        // What the flat text gave before blocks: the body's citation, taken for the number.
        assertThat(value(extractor.extract(flat()), RecordField.DOCUMENT_NUMBER)).isEqualTo("12/QĐ-UBND");
    }

    @Test
    void aNumberIsReadFromTheNumberBlock() {
        DocumentBlocks numbered = new DocumentBlocks(List.of(block(BlockKind.AGENCY, "ỦY BAN NHÂN DÂN"),
                block(BlockKind.NUMBER, "Số: 729/QĐ-UBND")));
        SourceText text = new SourceText(List.of(PAGE.replace("Số:        /QĐ-UBND", "Số: 729/QĐ-UBND")), PageText.OCR,
                Map.of(), List.of(numbered));

        Map<RecordField, FieldValue> fields = new DocumentNumberExtractor(types).extract(text);

        assertThat(value(fields, RecordField.DOCUMENT_NUMBER)).isEqualTo("729/QĐ-UBND");
        assertThat(fields.get(RecordField.DOCUMENT_NUMBER).confidence()).isGreaterThan(0.9);
    }

    @Test
    void theDateIsReadFromThePlaceDateBlockAndABlankDayThereLeavesItAbsent() {
        assertThat(new IssuedDateExtractor().extract(withBlocks())).doesNotContainKey(RecordField.ISSUED_DATE);

        // The date line read without its comma, and a certificate's "Đăng ký lần đầu, ngày …" further down: the
        // flat text prefers the placed body line, the block holds the date line alone.
        DocumentBlocks dated = new DocumentBlocks(List.of(block(BlockKind.PLACE_DATE, "Thoại Sơn ngày 05 tháng 7 năm 2022")));
        String page = PAGE.replace("Thoại Sơn, ngày      tháng 7", "Thoại Sơn ngày 05 tháng 7")
                .replace("Căn cứ", "Đăng ký lần đầu, ngày 09 tháng 7 năm 2022\nCăn cứ");
        SourceText text = new SourceText(List.of(page), PageText.OCR, Map.of(), List.of(dated));

        assertThat(value(new IssuedDateExtractor().extract(text), RecordField.ISSUED_DATE)).isEqualTo("2022-07-05");
        assertThat(value(new IssuedDateExtractor().extract(SourceText.plain(PageText.OCR, page)), RecordField.ISSUED_DATE))
                .isEqualTo("2022-07-09");
    }

    @Test
    void theAgencyIsTheLeftHeaderBlockNotAStampAboveIt() {
        OrganNameExtractor extractor = new OrganNameExtractor(MetadataProperties.defaults());

        assertThat(value(extractor.extract(withBlocks()), RecordField.ORGAN_NAME)).isEqualTo("ỦY BAN NHÂN DÂN HUYỆN THOẠI SƠN");
        assertThat(value(extractor.extract(flat()), RecordField.ORGAN_NAME)).isNotEqualTo("ỦY BAN NHÂN DÂN HUYỆN THOẠI SƠN");
    }

    @Test
    void theSignerIsReadFromTheSignatureBlockNotFromANoteUnderIt() {
        SignerExtractor extractor = new SignerExtractor();

        Map<RecordField, FieldValue> fields = extractor.extract(withBlocks());

        assertThat(value(fields, RecordField.SIGNER_POSITION)).isEqualTo("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
        assertThat(value(fields, RecordField.SIGNER_NAME)).isEqualTo("Phạm Thị Hồng Phượng");
        assertThat(value(extractor.extract(flat()), RecordField.SIGNER_NAME)).isEqualTo("Trần Văn Nam");
    }

    @Test
    void typeAndSubjectAreReadFromTheTitleBlock() {
        Map<RecordField, FieldValue> fields = new TypeAndSubjectExtractor(types).extract(withBlocks());

        assertThat(value(fields, RecordField.TYPE_NAME)).isEqualTo("QUYẾT ĐỊNH");
        assertThat(value(fields, RecordField.SUBJECT)).isEqualTo("Về việc cấp giấy phép kinh doanh dịch vụ karaoke");
    }

    @Test
    void aTextLayerPageHasNoBlocksAndIsReadFromItsText() {
        String page = PAGE.replace("Số:        /QĐ-UBND", "Số: 729/QĐ-UBND").replace("ngày      tháng 7", "ngày 05 tháng 7");
        DocumentText document = new DocumentText(List.of(new PageText(1, page, PageText.TEXT_LAYER, null, null, List.of())));

        SourceText text = SourceText.of(document);

        assertThat(text.firstPageBlocks().present()).isFalse();
        assertThat(value(new DocumentNumberExtractor(types).extract(text), RecordField.DOCUMENT_NUMBER)).isEqualTo("729/QĐ-UBND");
        assertThat(value(new IssuedDateExtractor().extract(text), RecordField.ISSUED_DATE)).isEqualTo("2022-07-05");
        assertThat(value(new SignerExtractor().extract(text), RecordField.SIGNER_POSITION)).isEqualTo("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
    }

    @Test
    void anOcrPageWithoutBlocksFallsBackToItsText() {
        String page = PAGE.replace("Số:        /QĐ-UBND", "Số: 729/QĐ-UBND");
        DocumentText document = new DocumentText(List.of(new PageText(1, page, PageText.OCR, 90.0, 200, List.of())));

        SourceText text = SourceText.of(document);

        assertThat(text.firstPageBlocks()).isEqualTo(DocumentBlocks.NONE);
        assertThat(value(new DocumentNumberExtractor(types).extract(text), RecordField.DOCUMENT_NUMBER)).isEqualTo("729/QĐ-UBND");
    }
}
