package vn.sohoa.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.minio.MinioClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MinIO client against the embedded S3 server, over real HTTP on loopback. */
class MinioObjectStoreIntegrationTests {

    @TempDir
    Path dir;

    private EmbeddedS3Server server;
    private MinioObjectStore store;

    @BeforeEach
    void start() {
        server = EmbeddedS3Server.start(dir.resolve("objects"), "key", "secret-secret");
        store = storeAt(server.endpoint(), 3);
        store.ensureBucket();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void writesReadsListsAndDeletesObjectsWithVietnameseMetadata() throws Exception {
        store.put("records/a/text.txt", "Quyết định".getBytes(StandardCharsets.UTF_8), "text/plain", Map.of("title", "Giấy phép"));
        Path file = Files.writeString(dir.resolve("scan.pdf"), "%PDF-1.4");
        store.putFile("records/a/original", file, "application/pdf", Map.of());
        store.put("records/b/text.txt", new byte[0], "text/plain", Map.of());

        assertThat(new String(store.read("records/a/text.txt"), StandardCharsets.UTF_8)).isEqualTo("Quyết định");
        ObjectInfo info = store.stat("records/a/text.txt").orElseThrow();
        assertThat(info.size()).isEqualTo("Quyết định".getBytes(StandardCharsets.UTF_8).length);
        assertThat(info.userMetadata()).containsEntry("title", "Giấy phép");
        try (InputStream in = store.open("records/a/original")) {
            assertThat(in.readAllBytes()).isEqualTo("%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(store.list("records/a/")).extracting(ObjectInfo::key)
                .containsExactly("records/a/original", "records/a/text.txt");

        store.delete("records/a/original");
        assertThat(store.stat("records/a/original")).isEmpty();
    }

    @Test
    void aMissingObjectIsNotFound() {
        assertThat(store.stat("nothing/here")).isEmpty();
        assertThatThrownBy(() -> store.read("nothing/here")).isInstanceOf(ObjectNotFoundException.class)
                .hasMessageContaining("nothing/here");
    }

    @Test
    void aServerThatIsGoneIsReportedAsUnavailableAfterRetries() throws Exception {
        String endpoint = server.endpoint();
        server.close();
        MinioObjectStore unreachable = storeAt(endpoint, 2);

        assertThatThrownBy(() -> unreachable.put("k", new byte[1], "text/plain", Map.of()))
                .isInstanceOf(StorageUnavailableException.class)
                .hasMessageContaining(endpoint).hasMessageContaining("(object k)");
        server = EmbeddedS3Server.start(dir.resolve("objects"), "key", "secret-secret");
    }

    private static MinioObjectStore storeAt(String endpoint, int attempts) {
        MinioClient client = MinioClient.builder().endpoint(endpoint).credentials("key", "secret-secret").region("us-east-1").build();
        return new MinioObjectStore(client, "test-bucket", endpoint, attempts);
    }
}
