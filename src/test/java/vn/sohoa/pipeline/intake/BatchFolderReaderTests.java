package vn.sohoa.pipeline.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class BatchFolderReaderTests {

    private static final List<String> IGNORE = List.of("manifest.csv", "READY", "*.gt.txt", ".*");

    @TempDir
    Path batch;

    @Test
    void readsNestedFilesInPathOrderSkippingSidecarsAndMarkingSameContent() throws Exception {
        write("b.pdf", "%PDF-1.4 b");
        write("a/z.pdf", "%PDF-1.4 same");
        write("c/copy.pdf", "%PDF-1.4 same");
        write("b.gt.txt", "ground truth");
        write(".hidden", "x");
        write("READY", "");

        List<ScanFile> files = readAll(reader(), new ExecutionContext());

        assertThat(files).extracting(ScanFile::relativePath).containsExactly("a/z.pdf", "b.pdf", "c/copy.pdf");
        assertThat(files.get(0).mediaType()).isEqualTo("application/pdf");
        assertThat(files.get(0).sameAs()).isNull();
        assertThat(files.get(2).sameAs()).isEqualTo("a/z.pdf");
        assertThat(files.get(2).sha256()).isEqualTo(files.get(0).sha256());
    }

    @Test
    void attachesManifestFieldsToTheirFile() throws Exception {
        write("a.pdf", "%PDF-1.4 a");
        write("manifest.csv", "file,dossierCode\na.pdf,000.00.10.H01-210705-1187\n");

        ScanFile file = readAll(reader(), new ExecutionContext()).get(0);

        assertThat(file.knownFields()).hasSize(1);
    }

    @Test
    void aRestartedReaderSkipsWhatWasCommittedButStillKnowsEarlierContent() throws Exception {
        write("1.pdf", "%PDF-1.4 same");
        write("2.pdf", "%PDF-1.4 other");
        write("3.pdf", "%PDF-1.4 same");
        ExecutionContext context = new ExecutionContext();
        BatchFolderReader first = reader();
        first.open(context);
        first.read();
        first.read();
        first.update(context);
        first.close();

        List<ScanFile> rest = readAll(reader(), context);

        assertThat(rest).extracting(ScanFile::relativePath).containsExactly("3.pdf");
        assertThat(rest.get(0).sameAs()).isEqualTo("1.pdf");
    }

    private BatchFolderReader reader() {
        return new BatchFolderReader(batch, "test", IGNORE, new ContentHasher(), new MediaTypeDetector());
    }

    private static List<ScanFile> readAll(BatchFolderReader reader, ExecutionContext context) throws Exception {
        reader.open(context);
        List<ScanFile> files = new ArrayList<>();
        for (ScanFile file; (file = reader.read()) != null; ) {
            files.add(file);
        }
        reader.close();
        return files;
    }

    private void write(String name, String content) throws IOException {
        Path file = batch.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
