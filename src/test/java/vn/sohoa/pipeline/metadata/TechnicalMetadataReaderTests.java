package vn.sohoa.pipeline.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.sohoa.SampleScans;
import vn.sohoa.pipeline.intake.ScanFile;

/** Tika on the committed samples: what each format says about itself. */
class TechnicalMetadataReaderTests {

    private final TechnicalMetadataReader reader = new TechnicalMetadataReader();

    private Map<String, Object> read(String name, String type) throws Exception {
        Path path = SampleScans.DIR.resolve(name);
        return reader.read(new ScanFile("t", name, path, Files.size(path), "0".repeat(64), type, null, Map.of()));
    }

    @Test
    void aScannedPdfGivesItsProducerDatesAndPages() throws Exception {
        Map<String, Object> pdf = read("quyet-dinh-cap-phep.pdf", "application/pdf");
        assertThat(pdf).containsEntry("contentType", "application/pdf").containsEntry("pages", "1")
                .containsKeys("producer", "created", "pdfVersion");
    }

    /** The parse stops where the text would begin; everything record.json keeps is read before that. */
    @Test
    void aBornDigitalPdfGivesItsMetadataWithoutItsText() throws Exception {
        Map<String, Object> pdf = read("cong-van-dien-tu.pdf", "application/pdf");
        assertThat(pdf).containsEntry("contentType", "application/pdf").containsKeys("producer", "created", "pdfVersion", "pages");
    }

    @Test
    void imagesGiveTheirScanResolution() throws Exception {
        assertThat(read("ho-kinh-doanh.jpg", "image/jpeg")).containsEntry("resolutionDpi", 300);
        assertThat(read("giay-phep-xay-dung.tif", "image/tiff")).containsEntry("resolutionDpi", 300);
        assertThat(read("thong-bao.png", "image/png")).containsEntry("resolutionDpi", 200);
    }

    @Test
    void aDamagedFileGivesNothingRatherThanFailing() throws Exception {
        assertThat(read("tep-hong.pdf", "application/pdf")).doesNotContainKey("pages");
    }
}
