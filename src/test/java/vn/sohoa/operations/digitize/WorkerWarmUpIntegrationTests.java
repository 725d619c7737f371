package vn.sohoa.operations.digitize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sohoa.SampleScans;
import vn.sohoa.SohoaApplication;
import vn.sohoa.pipeline.index.SearchIndex;
import vn.sohoa.pipeline.intake.ContentHasher;
import vn.sohoa.pipeline.intake.MediaTypeDetector;
import vn.sohoa.pipeline.metadata.RecordFieldsAssembler;
import vn.sohoa.pipeline.ocr.OcrEnginePool;
import vn.sohoa.pipeline.pdf.SearchablePdfs;
import vn.sohoa.pipeline.split.DocumentSplitter;
import vn.sohoa.pipeline.text.DocumentTextReader;
import vn.sohoa.storage.ObjectStore;

/**
 * A worker's warm-up, with the real stages (Tesseract, PDF/A validation, signing) and the
 * embedded bucket: it reads the built-in page on every engine and leaves no trace in the bucket
 * or the index; without language data it fails, naming the self-test, so that such a worker
 * never starts taking partitions.
 */
class WorkerWarmUpIntegrationTests {

    @SpringBootTest(classes = SohoaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
    abstract static class WithStages {

        @Autowired
        DocumentTextReader textReader;
        @Autowired
        DocumentSplitter splitter;
        @Autowired
        RecordFieldsAssembler fields;
        @Autowired
        SearchablePdfs searchablePdfs;
        @Autowired
        OcrEnginePool engines;
        @Autowired
        ContentHasher hasher;
        @Autowired
        MediaTypeDetector detector;
        @Autowired
        ObjectStore store;
        @Autowired
        SearchIndex index;

        WorkerWarmUp warmUp() {
            return new WorkerWarmUp(textReader, splitter, fields, searchablePdfs, engines, hasher, detector);
        }
    }

    @Nested
    class WithLanguageData extends WithStages {

        private static final Path home = SampleScans.newTempDir("sohoa-warm-up");

        @DynamicPropertySource
        static void properties(DynamicPropertyRegistry registry) {
            registry.add("sohoa.home", () -> home.toString());
            registry.add("sohoa.ocr.workers", () -> "2");
        }

        @Test
        void readsTheBuiltInPageOnEveryEngineAndStoresNothing() {
            long objects = store.list("").count();
            long indexed = index.count();

            WorkerWarmUp.Result result = warmUp().run();

            assertThat(result.engines()).isEqualTo(2);
            // The notice of the sample scans has well over a hundred words; a blank read would be 0.
            assertThat(result.words()).isGreaterThan(100);
            assertThat(store.list("").count()).isEqualTo(objects);
            assertThat(index.count()).isEqualTo(indexed);
        }
    }

    @Nested
    class WithoutLanguageData extends WithStages {

        private static final Path home = SampleScans.newTempDir("sohoa-warm-up-no-data");
        private static final Path emptyTessdata = SampleScans.newTempDir("sohoa-empty-tessdata");

        @DynamicPropertySource
        static void properties(DynamicPropertyRegistry registry) {
            registry.add("sohoa.home", () -> home.toString());
            registry.add("sohoa.ocr.datapath", emptyTessdata::toString);
            registry.add("sohoa.ocr.workers", () -> "1");
        }

        @Test
        void failsNamingTheSelfTest() {
            assertThatThrownBy(() -> warmUp().run()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Worker self-test");
        }
    }
}
