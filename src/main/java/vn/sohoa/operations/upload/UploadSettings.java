package vn.sohoa.operations.upload;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of one upload of scans through the web page ({@code sohoa.upload.*}). The size of each
 * part is capped before this by {@code spring.servlet.multipart.*}.
 *
 * @param maxFiles        files in one upload, those inside ZIPs included
 * @param maxZipEntries   entries of one ZIP, folders included: a ZIP of a million empty entries stops here
 * @param maxUnpackedSize bytes written to disk for one upload in all, counted while writing, whatever a ZIP declares
 */
@ConfigurationProperties("sohoa.upload")
public record UploadSettings(@DefaultValue("200") int maxFiles, @DefaultValue("2000") int maxZipEntries,
                             @DefaultValue("4GB") DataSize maxUnpackedSize) {
}
