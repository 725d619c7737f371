package vn.sohoa.storage;

import java.time.Duration;

import io.minio.MinioClient;
import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.sohoa.SohoaProperties;

/** Wires the object store: the embedded server when no endpoint is set, then the MinIO client. */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

    /** Present only in the embedded setup; closed with the context. */
    @Bean
    S3Credentials s3Credentials(S3Properties s3, SohoaProperties sohoa) {
        return S3Credentials.of(s3, sohoa.dir(S3Credentials.FILE));
    }

    @Bean(destroyMethod = "close")
    EmbeddedS3Server embeddedS3Server(S3Properties s3, S3Credentials keys, SohoaProperties sohoa) {
        return s3.embedded() ? EmbeddedS3Server.start(sohoa.dir("objects"), keys.accessKey(), keys.secretKey()) : null;
    }

    @Bean
    ObjectStore objectStore(S3Properties s3, S3Credentials keys, org.springframework.beans.factory.ObjectProvider<EmbeddedS3Server> embedded) {
        EmbeddedS3Server server = embedded.getIfAvailable();
        String endpoint = server != null ? server.endpoint() : s3.endpoint();
        MinioClient client = MinioClient.builder()
                .endpoint(endpoint).region(s3.region())
                .credentials(keys.accessKey(), keys.secretKey())
                .httpClient(httpClient(), true)
                .build();
        MinioObjectStore store = new MinioObjectStore(client, s3.bucket(), endpoint, s3.maxAttempts());
        store.ensureBucket();
        return store;
    }

    /**
     * Our own HTTP client: bounded timeouts (a store that hangs must fail the call, to be retried,
     * not stall a worker for ever), and the JVM's trust store. MinIO's default client would also
     * parse every certificate of {@code SSL_CERT_FILE} on each start, a second of CPU per command.
     */
    private static OkHttpClient httpClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofMinutes(2))
                .writeTimeout(Duration.ofMinutes(2))
                .build();
    }
}
