package vn.sohoa.pipeline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;

class BatchManifestTests {

    private static final Path FILE = Path.of("batch/manifest.csv");

    @Test
    void readsFieldsByPathOrFileNameWithListsAndQuotes() {
        BatchManifest manifest = BatchManifest.parse(FILE, List.of(
                "\uFEFFfile,dossierCode,ownerIds,subject",
                "sub/a.pdf,000.00.10.H01-210705-1187,089092225127; 1601234567,\"Về việc cấp phép, gia hạn\"",
                "b.jpg,,,"));

        Map<RecordField, FieldValue> a = manifest.fieldsFor("sub/a.pdf", "a.pdf");
        assertThat(a.get(RecordField.DOSSIER_CODE).value()).isEqualTo("000.00.10.H01-210705-1187");
        assertThat(a.get(RecordField.OWNER_IDS).value()).isEqualTo(List.of("089092225127", "1601234567"));
        assertThat(a.get(RecordField.SUBJECT).value()).isEqualTo("Về việc cấp phép, gia hạn");
        assertThat(a.get(RecordField.SUBJECT).source()).isEqualTo("manifest");
        assertThat(manifest.fieldsFor("other/b.jpg", "b.jpg")).isEmpty();
        assertThat(manifest.fieldsFor("c.png", "c.png")).isEmpty();
    }

    @Test
    void namesAnUnknownColumn() {
        assertThatThrownBy(() -> BatchManifest.parse(FILE, List.of("file,dossierCode,colour")))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("line 1").hasMessageContaining("unknown column 'colour'");
    }

    @Test
    void namesARowWithTheWrongNumberOfCells() {
        assertThatThrownBy(() -> BatchManifest.parse(FILE, List.of("file,dossierCode", "a.pdf,x,y")))
                .isInstanceOf(ManifestException.class).hasMessageContaining("line 2");
    }

    @Test
    void requiresTheFileColumnFirst() {
        assertThatThrownBy(() -> BatchManifest.parse(FILE, List.of("dossierCode,file")))
                .isInstanceOf(ManifestException.class).hasMessageContaining("'file'");
    }
}
