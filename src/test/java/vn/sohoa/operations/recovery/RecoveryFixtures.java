package vn.sohoa.operations.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.sohoa.SampleScans;

/** Batches for the recovery tests: several distinct OCR pages, so that a run lasts long enough to break. */
final class RecoveryFixtures {

    private RecoveryFixtures() {
    }

    /**
     * {@code copies} distinct PNG scans (the sample notice with a different trailing comment after
     * its end chunk, which decoders ignore and hashes do not), the born-digital PDF and a duplicate.
     */
    static Path batch(int copies) {
        Path dir = SampleScans.newTempDir("recovery-batch");
        try {
            byte[] png = Files.readAllBytes(SampleScans.DIR.resolve("thong-bao.png"));
            for (int i = 1; i <= copies; i++) {
                byte[] distinct = java.util.Arrays.copyOf(png, png.length + 8);
                System.arraycopy(String.format("copy%04d", i).getBytes(), 0, distinct, png.length, 8);
                Files.write(dir.resolve(String.format("trang-%02d.png", i)), distinct);
            }
            Files.copy(SampleScans.DIR.resolve("cong-van-dien-tu.pdf"), dir.resolve("cong-van.pdf"));
            Files.copy(SampleScans.DIR.resolve("cong-van-dien-tu.pdf"), dir.resolve("z-ban-sao.pdf"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
