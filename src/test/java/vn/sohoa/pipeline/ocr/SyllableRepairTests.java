package vn.sohoa.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** The repair against the real hunspell-vi, with the symbol choices as Tesseract gives them. */
class SyllableRepairTests {

    private static final SyllableDictionary DICTIONARY = SyllableDictionary.load(SyllableDictionaryTests.HUNSPELL_VI).orElseThrow();

    private final SyllableRepair repair = new SyllableRepair(DICTIONARY.checker());

    private static Supplier<List<List<String>>> symbols(List<List<String>> choices) {
        return () -> choices;
    }

    @Test
    void theOnlyAlternativeThatIsASyllableReplacesTheWord() {
        // "quyêt": the ê could also have been ế (quyết) or e (quyet, not a syllable).
        Optional<String> repaired = repair.repair("quyêt", symbols(List.of(List.of("q"), List.of("u"), List.of("y"),
                List.of("ê", "ế", "e"), List.of("t"))));

        assertThat(repaired).contains("quyết");
    }

    @Test
    void punctuationAroundTheWordIsKept() {
        assertThat(repair.repair("(quyêt,", symbols(List.of(List.of("("), List.of("q"), List.of("u"), List.of("y"),
                List.of("ê", "ế"), List.of("t"), List.of(","))))).contains("(quyết,");
    }

    @Test
    void twoValidAlternativesAreAmbiguousAndTheWordStays() {
        // Tesseract's choices for a misread "Địa" on the hard set: Địa, Đìa, Đĩa, Đỉa are all syllables.
        Optional<String> repaired = repair.repair("Đia", symbols(List.of(List.of("Đ", "Ð", "D", "p", "b", "O"),
                List.of("i", "ị", "ì", "ỉ", "ĩ", "ï"), List.of("a", "ạ", "e"))));

        assertThat(repaired).isEmpty();
    }

    @Test
    void aWordWithNoValidAlternativeStays() {
        assertThat(repair.repair("karaoke,", symbols(List.of(List.of("k", "t", "K"), List.of("a", "ạ"), List.of("r"),
                List.of("a", "A", "d"), List.of("o", "c"), List.of("k", "K"), List.of("e"), List.of(","))))).isEmpty();
    }

    @Test
    void aValidSyllableIsNeverTouchedAndItsAlternativesAreNotAskedFor() {
        Supplier<List<List<String>>> never = () -> {
            throw new AssertionError("alternatives asked for a valid syllable");
        };

        assertThat(repair.repair("quyết", never)).isEmpty();
        assertThat(repair.repair("ỦY", never)).isEmpty();
        assertThat(repair.repair("hoà", never)).isEmpty();
    }

    @Test
    void codesAbbreviationsAndNumbersAreNotJudged() {
        Supplier<List<List<String>>> never = () -> {
            throw new AssertionError("alternatives asked for a token that is not a plain syllable");
        };

        for (String token : List.of("QĐ-UBND", "TTg", "QyĐ", "UBND", "729/QĐ-TTg", "000.20.10.H01", "m²", "12", "KT.", "V/v", "II", "XIV")) {
            assertThat(repair.repair(token, never)).as(token).isEmpty();
        }
    }

    @Test
    void symbolsThatDoNotSpellTheWordAreNotTrusted() {
        assertThat(repair.repair("quyêt", symbols(List.of(List.of("q"), List.of("y"), List.of("ê", "ế"), List.of("t"))))).isEmpty();
    }

    @Test
    void tooManyCombinationsAreNotTried() {
        List<String> many = List.of("a", "á", "à", "ả", "ã");
        assertThat(SyllableRepair.candidates(List.of(many, many, many, many))).isEmpty();
        assertThat(SyllableRepair.candidates(List.of(List.of("a", "b"), List.of("c", "d")))).containsExactly("ac", "ad", "bc", "bd");
    }
}
