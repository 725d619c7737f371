package vn.sohoa.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.tools.samples.FontSet;
import vn.sohoa.tools.samples.PageRenderer;
import vn.sohoa.tools.samples.ResultCatalog;

/** Post-correction through the real Tesseract (vie) on generated images. */
class TesseractCorrectionIntegrationTests {

    private static final String DATAPATH = OcrEnginePool.resolveDatapath("");
    /** Words of no language: only a user word list can make Tesseract prefer their spelling. */
    private static final List<String> INVENTED = List.of("vrimsol", "plixtam", "zorvex", "quabrint", "drelmont", "stavrix",
            "klumbert", "frinzol", "gravmit", "tholbex");

    @Test
    void aUserWordListIsReadByTheLstmAndHelpsItSpellTheListedWords(@TempDir Path dir) throws IOException {
        // Small type at a low resolution, where the LSTM is unsure of letters and the word list decides.
        BufferedImage image = lines(List.of(String.join(" ", INVENTED.subList(0, 5)), String.join(" ", INVENTED.subList(5, 10))), 9, 100);
        Path list = Files.writeString(dir.resolve("words.txt"), String.join("\n", INVENTED) + "\n");

        long without = exactWords(read(image, 100, null));
        long with = exactWords(read(image, 100, list));

        assertThat(with).isGreaterThan(without);
    }

    @Test
    void theShippedListLoadsAndADecisionPageStillReadsWordForWord() {
        BufferedImage page = new PageRenderer(FontSet.fromSystem()).render(new ResultCatalog(20261128).decision(), 200).get(0).image();

        String bare = read(page, 200, null);
        String withList = read(page, 200, UserWordList.resolve(""));

        assertThat(withList).contains("QUYẾT ĐỊNH", "ỦY BAN NHÂN DÂN");
        assertThat(withList.split("\\s+").length).isEqualTo(bare.split("\\s+").length);
    }

    @Test
    void syllableRepairAsksTesseractsAlternativesAndLeavesValidAndUnknownWordsAlone() {
        // A decision page (valid syllables) and invented words (not syllables, several alternatives each).
        BufferedImage page = new PageRenderer(FontSet.fromSystem()).render(new ResultCatalog(20261128).decision(), 200).get(0).image();
        BufferedImage invented = lines(List.of(String.join(" ", INVENTED)), 12, 200);
        WordCorrection repair = WordCorrection.of(OcrCorrectionProperties.none().only(List.of("syllables")),
                SyllableDictionary.load(SyllableDictionaryTests.HUNSPELL_VI));
        assertThat(repair.needsAlternatives()).isTrue();

        try (TesseractOcrEngine bare = new TesseractOcrEngine(DATAPATH, "vie", Duration.ofMinutes(2));
             TesseractOcrEngine repairing = new TesseractOcrEngine(DATAPATH, "vie", Duration.ofMinutes(2), repair, null)) {
            OcrResult read = bare.recognize(page, 200);
            OcrResult repaired = repairing.recognize(page, 200);
            assertThat(repaired.text()).isEqualTo(read.text());
            assertThat(repaired.words()).extracting(OcrResult.OcrWord::text).isEqualTo(read.words().stream().map(OcrResult.OcrWord::text).toList());
            assertThat(repairing.recognize(invented, 200).text()).isEqualTo(bare.recognize(invented, 200).text());
        }
    }

    private static String read(BufferedImage image, int dpi, Path userWords) {
        try (TesseractOcrEngine engine = new TesseractOcrEngine(DATAPATH, "vie", Duration.ofMinutes(2), WordCorrection.none(), userWords)) {
            return engine.recognize(image, dpi).text();
        }
    }

    private static long exactWords(String text) {
        List<String> read = Arrays.asList(text.split("\\s+"));
        return INVENTED.stream().filter(read::contains).count();
    }

    /** Lines of FreeSerif (loaded by path) on white, in points at the given resolution. */
    private static BufferedImage lines(List<String> lines, float points, int dpi) {
        float pixels = points * dpi / 72f;
        BufferedImage image = new BufferedImage(dpi * 8, (int) (lines.size() * pixels * 2.2) + 60, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(FontSet.fromSystem().font(FontSet.Face.REGULAR, pixels));
        int y = (int) (pixels * 2);
        for (String line : lines) {
            g.drawString(line, 40, y);
            y += (int) (pixels * 2.2);
        }
        g.dispose();
        return image;
    }
}
