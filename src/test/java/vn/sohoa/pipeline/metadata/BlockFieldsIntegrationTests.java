package vn.sohoa.pipeline.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;
import vn.sohoa.pipeline.ocr.BlockKind;
import vn.sohoa.pipeline.ocr.DocumentBlock;
import vn.sohoa.pipeline.ocr.DocumentBlocks;
import vn.sohoa.pipeline.ocr.OcrResult;
import vn.sohoa.pipeline.ocr.OcrWordRepair;
import vn.sohoa.pipeline.ocr.TesseractOcrEngine;
import vn.sohoa.pipeline.preprocess.PagePreprocessor;
import vn.sohoa.pipeline.text.DocumentText;
import vn.sohoa.pipeline.text.PageRecognizer;
import vn.sohoa.pipeline.text.PageText;
import vn.sohoa.tools.samples.FontSet;
import vn.sohoa.tools.samples.PageRenderer;
import vn.sohoa.tools.samples.ResultCatalog;
import vn.sohoa.tools.samples.ResultDocument;
import vn.sohoa.tools.samples.TextBlock;

/**
 * A realistic decision page (200 dpi, two-column header, recipients beside the signer) read by the
 * real Tesseract: its blocks come out of the reading-order cut, and the fields read from them. The
 * number was left blank to be written in by hand and the body cites another decision by number: read
 * from the flat text that citation was taken for the number; read from the number block it is not.
 */
class BlockFieldsIntegrationTests {

    private static final String TESSDATA = System.getenv().getOrDefault("TESSDATA_PREFIX", "/usr/share/tesseract-ocr/5/tessdata");
    private static final String CITATION = "Căn cứ Quyết định Số: 12/QĐ-UBND ngày 02 tháng 3 năm 2020 của Ủy ban nhân dân huyện;";

    private static TesseractOcrEngine engine;
    private static ResultDocument document;
    private static OcrResult read;

    @BeforeAll
    static void readThePage() {
        ResultDocument decision = new ResultCatalog(20261128).decision();
        List<TextBlock> body = new ArrayList<>(decision.body());
        body.add(1, TextBlock.paragraph(List.of(CITATION)));
        document = new ResultDocument(decision.kind(), decision.organLines(), "Số:        /QĐ-UBND", decision.placeDateLine(),
                decision.typeName(), decision.subjectLines(), body, decision.signerPositionLines(), decision.signerName(),
                decision.dossierCode(), decision.procedureCode(), decision.ownerIds(),
                List.of("Nơi nhận:", "- Như Điều 3;", "- Chủ tịch, các PCT UBND huyện;", "- Lưu: VT."));
        BufferedImage page = new PageRenderer(FontSet.fromSystem()).render(document, 200).get(0).image();
        engine = new TesseractOcrEngine(TESSDATA, "vie+eng", Duration.ofMinutes(2));
        read = new PageRecognizer(PagePreprocessor.none(), new OcrWordRepair(), 0).recognize(engine, page, 200).result();
    }

    @AfterAll
    static void tearDown() {
        engine.close();
    }

    private static List<String> lines(BlockKind kind) {
        return read.blocks().joined(kind).map(DocumentBlock::lines).orElse(List.of());
    }

    private static Map<RecordField, FieldValue> fields(DocumentBlocks blocks) {
        PageText page = new PageText(1, read.text(), PageText.OCR, read.meanConfidence(), 200, read.words(), null, blocks);
        SourceText text = SourceText.of(new DocumentText(List.of(page)));
        DocumentTypes types = new DocumentTypes();
        Map<RecordField, FieldValue> fields = new EnumMap<>(RecordField.class);
        for (FieldExtractor extractor : List.of(new DocumentNumberExtractor(types), new IssuedDateExtractor(),
                new OrganNameExtractor(MetadataProperties.defaults()), new TypeAndSubjectExtractor(types), new SignerExtractor())) {
            fields.putAll(extractor.extract(text));
        }
        return fields;
    }

    private static Object value(Map<RecordField, FieldValue> fields, RecordField field) {
        return fields.get(field) == null ? null : fields.get(field).value();
    }

    @Test
    void theStandardBlocksOfTheDecisionAreFound() {
        assertThat(read.blocks().present()).isTrue();
        assertThat(lines(BlockKind.AGENCY)).containsExactly("ỦY BAN NHÂN DÂN", "HUYỆN THOẠI SƠN");
        assertThat(lines(BlockKind.MOTTO)).first().isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        // The blank is wide enough for OCR to set the notation apart: both parts are the number block.
        assertThat(String.join(" ", lines(BlockKind.NUMBER))).matches("Số:\\s*/Q[DĐ]-UBND");
        // The italic date line may come out without its marks: what counts is that it is this block.
        assertThat(lines(BlockKind.PLACE_DATE)).singleElement().extracting(FoldedText::fold)
                .isEqualTo(FoldedText.fold(document.placeDateLine()));
        assertThat(lines(BlockKind.TITLE)).extracting(FoldedText::fold).startsWith("quyet dinh",
                FoldedText.fold(document.subjectLines().get(0)));
        assertThat(lines(BlockKind.BODY)).anyMatch(line -> line.matches(".*Số: 12/Q[DĐ]-UBND.*"));
        assertThat(lines(BlockKind.RECIPIENTS)).first().isEqualTo("Nơi nhận:");
        assertThat(lines(BlockKind.SIGNATURE)).containsSubsequence("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", document.signerName());
        // The archived text stays the page read in order: the blocks add nothing to it.
        assertThat(read.text()).startsWith("ỦY BAN NHÂN DÂN\nHUYỆN THOẠI SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }

    @Test
    void theFieldsAreReadFromTheirBlocks() {
        Map<RecordField, FieldValue> fields = fields(read.blocks());

        assertThat(fields).doesNotContainKeys(RecordField.CODE_NUMBER, RecordField.DOCUMENT_NUMBER);
        assertThat(value(fields, RecordField.CODE_NOTATION)).isEqualTo("QĐ-UBND");
        assertThat(value(fields, RecordField.ISSUED_DATE)).isEqualTo(issued(document.placeDateLine()).toString());
        assertThat(value(fields, RecordField.ORGAN_NAME)).isEqualTo("ỦY BAN NHÂN DÂN HUYỆN THOẠI SƠN");
        assertThat(value(fields, RecordField.TYPE_NAME)).isEqualTo("QUYẾT ĐỊNH");
        // A mark OCR loses in the subject ("dịch vu") is post-correction's business, not the blocks'.
        assertThat(FoldedText.fold((String) value(fields, RecordField.SUBJECT))).isEqualTo(FoldedText.fold(document.subjectLines().get(0)));
        assertThat(value(fields, RecordField.SIGNER_POSITION)).isEqualTo("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
        assertThat(value(fields, RecordField.SIGNER_NAME)).isEqualTo(document.signerName());
    }

    @Test
    void theSamePageReadAsFlatTextTakesTheCitationForTheNumber() {
        assertThat(value(fields(DocumentBlocks.NONE), RecordField.DOCUMENT_NUMBER)).isEqualTo("12/QĐ-UBND");
    }

    private static LocalDate issued(String placeDateLine) {
        Matcher m = Pattern.compile("ngày (\\d+) tháng (\\d+) năm (\\d{4})").matcher(placeDateLine);
        assertThat(m.find()).isTrue();
        return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }
}
