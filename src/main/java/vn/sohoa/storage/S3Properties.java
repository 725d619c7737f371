package vn.sohoa.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the archive lives. An empty {@code endpoint} means "start the embedded S3 server";
 * anything else is a real S3/MinIO endpoint. Both are spoken to by the same MinIO client.
 * Empty keys with the embedded server: keys generated for this installation
 * ({@link S3Credentials}); with a real endpoint the keys must be given.
 */
@ConfigurationProperties("sohoa.s3")
public record S3Properties(
        @DefaultValue("") String endpoint,
        @DefaultValue("") String accessKey,
        @DefaultValue("") String secretKey,
        @DefaultValue("sohoa") String bucket,
        @DefaultValue("us-east-1") String region,
        @DefaultValue("4") int maxAttempts) {

    public boolean embedded() {
        return endpoint == null || endpoint.isBlank();
    }

    /** True when both keys were configured (they win over generated ones). */
    public boolean keysConfigured() {
        return accessKey != null && !accessKey.isBlank() && secretKey != null && !secretKey.isBlank();
    }
}
