package vn.sohoa.tools.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sohoa.SampleScans;
import vn.sohoa.SohoaApplication;
import vn.sohoa.tools.samples.FieldEvaluationSetWriter;

/**
 * A small field evaluation set (one result of each of the seven kinds, four with QR codes, one in
 * the manifest, and the two stacks to split) through the job's extraction with real Tesseract and
 * ZXing. The bounds are those of the issue, checked on a sample small enough for every build; the
 * full set's table is in docs/metadata-extraction.md.
 */
@SpringBootTest(classes = SohoaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class FieldEvaluationIntegrationTests {

    private static final Path home = SampleScans.newTempDir("sohoa-home");

    @Autowired
    FieldEvaluator evaluator;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sohoa.home", () -> home.toString());
    }

    @Test
    void fieldsAreReadWellAndNoWrongValueIsMarkedSure() {
        Path dir = SampleScans.newTempDir("field-eval");
        new FieldEvaluationSetWriter(20261201).write(dir, 7);
        FieldAccuracy accuracy = evaluator.evaluate(dir);
        assertThat(accuracy.files()).isEqualTo(9);
        assertThat(accuracy.documents()).as("every document of the stacks found").isEqualTo(11);
        assertThat(accuracy.confidentWrong()).isEmpty();
        assertThat(accuracy.overall().accuracy()).as("mismatches: %s", accuracy.mismatches()).isGreaterThanOrEqualTo(0.95);
        assertThat(accuracy.perSource().get("qr").total()).isPositive();
        assertThat(accuracy.perSource().get("qr").accuracy()).isEqualTo(1.0);
        assertThat(accuracy.perSource().get("manifest").accuracy()).isEqualTo(1.0);
    }
}
