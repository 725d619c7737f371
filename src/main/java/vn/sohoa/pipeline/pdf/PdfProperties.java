package vn.sohoa.pipeline.pdf;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the searchable PDF/A of a record is composed.
 *
 * @param textFont    TrueType font embedded (as a subset) for the invisible text layer; it needs
 *                    every Vietnamese letter (Debian package fonts-freefont-ttf)
 * @param jpegQuality quality (0–1) of greyscale and colour page images that have to be encoded
 *                    (PNG, non-bilevel TIFF); JPEG scans and scanned PDFs keep their own streams
 */
@ConfigurationProperties("sohoa.pdf")
public record PdfProperties(
        @DefaultValue(PdfProperties.DEFAULT_TEXT_FONT) Path textFont,
        @DefaultValue("0.75") float jpegQuality) {

    /** FreeSerif, of the package the launcher installs: every Vietnamese letter, on every machine. */
    public static final String DEFAULT_TEXT_FONT = "/usr/share/fonts/truetype/freefont/FreeSerif.ttf";
}
