package vn.sohoa.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Debian's hunspell-vi (installed by the launcher) through Lucene's Hunspell. */
class SyllableDictionaryTests {

    static final Path HUNSPELL_VI = Path.of("/usr/share/hunspell/vi_VN");

    @Test
    void vietnameseSyllablesInEitherToneStyleAndAnyPrintedCaseAreSyllables() {
        SyllableDictionary.Checker checker = SyllableDictionary.load(HUNSPELL_VI).orElseThrow().checker();

        assertThat(List.of("địa", "Địa", "ĐỊA", "ủy", "uỷ", "ỦY", "hòa", "hoà", "quyết", "nghiêng", "Nguyễn"))
                .allMatch(checker::isSyllable);
        assertThat(List.of("Đia", "quyêt", "nghiên g", "ĐIa", "mỶ", "karaoke", "", "ngàyy")).noneMatch(checker::isSyllable);
    }

    @Test
    void anAbsentDictionaryTurnsSyllableRepairOff(@TempDir Path dir) {
        Optional<SyllableDictionary> none = SyllableDictionary.load(dir.resolve("vi_VN"));

        assertThat(none).isEmpty();
        OcrCorrectionProperties on = OcrCorrectionProperties.none().only(List.of("syllables"));
        WordCorrection correction = WordCorrection.of(on, none);
        assertThat(correction.needsAlternatives()).isFalse();
        assertThat(correction.isNone()).isTrue();
        assertThat(correction.correct("Đia", () -> {
            throw new AssertionError("no alternatives are asked for when the step is off");
        })).isEqualTo("Đia");
    }
}
