package vn.sohoa.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ToneMarkPlacementTests {

    private final ToneMarkPlacement tones = new ToneMarkPlacement();

    @ParameterizedTest
    @CsvSource({
            "uỷ, ủy", "UỶ BAN NHÂN DÂN, ỦY BAN NHÂN DÂN", "hoà, hòa", "CỘNG HOÀ, CỘNG HÒA", "thuỷ lợi, thủy lợi",
            "khoẻ, khỏe", "văn hoá, văn hóa", "Toà án, Tòa án", "Thuỵ, Thụy", "hoạ sĩ, họa sĩ", "xoã, xõa",
            "(hoà), (hòa)", "uỷ-ban, ủy-ban"})
    void theNewStyleBecomesTheOldStyleOfTheDocuments(String read, String stored) {
        assertThat(tones.toOldStyle(read)).isEqualTo(stored);
        assertThat(tones.toNewStyle(stored)).isEqualTo(read);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hoàn", "toán", "khoản", "Hoàng", "Huỳnh", "khuya", "thuyền", "quý", "Quỳnh", "quả", "QUÝ", "ngoáy",
            "hoa", "uy tín", "ủy", "hòa", "thủy", "tuổi", "người", "Nguyễn", "x", ""})
    void syllablesThatBothStylesSpellAlikeOrThatCarryNoMovableMarkStayAsTheyAre(String word) {
        assertThat(tones.toOldStyle(word)).isEqualTo(word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"quý", "hoàn", "hòa", "ủy"})
    void theNewStyleIsLeftAloneWhereItIsAlreadyNewOrNotAPair(String word) {
        assertThat(tones.toNewStyle(tones.toOldStyle(word))).isEqualTo(tones.toNewStyle(word));
    }

    @org.junit.jupiter.api.Test
    void decomposedInputComesBackComposed() {
        String decomposed = Normalizer.normalize("hoà", Normalizer.Form.NFD);
        assertThat(tones.toOldStyle(decomposed)).isEqualTo("hòa");
    }
}
