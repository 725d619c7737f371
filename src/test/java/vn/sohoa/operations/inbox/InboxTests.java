package vn.sohoa.operations.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import io.minio.MinioClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.SohoaProperties;
import vn.sohoa.model.InvalidBatchNameException;
import vn.sohoa.failure.Refusal;
import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.storage.EmbeddedS3Server;
import vn.sohoa.storage.MinioObjectStore;
import vn.sohoa.storage.ObjectStore;
import vn.sohoa.operations.digitize.BatchFolderException;

class InboxTests {

    @TempDir
    Path home;

    @TempDir
    Path source;

    private EmbeddedS3Server server;
    private ObjectStore store;

    @BeforeEach
    void startTheStore() {
        server = EmbeddedS3Server.start(home.resolve("objects"), "key", "secret-secret");
        MinioClient client = MinioClient.builder().endpoint(server.endpoint()).credentials("key", "secret-secret").region("us-east-1").build();
        MinioObjectStore minio = new MinioObjectStore(client, "sohoa", server.endpoint(), 2);
        minio.ensureBucket();
        store = minio;
    }

    @AfterEach
    void stopTheStore() throws Exception {
        server.close();
    }

    private Inbox inbox() {
        return inbox(Duration.ofDays(3));
    }

    private Inbox inbox(Duration retention) {
        return new Inbox(new InboxProperties(null, null, retention), new SohoaProperties(home, "test"));
    }

    private BatchSubmission submission() {
        return new BatchSubmission(inbox(), store);
    }

    @Test
    void aBatchIsCompleteWithReadyOrWithAManifestWrittenLast() throws IOException {
        Path inboxDir = home.resolve("inbox");
        Path ready = Files.createDirectories(inboxDir.resolve("a-ready"));
        Files.writeString(ready.resolve("scan.pdf"), "%PDF");
        Files.createFile(ready.resolve(Inbox.READY));
        Path manifestLast = Files.createDirectories(inboxDir.resolve("b-manifest-last"));
        touch(Files.writeString(manifestLast.resolve("scan.pdf"), "%PDF"), 0);
        touch(Files.writeString(manifestLast.resolve("manifest.csv"), "file\n"), 10);
        Path stillCopying = Files.createDirectories(inboxDir.resolve("c-copying"));
        touch(Files.writeString(stillCopying.resolve("manifest.csv"), "file\n"), 0);
        touch(Files.writeString(stillCopying.resolve("late.pdf"), "%PDF"), 10);
        Files.createDirectories(inboxDir.resolve("d-nothing-yet"));
        Files.createDirectories(inboxDir.resolve(".incoming-e"));

        assertThat(inbox().completeBatches()).extracting(p -> p.getFileName().toString())
                .containsExactly("a-ready", "b-manifest-last");
    }

    @Test
    void submitCopiesAFolderInOneStepAndRefusesWhatItMustNot() throws IOException {
        Files.createDirectories(source.resolve("sub"));
        Files.writeString(source.resolve("sub/scan.pdf"), "%PDF");
        BatchSubmission submission = submission();

        Path submitted = submission.submit(source, "lo-01");

        assertThat(submitted.resolve("sub/scan.pdf")).hasContent("%PDF");
        assertThat(submitted.resolve(Inbox.READY)).exists();
        assertThat(inbox().completeBatches()).containsExactly(submitted);
        assertThatThrownBy(() -> submission.submit(source, "lo-01")).isInstanceOf(BatchNameTakenException.class)
                .hasMessageContaining("in the inbox");
        assertThatThrownBy(() -> submission.submit(source, "../escape")).isInstanceOf(InvalidBatchNameException.class)
                .hasMessageContaining("not valid");
        Path empty = Files.createDirectories(home.resolve("empty"));
        assertThatThrownBy(() -> submission.submit(empty, "empty")).isInstanceOf(BatchFolderException.class)
                .hasMessageContaining("holds no files");
        assertThat(home.resolve("inbox/empty")).doesNotExist();
    }

    @Test
    void submitRefusesALinkLeadingOutsideTheFolder() throws IOException {
        Path secret = Files.writeString(home.resolve("secret.txt"), "not yours");
        Files.createSymbolicLink(source.resolve("link.pdf"), secret);

        assertThatThrownBy(() -> submission().submit(source, "sneaky"))
                .isInstanceOf(BatchFolderException.class).hasMessageContaining("outside the folder");
        assertThat(home.resolve("inbox/sneaky")).doesNotExist();
        assertThat(home.resolve("inbox/.incoming-sneaky")).doesNotExist();
    }

    @Test
    void processedBatchesMoveAwayAndFailedOnesStayWithTheirReason() throws IOException {
        Path batch = Files.createDirectories(home.resolve("inbox/lo-02"));
        inbox().markFailed(batch, "storage unavailable");
        assertThat(batch.resolve(Inbox.FAILURE_NOTE)).content().contains("storage unavailable");

        Path moved = inbox().markProcessed(batch);

        assertThat(moved).isEqualTo(home.resolve("processed/lo-02"));
        assertThat(batch).doesNotExist();
        assertThat(moved.resolve(Inbox.FAILURE_NOTE)).doesNotExist();
    }

    @Test
    void aNameTakenByAProcessedOrArchivedBatchIsRefusedAndNothingIsCopied() throws IOException {
        Files.writeString(source.resolve("scan.pdf"), "%PDF");
        Files.createDirectories(home.resolve("processed/lo-cu"));
        store.put(ArchiveLayout.batchPrefix("lo-da-so-hoa") + "status.json", "{}".getBytes(), "application/json", java.util.Map.of());

        assertThatThrownBy(() -> submission().submit(source, "lo-cu")).isInstanceOf(BatchNameTakenException.class)
                .hasMessageContaining("among the processed batches")
                .satisfies(e -> assertThat(((BatchNameTakenException) e).kind()).isEqualTo(Refusal.Kind.CONFLICT));
        assertThatThrownBy(() -> submission().submit(source, "lo-da-so-hoa")).isInstanceOf(BatchNameTakenException.class)
                .hasMessageContaining("in the archive");
        assertThat(home.resolve("inbox")).as("nothing copied, not even a staging folder").doesNotExist();
        assertThat(submission().submit(source, "lo-moi")).exists();
    }

    @Test
    void processedScansAreRemovedOnceTheirRetentionIsOver() throws IOException {
        Path old = inbox().markProcessed(Files.createDirectories(home.resolve("inbox/lo-cu")));
        Files.writeString(old.resolve("scan.pdf"), "%PDF");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(4))));
        Path recent = inbox().markProcessed(Files.createDirectories(home.resolve("inbox/lo-moi")));

        assertThat(inbox().removeExpiredProcessed(Instant.now())).containsExactly("lo-cu");
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(inbox(Duration.ZERO).removeExpiredProcessed(Instant.now())).containsExactly("lo-moi");
        assertThat(home.resolve("processed")).isEmptyDirectory();
    }

    private static void touch(Path file, int seconds) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-28T00:00:00Z").plusSeconds(seconds)));
    }
}
