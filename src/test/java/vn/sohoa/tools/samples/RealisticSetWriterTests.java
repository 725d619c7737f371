package vn.sohoa.tools.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sohoa.SampleScans;

/**
 * The realistic evaluation set is the same on any machine: its face is loaded from a fixed file (whatever
 * other serif families are installed), the same seed writes the same bytes, and its slices are listed.
 */
class RealisticSetWriterTests {

    @Test
    void theSampleFaceIsFreeSerifFromItsFileAndTheHardSetAlwaysUsesTheSameTwoFaces() {
        FontSet fonts = FontSet.fromSystem();
        assertThat(fonts.family()).isEqualTo("FreeSerif");
        assertThat(fonts.file(FontSet.Face.REGULAR)).isEqualTo(Paths.get("/usr/share/fonts/truetype/freefont/FreeSerif.ttf"));
        assertThat(FontSet.vietnameseFamilies()).extracting(FontSet::family).containsExactly("FreeSerif", "DejaVu Serif");
    }

    @Test
    void theSameSeedWritesTheSameSetWithItsSlicesAndHeaderTruth() throws IOException {
        Path first = SampleScans.newTempDir("real-a");
        Path second = SampleScans.newTempDir("real-b");
        List<RealisticSetWriter.Page> pages = new RealisticSetWriter(20261128).write(first, 6);
        new RealisticSetWriter(20261128).write(second, 6);

        assertThat(pages).extracting(RealisticSetWriter.Page::slice).containsExactly(RealisticSetWriter.Slice.CLEAN,
                RealisticSetWriter.Slice.CLEAN, RealisticSetWriter.Slice.SKEWED, RealisticSetWriter.Slice.CLEAN,
                RealisticSetWriter.Slice.CLEAN, RealisticSetWriter.Slice.TURNED);
        for (RealisticSetWriter.Page page : pages) {
            assertThat(Files.readAllBytes(first.resolve(page.name()))).isEqualTo(Files.readAllBytes(second.resolve(page.name())));
        }
        assertThat(Files.readString(first.resolve(RealisticSetWriter.SLICES), StandardCharsets.UTF_8))
                .contains(pages.get(2).name() + "\tskewed");
        String truth = Files.readString(first.resolve("real-01-clean-decision-200.gt.txt"), StandardCharsets.UTF_8);
        assertThat(truth).containsSubsequence("HUYỆN THOẠI SƠN", "CỘNG HÒA", "Số:", "QUYẾT ĐỊNH", "Nơi nhận:", "KT. CHỦ TỊCH");
        // The fifth page prints its number blank: the field truth expects no number.
        String blank = Files.readString(first.resolve(pages.get(4).name().replaceFirst("\\.[a-z]+$", ".fields.json")));
        assertThat(blank).contains("\"codeNumber\" : null").contains("\"codeNotation\" : \"UBND-VX\"");
    }
}
