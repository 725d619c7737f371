package vn.sohoa.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordCorrectionTests {

    @Test
    void theToneStepAloneNeedsNoAlternatives() {
        WordCorrection tones = WordCorrection.of(OcrCorrectionProperties.none().only(List.of("tone-marks")), java.util.Optional.empty());

        assertThat(tones.needsAlternatives()).isFalse();
        assertThat(tones.correct("UỶ", () -> {
            throw new AssertionError();
        })).isEqualTo("ỦY");
        assertThat(WordCorrection.none().correct("UỶ", List::of)).isEqualTo("UỶ");
    }

    @Test
    void thePageTextGetsTheCorrectionsOfItsWordsInOrder() {
        String text = "CỘNG HOÀ XÃ HỘI\nhoà hoà bình\n\nquyêt định";
        List<String> read = List.of("CỘNG", "HOÀ", "XÃ", "HỘI", "hoà", "hoà", "bình", "quyêt", "định");
        List<String> corrected = List.of("CỘNG", "HÒA", "XÃ", "HỘI", "hoà", "hòa", "bình", "quyết", "định");

        assertThat(WordCorrection.applyToText(text, read, corrected)).isEqualTo("CỘNG HÒA XÃ HỘI\nhoà hòa bình\n\nquyết định");
    }

    @Test
    void aWordMissingFromTheTextIsSkippedAndTheRestStillCorrected() {
        assertThat(WordCorrection.applyToText("a uỷ b", List.of("x", "uỷ", "b"), List.of("y", "ủy", "b"))).isEqualTo("a ủy b");
    }

    @Test
    void unknownStepsAreNamed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OcrCorrectionProperties.none().only(List.of("tones")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'tones'").hasMessageContaining("tone-marks");
    }
}
