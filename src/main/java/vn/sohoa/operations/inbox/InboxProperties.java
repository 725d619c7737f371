package vn.sohoa.operations.inbox;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where records staff drop batches.
 *
 * @param dir                 the inbox: one folder per batch; empty means {@code SOHOA_HOME/inbox}
 * @param processed           where batches move after success; empty means {@code SOHOA_HOME/processed}
 * @param processedRetention  how long a digitized batch's scans stay in {@code processed} (their
 *                            originals are archived in the bucket by then); the nightly job removes
 *                            older ones. {@code 0s}: at the next nightly run
 */
@ConfigurationProperties("sohoa.inbox")
public record InboxProperties(Path dir, Path processed, @DefaultValue("3d") Duration processedRetention) {

    public InboxProperties {
        processedRetention = processedRetention == null ? Duration.ofDays(3) : processedRetention;
        if (processedRetention.isNegative()) {
            throw new IllegalArgumentException("sohoa.inbox.processed-retention must not be negative, not " + processedRetention);
        }
    }
}
