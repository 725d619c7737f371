package vn.sohoa.pipeline.intake;

import java.nio.file.Path;

/** The batch manifest cannot be used; the whole batch stops, since its metadata would be wrong. */
public class ManifestException extends RuntimeException {

    public ManifestException(Path manifest, int line, String reason) {
        super(manifest + (line > 0 ? ", line " + line : "") + ": " + reason);
    }
}
