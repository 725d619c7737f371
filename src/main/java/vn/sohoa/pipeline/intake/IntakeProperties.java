package vn.sohoa.pipeline.intake;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How batch folders are read.
 *
 * @param ignore    glob patterns (on the file name) of files that belong to the batch but are not
 *                  scans: the manifest, the READY marker, ground-truth sidecars, hidden files
 * @param maxPixels images declaring more pixels than this are refused before decoding
 * @param maxPages  documents with more pages are refused
 */
@ConfigurationProperties("sohoa.intake")
public record IntakeProperties(
        @DefaultValue({"manifest.csv", "READY", "*.gt.txt", "*.fields.json", "README.md", ".*"}) List<String> ignore,
        @DefaultValue("60000000") long maxPixels,
        @DefaultValue("2000") int maxPages) {
}
