package vn.sohoa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The committed sample batch, copied so that tests never touch the checkout. */
public final class SampleScans {

    public static final Path DIR = Path.of("sample-scans");

    private SampleScans() {
    }

    public static Path copyTo(Path target) {
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(DIR.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh temporary folder (for SOHOA_HOME of a test context). */
    public static Path newTempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ground truth of a sample, by the scan's file name. */
    public static String groundTruth(String scanFileName) {
        String base = scanFileName.substring(scanFileName.lastIndexOf('/') + 1, scanFileName.lastIndexOf('.'));
        try {
            return Files.readString(DIR.resolve(base + ".gt.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
