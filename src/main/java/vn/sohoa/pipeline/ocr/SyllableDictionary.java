package vn.sohoa.pipeline.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Vietnamese syllables of a Hunspell dictionary (Debian {@code hunspell-vi}:
 * {@code /usr/share/hunspell/vi_VN.aff} and {@code .dic}, about 6,600 syllables in the new tone
 * style), read through Lucene's Hunspell.
 *
 * <p>Contract: {@link #load} gives nothing, after one log line naming the package, when the files
 * are absent or unreadable; the caller then leaves words alone. An instance is immutable and may be
 * shared; each {@link Checker} is for one thread (an OCR engine's).
 */
public final class SyllableDictionary {

    private static final Logger log = LoggerFactory.getLogger(SyllableDictionary.class);

    private final Dictionary dictionary;
    private final ToneMarkPlacement tones = new ToneMarkPlacement();

    private SyllableDictionary(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * @param base the dictionary's path without extension, e.g. {@code /usr/share/hunspell/vi_VN}
     */
    public static Optional<SyllableDictionary> load(Path base) {
        Path aff = base.resolveSibling(base.getFileName() + ".aff");
        Path dic = base.resolveSibling(base.getFileName() + ".dic");
        if (!Files.isReadable(aff) || !Files.isReadable(dic)) {
            log.warn("Syllable repair is off: no Hunspell dictionary at {}.aff/.dic (install it: apt-get install hunspell-vi)", base);
            return Optional.empty();
        }
        try (InputStream affix = Files.newInputStream(aff); InputStream words = Files.newInputStream(dic)) {
            return Optional.of(new SyllableDictionary(new Dictionary(new ByteBuffersDirectory(), "vi", affix, List.of(words), false)));
        } catch (IOException | ParseException | RuntimeException e) {
            log.warn("Syllable repair is off: the Hunspell dictionary at {} cannot be read ({})", base, e.toString());
            return Optional.empty();
        }
    }

    /** A checker for one thread. */
    public Checker checker() {
        return new Checker(new Hunspell(dictionary));
    }

    /** Answers whether a word is a Vietnamese syllable of the dictionary; for one thread. */
    public final class Checker {

        private final Hunspell hunspell;

        private Checker(Hunspell hunspell) {
            this.hunspell = hunspell;
        }

        /**
         * True when the letters are a syllable of the dictionary in either tone style and any case
         * ({@code Ủy}, {@code UỶ}, {@code uỷ}); the caller strips punctuation first.
         */
        public boolean isSyllable(String letters) {
            if (letters.isEmpty()) {
                return false;
            }
            // The dictionary spells the new style (hoà, uỷ); the stored text uses the old one (hòa, ủy).
            String newStyle = tones.toNewStyle(letters);
            return hunspell.spell(newStyle) || !newStyle.equals(letters) && hunspell.spell(letters);
        }
    }
}
