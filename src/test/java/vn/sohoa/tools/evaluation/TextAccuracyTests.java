package vn.sohoa.tools.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class TextAccuracyTests {

    @Test
    void identicalTextHasNoErrorsWhateverTheWhitespaceAndNormalForm() {
        String truth = "Quyết định\nvề việc cấp phép";
        String decomposed = Normalizer.normalize("Quyết   định về việc cấp phép", Normalizer.Form.NFD);
        assertThat(TextAccuracy.characterErrorRate(truth, decomposed)).isZero();
        assertThat(TextAccuracy.wordF1(truth, decomposed)).isEqualTo(1.0);
    }

    @Test
    void aWrongToneMarkIsOneError() {
        // "má" vs "mà": one substitution in a 10-character text.
        assertThat(TextAccuracy.characterErrorRate("con má tôi", "con mà tôi")).isCloseTo(0.1, within(1e-9));
        assertThat(TextAccuracy.wordF1("con má tôi", "con mà tôi")).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void missingTextCountsAsDeletions() {
        assertThat(TextAccuracy.characterErrorRate("abcd", "ab")).isEqualTo(0.5);
        assertThat(TextAccuracy.characterErrorRate("abcd", "")).isEqualTo(1.0);
        assertThat(TextAccuracy.editDistance("kitten", "sitting")).isEqualTo(3);
    }
}
