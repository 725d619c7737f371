package vn.sohoa.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the archive lives. An empty {@code endpoint} means "start the embedded S3 server";
 * anything else is a real S3/MinIO endpoint. Both are spoken to by the same MinIO client.
 */
@ConfigurationProperties("sohoa.s3")
public record S3Properties(
        @DefaultValue("") String endpoint,
        @DefaultValue("sohoa") String accessKey,
        @DefaultValue("sohoa-local-secret") String secretKey,
        @DefaultValue("sohoa") String bucket,
        @DefaultValue("us-east-1") String region,
        @DefaultValue("4") int maxAttempts) {

    public boolean embedded() {
        return endpoint == null || endpoint.isBlank();
    }
}
