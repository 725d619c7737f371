package vn.sohoa.operations.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ZIP entries and file names cannot leave the upload folder; counts and sizes are capped while writing. */
class UploadSafetyTests {

    @TempDir
    Path dir;

    @Test
    void zipEntriesThatClimbOutOrStartAtTheRootAreRefusedAndNothingLeaks() throws IOException {
        for (String evil : new String[] {"../evil.pdf", "scans/../../evil.pdf", "/etc/evil.pdf", "C:/evil.pdf", "..\\evil.pdf"}) {
            Path zip = zip("slip.zip", evil, "x");
            Path folder = Files.createDirectories(dir.resolve("out-" + Math.abs(evil.hashCode())));
            assertThatThrownBy(() -> new ZipUnpacker(100).unpack(zip, "slip.zip", folder, new UploadBudget(10, 1_000_000)))
                    .as(evil).isInstanceOf(UploadRefusedException.class).hasMessageContaining("evil.pdf");
        }
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(p -> p.getFileName().toString().equals("evil.pdf"))).isEmpty();
        }
    }

    @Test
    void aLinkInAZipIsRefused() throws IOException {
        Path zip = dir.resolve("link.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            ZipArchiveEntry link = new ZipArchiveEntry("passwd.pdf");
            link.setUnixMode(UnixStat.LINK_FLAG | 0777);
            out.putArchiveEntry(link);
            out.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }
        Path folder = Files.createDirectories(dir.resolve("out"));
        assertThatThrownBy(() -> new ZipUnpacker(100).unpack(zip, "link.zip", folder, new UploadBudget(10, 1_000_000)))
                .isInstanceOf(UploadRefusedException.class).extracting(e -> ((UploadRefusedException) e).messageCode()).isEqualTo("zipLink");
        assertThat(folder.resolve("passwd.pdf")).doesNotExist();
    }

    @Test
    void aZipBombStopsAtTheByteBudgetWhateverTheZipDeclares() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            out.putArchiveEntry(new ZipArchiveEntry("zeros.pdf"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) {
                out.write(zeros);   // 20 MiB of zeros compress to about 20 KiB
            }
            out.closeArchiveEntry();
        }
        assertThat(Files.size(zip)).isLessThan(100_000);
        Path folder = Files.createDirectories(dir.resolve("out"));
        assertThatThrownBy(() -> new ZipUnpacker(100).unpack(zip, "bomb.zip", folder, new UploadBudget(10, 5 * 1024 * 1024)))
                .isInstanceOf(UploadRefusedException.class).extracting(e -> ((UploadRefusedException) e).messageCode()).isEqualTo("tooLarge");
    }

    @Test
    void entryAndFileCountsAreCapped() throws IOException {
        Path zip = dir.resolve("many.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            for (int i = 0; i < 30; i++) {
                out.putArchiveEntry(new ZipArchiveEntry("page-" + i + ".png"));
                out.write(1);
                out.closeArchiveEntry();
            }
        }
        Path a = Files.createDirectories(dir.resolve("a"));
        assertThatThrownBy(() -> new ZipUnpacker(20).unpack(zip, "many.zip", a, new UploadBudget(1000, 1_000_000)))
                .extracting(e -> ((UploadRefusedException) e).messageCode()).isEqualTo("tooManyEntries");
        Path b = Files.createDirectories(dir.resolve("b"));
        assertThatThrownBy(() -> new ZipUnpacker(1000).unpack(zip, "many.zip", b, new UploadBudget(25, 1_000_000)))
                .extracting(e -> ((UploadRefusedException) e).messageCode()).isEqualTo("tooManyFiles");
    }

    @Test
    void aGoodZipKeepsItsFoldersAndVietnameseNames() throws IOException {
        Path zip = zip("ok.zip", "xã-thoại-sơn/quyết-định.pdf", "%PDF-1.4");
        Path folder = Files.createDirectories(dir.resolve("out"));
        UploadBudget budget = new UploadBudget(10, 1_000_000);
        new ZipUnpacker(100).unpack(zip, "ok.zip", folder, budget);
        assertThat(folder.resolve("xã-thoại-sơn").resolve("quyết-định.pdf")).hasContent("%PDF-1.4");
        assertThat(budget.files()).isEqualTo(1);
    }

    @Test
    void aBrowserFileNameIsOnlyItsLastSegmentAndDotsOrHiddenNamesAreRefused() throws IOException {
        assertThat(UploadedFileName.ofPart("C:\\Users\\an\\scan 01.pdf")).isEqualTo("scan 01.pdf");
        assertThat(UploadedFileName.ofPart("../../etc/cron.d/x.pdf")).isEqualTo("x.pdf");
        for (String bad : new String[] {"..", "../..", ".bashrc", "a\u0000b.pdf", ""}) {
            assertThatThrownBy(() -> UploadedFileName.ofPart(bad)).as(bad).isInstanceOf(UploadRefusedException.class);
        }
        Path folder = Files.createDirectories(dir.resolve("out"));
        UploadBudget budget = new UploadBudget(10, 1000);
        budget.write(new ByteArrayInputStream(new byte[10]), folder.resolve("a.pdf"), "a.pdf");
        assertThatThrownBy(() -> budget.write(new ByteArrayInputStream(new byte[10]), folder.resolve("a.pdf"), "a.pdf"))
                .extracting(e -> ((UploadRefusedException) e).messageCode()).isEqualTo("duplicateName");
    }

    private Path zip(String name, String entry, String content) throws IOException {
        // Written by hand: ZipArchiveOutputStream keeps any name, as an attacker's tool would.
        Path zip = dir.resolve(name);
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            out.putArchiveEntry(new ZipArchiveEntry(entry));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }
        return zip;
    }

}
