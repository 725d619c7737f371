package vn.sohoa.pipeline.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The domain words given to Tesseract as {@code user_words_file}: the syllables of agency names,
 * document types and procedure terms of NĐ 30/2020 documents in the cases they are printed in, and
 * the abbreviations and notations ({@code UBND}, {@code QĐ-UBND}, {@code V/v}, {@code KT.}). Tesseract
 * reads the list only when a handle is initialized, and from a file, so the list shipped in the jar is
 * copied to a temporary file once.
 */
public final class UserWordList {

    static final String RESOURCE = "user-words.txt";

    private UserWordList() {
    }

    /** The configured list, or the shipped one copied to a temporary file deleted on exit. */
    public static Path resolve(String configured) {
        if (configured != null && !configured.isBlank()) {
            Path file = Path.of(configured);
            if (!Files.isReadable(file)) {
                throw new OcrException("sohoa.ocr.correction.user-words-file: cannot read " + file);
            }
            return file;
        }
        try (InputStream in = UserWordList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new OcrException("The user word list " + RESOURCE + " is missing from the build");
            }
            Path file = Files.createTempFile("sohoa-user-words", ".txt");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the user word list for Tesseract", e);
        }
    }
}
