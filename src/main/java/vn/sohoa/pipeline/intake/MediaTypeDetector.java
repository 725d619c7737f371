package vn.sohoa.pipeline.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Names a file's type from its bytes (Tika's magic detection). The file name is deliberately not
 * given to Tika: records staff rename files, scanners write odd extensions, and a {@code .pdf}
 * that is really an HTML error page must not be trusted as a PDF.
 */
@Component
public class MediaTypeDetector {

    // Only tika-core's detector is on the class path here: no parser runs, so nothing is OCRed twice.
    private final Tika tika = new Tika();

    public String detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return tika.detect(in);
        }
    }
}
