package vn.sohoa;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every feature.
 *
 * @param home    where all local state lives (object store files of the embedded server, job
 *                repository, index, logs); {@code SOHOA_HOME}, default {@code ./data}
 * @param orgName the digitizing unit, named in reports and (later) signatures
 */
@ConfigurationProperties("sohoa")
public record SohoaProperties(
        @DefaultValue("data") Path home,
        @DefaultValue("Bộ phận Một cửa") String orgName) {

    /** A folder under {@link #home()}, created on demand by the caller. */
    public Path dir(String name) {
        return home.toAbsolutePath().normalize().resolve(name);
    }
}
