package vn.sohoa.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Item;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sohoa.SampleScans;
import vn.sohoa.SohoaApplication;

/**
 * The embedded S3 server of an installation answers only to keys generated for it, kept where
 * only the account running Sohoa can read them; the fixed keys every installation used to share
 * open nothing. Keys configured in the environment still win.
 */
@SpringBootTest(classes = SohoaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class S3CredentialsTests {

    private static final Path home = SampleScans.newTempDir("sohoa-s3-keys");

    @Autowired
    EmbeddedS3Server server;

    @Autowired
    S3Credentials keys;

    @Autowired
    ObjectStore store;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sohoa.home", () -> home.toString());
    }

    @Test
    void theEmbeddedServerAnswersOnlyToThisInstallationsGeneratedKeys() throws Exception {
        store.put("audit/probe.json", "{}".getBytes(), "application/json", Map.of());
        Path file = home.resolve(S3Credentials.FILE);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file)).contains(keys.accessKey()).contains(keys.secretKey());
        assertThat(keys.secretKey()).hasSize(40);
        assertThat(keys.toString()).doesNotContain(keys.secretKey());

        assertThatThrownBy(() -> list("sohoa", "sohoa-local-secret")).as("the keys every installation shared before")
                .isInstanceOf(ErrorResponseException.class);
        assertThatThrownBy(() -> list(keys.accessKey(), "guessed-secret")).isInstanceOf(ErrorResponseException.class);
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.endpoint() + "/sohoa?list-type=2")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(403);
        assertThat(list(keys.accessKey(), keys.secretKey())).isPositive();

        S3Properties embedded = new S3Properties("", "", "", "sohoa", "us-east-1", 1);
        assertThat(S3Credentials.of(embedded, file)).as("every process of the installation reads the same keys").isEqualTo(keys);
    }

    @Test
    void configuredKeysWinAndARealEndpointNeedsThem() {
        Path file = SampleScans.newTempDir("sohoa-s3-configured").resolve(S3Credentials.FILE);
        S3Properties configured = new S3Properties("", "mine", "mine-secret-0123456789", "sohoa", "us-east-1", 1);
        assertThat(S3Credentials.of(configured, file)).isEqualTo(new S3Credentials("mine", "mine-secret-0123456789"));
        assertThat(file).doesNotExist();
        S3Properties remote = new S3Properties("https://s3.example.vn", "", "", "sohoa", "us-east-1", 1);
        assertThatThrownBy(() -> S3Credentials.of(remote, file)).isInstanceOf(StorageException.class)
                .hasMessageContaining("SOHOA_S3_ACCESS_KEY");
    }

    private long list(String accessKey, String secretKey) throws Exception {
        MinioClient client = MinioClient.builder().endpoint(server.endpoint()).region("us-east-1").credentials(accessKey, secretKey).build();
        long count = 0;
        for (Result<Item> item : client.listObjects(ListObjectsArgs.builder().bucket("sohoa").recursive(true).build())) {
            item.get();
            count++;
        }
        return count;
    }
}
