package vn.sohoa.operations.inbox;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where records staff drop batches.
 *
 * @param dir       the inbox: one folder per batch; empty means {@code SOHOA_HOME/inbox}
 * @param processed where batches move after success; empty means {@code SOHOA_HOME/processed}
 */
@ConfigurationProperties("sohoa.inbox")
public record InboxProperties(Path dir, Path processed) {
}
