package vn.sohoa.pipeline.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fold that field patterns match on: same length as the text, no marks, lower case, đ as d. */
class FoldedTextTests {

    @Test
    void everyVietnameseLetterFoldsToItsBaseLetter() {
        String upper = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";

        assertThat(FoldedText.fold(upper)).isEqualTo("a".repeat(17) + "d" + "e".repeat(11) + "i".repeat(5)
                + "o".repeat(17) + "u".repeat(11) + "y".repeat(5));
        assertThat(FoldedText.fold(upper.toLowerCase())).isEqualTo(FoldedText.fold(upper));
    }

    @Test
    void theFoldKeepsTheIndexesOfTheOriginal() {
        // Decomposed input (a base letter followed by combining marks) is composed first.
        FoldedText text = FoldedText.of("Số: 12/QĐ-UBND ngày 5 tháng 3 năm 2026 \u2013 Quye\u0302\u0301t đi\u0323nh");

        assertThat(text.folded()).isEqualTo("so: 12/qd-ubnd ngay 5 thang 3 nam 2026 \u2013 quyet dinh");
        assertThat(text.folded()).hasSameSizeAs(text.original());
        int at = text.folded().indexOf("quyet");
        assertThat(text.cut(at, at + 5)).isEqualTo("Quyết");
    }
}
