package vn.sohoa.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sohoa.pipeline.ocr.OcrResult.OcrWord;

/**
 * Reading order on synthetic word boxes laid out like an NĐ 30/2020 page at 200 dpi (words about
 * 30 px tall, lines 47 px apart), in the order an engine that reads straight across would give them.
 */
class ReadingOrderTests {

    private static final int H = 30;
    private static final int LEADING = 47;

    private final List<OcrWord> words = new ArrayList<>();
    private int line;

    /** One engine line: phrases at x positions (each phrase's words 20 px apart, 16 px a letter). */
    private void line(int top, Object... xAndPhrase) {
        for (int i = 0; i < xAndPhrase.length; i += 2) {
            int x = (Integer) xAndPhrase[i];
            for (String word : ((String) xAndPhrase[i + 1]).split(" ")) {
                int width = 16 * word.length();
                words.add(new OcrWord(word, 90, x, top, x + width, top + H, line));
                x += width + 20;
            }
        }
        line++;
    }

    @Test
    void twoHeaderColumnsReadAcrossAsOneLineComeOutColumnByColumn() {
        line(100, 150, "ỦY BAN NHÂN DÂN", 800, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        line(100 + LEADING, 150, "HUYỆN THOẠI SƠN", 850, "Độc lập - Tự do - Hạnh phúc");
        line(100 + 2 * LEADING + 30, 170, "Số: 729/QĐ-UBND", 830, "Thoại Sơn, ngày 05 tháng 7 năm 2022");
        line(330, 650, "QUYẾT ĐỊNH");
        line(330 + LEADING, 400, "Về việc cấp giấy phép kinh doanh");
        line(330 + 2 * LEADING + 20, 230, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");

        assertThat(ReadingOrder.text(words)).isEqualTo("""
                ỦY BAN NHÂN DÂN
                HUYỆN THOẠI SƠN
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 729/QĐ-UBND
                Thoại Sơn, ngày 05 tháng 7 năm 2022
                QUYẾT ĐỊNH
                Về việc cấp giấy phép kinh doanh
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;""");
    }

    @Test
    void aCongVansSubjectUnderTheNumberComesAfterThePlaceAndDate() {
        line(100, 150, "ỦY BAN NHÂN DÂN", 800, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        line(100 + LEADING, 150, "HUYỆN THOẠI SƠN", 850, "Độc lập - Tự do - Hạnh phúc");
        line(100 + 2 * LEADING + 30, 170, "Số: 4869/UBND-VX", 830, "Thoại Sơn, ngày 05 tháng 7 năm 2022");
        line(100 + 3 * LEADING + 30, 120, "V/v cấp bản sao trích lục");
        line(100 + 4 * LEADING + 30, 160, "khai sinh");

        assertThat(ReadingOrder.text(words)).endsWith("""
                Độc lập - Tự do - Hạnh phúc
                Số: 4869/UBND-VX
                Thoại Sơn, ngày 05 tháng 7 năm 2022
                V/v cấp bản sao trích lục
                khai sinh""");
    }

    @Test
    void recipientsBesideTheSignerComeBeforeIt() {
        line(1500, 230, "Quyết định này có hiệu lực kể từ ngày ký./.");
        line(1500 + LEADING + 20, 170, "Nơi nhận:", 1000, "KT. CHỦ TỊCH");
        line(1500 + 2 * LEADING + 20, 170, "- Như Điều 3;", 1000, "PHÓ CHỦ TỊCH");
        line(1500 + 3 * LEADING + 20, 170, "- Lưu: VT.");
        line(1900, 950, "Phạm Thị Hồng Phượng");

        assertThat(ReadingOrder.text(words)).isEqualTo("""
                Quyết định này có hiệu lực kể từ ngày ký./.
                Nơi nhận:
                - Như Điều 3;
                - Lưu: VT.
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH
                Phạm Thị Hồng Phượng""");
    }

    @Test
    void aSingleColumnBodyKeepsItsLinesAndItsWordGaps() {
        line(400, 230, "Điều 1. Cấp giấy phép kinh doanh dịch vụ karaoke cho hộ kinh doanh");
        line(400 + LEADING, 170, "Loan Hoàng Gia, do bà Ngô Thị Loan làm chủ hộ.");
        line(400 + 2 * LEADING, 170, "Số định danh cá nhân: 089177354735.");

        assertThat(ReadingOrder.text(words)).isEqualTo("""
                Điều 1. Cấp giấy phép kinh doanh dịch vụ karaoke cho hộ kinh doanh
                Loan Hoàng Gia, do bà Ngô Thị Loan làm chủ hộ.
                Số định danh cá nhân: 089177354735.""");
    }

    @Test
    void withoutLineNumbersWordsAreGroupedIntoLinesByTheirBoxes() {
        words.add(new OcrWord("HUYỆN", 90, 150, 147, 250, 177));
        words.add(new OcrWord("ỦY", 90, 150, 100, 190, 130));
        words.add(new OcrWord("BAN", 90, 210, 102, 270, 131));
        words.add(new OcrWord("SƠN", 90, 270, 148, 330, 178));

        assertThat(ReadingOrder.text(words)).isEqualTo("ỦY BAN\nHUYỆN SƠN");
    }

    @Test
    void dustBetweenTheColumnsDoesNotJoinThem() {
        line(100, 150, "ỦY BAN NHÂN DÂN", 800, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        line(100 + LEADING, 150, "HUYỆN THOẠI SƠN", 850, "Độc lập - Tự do - Hạnh phúc");
        words.add(new OcrWord(".", 20, 560, 100, 566, 106, line++));

        assertThat(ReadingOrder.text(words)).contains("HUYỆN THOẠI SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập");
    }

    @Test
    void linesTiltedByTwoDegreesAreNotLevelEnoughForCuts() {
        line(400, 230, "Điều 1. Cấp giấy phép kinh doanh dịch vụ karaoke cho hộ kinh doanh");
        assertThat(ReadingOrder.level(words)).isTrue();

        List<OcrWord> tilted = words.stream()
                .map(w -> w.withBox(w.left(), w.top() + (int) (w.left() * 0.035), w.right(), w.bottom() + (int) (w.left() * 0.035)))
                .toList();
        assertThat(ReadingOrder.level(tilted)).isFalse();
    }

    @Test
    void aFormOfLabelsAndValuesIsReadRowByRow() {
        line(600, 170, "1. Tên hộ kinh doanh:", 800, "TẠP HÓA HÀ");
        line(600 + LEADING, 170, "2. Địa chỉ:", 800, "ấp Phú An, xã Tây Phú");
        line(600 + 2 * LEADING, 170, "3. Ngành, nghề kinh doanh:", 800, "bán lẻ hàng tạp hóa");

        assertThat(ReadingOrder.text(words)).isEqualTo("""
                1. Tên hộ kinh doanh: TẠP HÓA HÀ
                2. Địa chỉ: ấp Phú An, xã Tây Phú
                3. Ngành, nghề kinh doanh: bán lẻ hàng tạp hóa""");
    }

    @Test
    void noWordsNoText() {
        assertThat(ReadingOrder.text(List.of())).isEmpty();
        assertThat(ReadingOrder.blocks(List.of())).isEmpty();
        assertThat(ReadingOrder.read(List.of()).blocks().present()).isFalse();
    }

    /** A whole decision: header columns, number and date, title, body, recipients beside the signer. */
    private void decisionPage() {
        line(100, 150, "ỦY BAN NHÂN DÂN", 800, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        line(100 + LEADING, 150, "HUYỆN THOẠI SƠN", 850, "Độc lập - Tự do - Hạnh phúc");
        line(100 + 2 * LEADING + 30, 170, "Số: 729/QĐ-UBND", 830, "Thoại Sơn, ngày 05 tháng 7 năm 2022");
        line(330, 650, "QUYẾT ĐỊNH");
        line(330 + LEADING, 400, "Về việc cấp giấy phép kinh doanh");
        line(330 + 2 * LEADING + 20, 230, "Căn cứ Quyết định Số: 12/QĐ-UBND ngày 02 tháng 3 năm 2020 của Ủy ban;");
        line(330 + 3 * LEADING + 20, 170, "Điều 1. Cấp giấy phép kinh doanh dịch vụ karaoke cho hộ kinh doanh");
        line(1500, 230, "Quyết định này có hiệu lực kể từ ngày ký./.");
        line(1500 + LEADING + 20, 170, "Nơi nhận:", 1000, "KT. CHỦ TỊCH");
        line(1500 + 2 * LEADING + 20, 170, "- Như Điều 3;", 1000, "PHÓ CHỦ TỊCH");
        line(1500 + 3 * LEADING + 20, 170, "- Lưu: VT.");
        line(1900, 950, "Phạm Thị Hồng Phượng");
    }

    private DocumentBlocks blocksOf() {
        return ReadingOrder.read(words).blocks();
    }

    private static List<String> lines(DocumentBlocks blocks, BlockKind kind) {
        return blocks.joined(kind).map(DocumentBlock::lines).orElse(List.of());
    }

    @Test
    void twoHeaderColumnsAreTheAgencyAndTheMottoAboveTheNumberAndTheDate() {
        decisionPage();

        DocumentBlocks blocks = blocksOf();

        assertThat(blocks.present()).isTrue();
        assertThat(lines(blocks, BlockKind.AGENCY)).containsExactly("ỦY BAN NHÂN DÂN", "HUYỆN THOẠI SƠN");
        assertThat(lines(blocks, BlockKind.MOTTO)).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc");
        assertThat(lines(blocks, BlockKind.NUMBER)).containsExactly("Số: 729/QĐ-UBND");
        assertThat(lines(blocks, BlockKind.PLACE_DATE)).containsExactly("Thoại Sơn, ngày 05 tháng 7 năm 2022");
        assertThat(lines(blocks, BlockKind.TITLE)).containsExactly("QUYẾT ĐỊNH", "Về việc cấp giấy phép kinh doanh");
        assertThat(lines(blocks, BlockKind.BODY)).contains("Căn cứ Quyết định Số: 12/QĐ-UBND ngày 02 tháng 3 năm 2020 của Ủy ban;");
        assertThat(blocks.blocks()).extracting(DocumentBlock::kind).containsSubsequence(BlockKind.AGENCY, BlockKind.MOTTO,
                BlockKind.NUMBER, BlockKind.PLACE_DATE, BlockKind.TITLE, BlockKind.BODY, BlockKind.RECIPIENTS,
                BlockKind.SIGNATURE);
        assertThat(blocks.first(BlockKind.NUMBER).orElseThrow().confidence()).isEqualTo(0.9);
    }

    @Test
    void recipientsBesideTheSignatureAreTwoBlocksAndTheNameUnderTheSignatureIsTheSigners() {
        decisionPage();

        DocumentBlocks blocks = blocksOf();

        assertThat(lines(blocks, BlockKind.RECIPIENTS)).containsExactly("Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.");
        assertThat(lines(blocks, BlockKind.SIGNATURE)).containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Thị Hồng Phượng");
        assertThat(lines(blocks, BlockKind.BODY)).contains("Quyết định này có hiệu lực kể từ ngày ký./.");
    }

    @Test
    void theBlocksAreTheSameCutAsTheText() {
        decisionPage();

        ReadingOrder.Reading reading = ReadingOrder.read(words);

        List<String> blockLines = reading.blocks().blocks().stream().flatMap(b -> b.lines().stream()).toList();
        assertThat(blockLines).containsExactlyElementsOf(List.of(reading.text().split("\n")));
        assertThat(reading.text()).isEqualTo(ReadingOrder.text(words));
    }

    @Test
    void aCongVansSubjectUnderItsNumberIsItsTitle() {
        line(100, 150, "ỦY BAN NHÂN DÂN", 800, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        line(100 + LEADING, 150, "HUYỆN THOẠI SƠN", 850, "Độc lập - Tự do - Hạnh phúc");
        line(100 + 2 * LEADING + 30, 170, "Số: 4869/UBND-VX", 830, "Thoại Sơn, ngày 05 tháng 7 năm 2022");
        line(100 + 3 * LEADING + 30, 120, "V/v cấp bản sao trích lục");
        line(100 + 4 * LEADING + 30, 160, "khai sinh");
        line(500, 600, "Kính gửi: Ủy ban nhân dân xã Tây Phú.");
        line(500 + LEADING, 230, "Ủy ban nhân dân huyện nhận được đề nghị của ông Nguyễn Văn Bình về việc cấp");
        line(1200, 1000, "CHỦ TỊCH");
        line(1400, 950, "Nguyễn Hoàng An");

        DocumentBlocks blocks = blocksOf();

        assertThat(lines(blocks, BlockKind.NUMBER)).containsExactly("Số: 4869/UBND-VX");
        assertThat(lines(blocks, BlockKind.PLACE_DATE)).containsExactly("Thoại Sơn, ngày 05 tháng 7 năm 2022");
        assertThat(lines(blocks, BlockKind.TITLE)).containsExactly("V/v cấp bản sao trích lục", "khai sinh");
        assertThat(lines(blocks, BlockKind.BODY)).startsWith("Kính gửi: Ủy ban nhân dân xã Tây Phú.");
        assertThat(lines(blocks, BlockKind.SIGNATURE)).containsExactly("CHỦ TỊCH", "Nguyễn Hoàng An");
    }

    @Test
    void aPlaceDateLineCutAtItsBlankDayIsStillOnePlaceDateBlock() {
        line(100, 150, "ỦY BAN NHÂN DÂN", 800, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        line(100 + LEADING, 150, "HUYỆN THOẠI SƠN", 850, "Độc lập - Tự do - Hạnh phúc");
        line(100 + 2 * LEADING + 30, 170, "Số: 729/QĐ-UBND", 830, "Thoại Sơn, ngày", 1300, "tháng 5 năm 2022");
        line(330, 650, "QUYẾT ĐỊNH");
        line(900, 230, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");

        assertThat(lines(blocksOf(), BlockKind.PLACE_DATE)).containsExactly("Thoại Sơn, ngày", "tháng 5 năm 2022");
        assertThat(lines(blocksOf(), BlockKind.TITLE)).containsExactly("QUYẾT ĐỊNH");
    }

    @Test
    void aPageWithoutTheStandardLayoutGivesNoBlocks() {
        // A second page of conditions: no header, no recipients list.
        line(100, 230, "Điều 1. Cấp giấy phép kinh doanh dịch vụ karaoke cho hộ kinh doanh");
        line(100 + LEADING, 170, "Loan Hoàng Gia, do bà Ngô Thị Loan làm chủ hộ.");
        line(600, 170, "1. Tên hộ kinh doanh:", 800, "TẠP HÓA HÀ");
        line(600 + LEADING, 170, "2. Địa chỉ:", 800, "ấp Phú An, xã Tây Phú");
        line(1400, 950, "Phạm Thị Hồng Phượng");

        assertThat(blocksOf()).isEqualTo(DocumentBlocks.NONE);
        assertThat(ReadingOrder.read(words).text()).startsWith("Điều 1.");
    }

    @Test
    void aHeaderWithoutItsNumberAndDateLinesIsNoLayout() {
        line(100, 150, "ỦY BAN NHÂN DÂN", 800, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        line(100 + LEADING, 150, "HUYỆN THOẠI SƠN", 850, "Độc lập - Tự do - Hạnh phúc");
        line(400, 230, "Căn cứ Quyết định Số: 12/QĐ-UBND ngày 02 tháng 3 năm 2020 của Ủy ban;");
        line(400 + LEADING, 170, "Thoại Sơn, ngày 05 tháng 7 năm 2022");

        assertThat(blocksOf().present()).isFalse();
    }
}
