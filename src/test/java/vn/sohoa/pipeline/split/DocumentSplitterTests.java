package vn.sohoa.pipeline.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.sohoa.model.DocumentPart;
import vn.sohoa.model.RecordId;
import vn.sohoa.pipeline.metadata.QrPayloadParser;
import vn.sohoa.pipeline.pages.PageCode;
import vn.sohoa.pipeline.text.DocumentText;
import vn.sohoa.pipeline.text.PageText;

class DocumentSplitterTests {

    private final DocumentSplitter splitter = new DocumentSplitter(new QrPayloadParser());

    private static DocumentText pages(int count, PageCode... codes) {
        return new DocumentText(IntStream.rangeClosed(1, count)
                .mapToObj(n -> new PageText(n, "page " + n, PageText.OCR, 90.0, 300, List.of())).toList(), List.of(codes));
    }

    @Test
    void aFileWithoutCodesIsOneDocument() {
        assertThat(splitter.split(pages(3))).containsExactly(new DocumentPart(1, 3, 3));
        assertThat(splitter.split(pages(3)).get(0).wholeFile()).isTrue();
    }

    @Test
    void separatorSheetsEndADocumentAndAreDropped() {
        DocumentText text = pages(6, new PageCode(2, "QR_CODE", "SOHOA-SEPARATOR", false),
                new PageCode(3, "CODE_128", "PATCHT", false), new PageCode(6, "QR_CODE", "sohoa-separator", false));
        assertThat(splitter.split(text)).containsExactly(new DocumentPart(1, 1, 6), new DocumentPart(4, 5, 6));
    }

    @Test
    void aNewDossiersQrCodeStartsANewDocumentTheSameDossierDoesNot() {
        DocumentText text = pages(5, new PageCode(1, "QR_CODE", "000.00.10.H01-210705-1187", true),
                new PageCode(2, "QR_CODE", "{\"maHoSo\":\"000.00.10.H01-210705-1187\"}", true),
                new PageCode(4, "QR_CODE", "maHoSo=000.00.10.H01-210706-2000", true));
        assertThat(splitter.split(text)).containsExactly(new DocumentPart(1, 3, 5), new DocumentPart(4, 5, 5));
    }

    @Test
    void onlySeparatorsMeansNoDocument() {
        assertThat(splitter.split(pages(1, new PageCode(1, "QR_CODE", "SOHOA-SEPARATOR", false)))).isEmpty();
    }

    @Test
    void partIdsComeFromTheFileHashAndThePageRange() {
        String sha = "ab".repeat(32);
        assertThat(RecordId.forPart(sha, new DocumentPart(1, 2, 5))).isEqualTo(RecordId.forPart(sha, new DocumentPart(1, 2, 5)))
                .isNotEqualTo(RecordId.forPart(sha, new DocumentPart(1, 3, 5))).isNotEqualTo(RecordId.fromSha256(sha))
                .matches(RecordId::isValid);
    }
}
