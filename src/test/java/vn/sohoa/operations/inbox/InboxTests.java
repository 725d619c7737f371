package vn.sohoa.operations.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.SohoaProperties;
import vn.sohoa.model.InvalidBatchNameException;
import vn.sohoa.operations.digitize.BatchBusyException;
import vn.sohoa.operations.digitize.BatchFolderException;

class InboxTests {

    @TempDir
    Path home;

    @TempDir
    Path source;

    private Inbox inbox() {
        return new Inbox(new InboxProperties(null, null), new SohoaProperties(home, "test"));
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
        BatchSubmission submission = new BatchSubmission(inbox());

        Path submitted = submission.submit(source, "lo-01");

        assertThat(submitted.resolve("sub/scan.pdf")).hasContent("%PDF");
        assertThat(submitted.resolve(Inbox.READY)).exists();
        assertThat(inbox().completeBatches()).containsExactly(submitted);
        assertThatThrownBy(() -> submission.submit(source, "lo-01")).isInstanceOf(BatchBusyException.class)
                .hasMessageContaining("already in the inbox");
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

        assertThatThrownBy(() -> new BatchSubmission(inbox()).submit(source, "sneaky"))
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

    private static void touch(Path file, int seconds) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-28T00:00:00Z").plusSeconds(seconds)));
    }
}
