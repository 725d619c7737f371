package vn.sohoa.tools.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.model.DocumentPart;
import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;
import vn.sohoa.pipeline.intake.BatchManifest;
import vn.sohoa.pipeline.intake.ContentHasher;
import vn.sohoa.pipeline.intake.MediaTypeDetector;
import vn.sohoa.pipeline.intake.ScanFile;
import vn.sohoa.pipeline.metadata.ExtractedMetadata;
import vn.sohoa.pipeline.metadata.RecordFieldsAssembler;
import vn.sohoa.pipeline.ocr.OcrProperties;
import vn.sohoa.pipeline.split.DocumentSplitter;
import vn.sohoa.pipeline.text.DocumentText;
import vn.sohoa.pipeline.text.DocumentTextReader;

/**
 * Runs the digitize job's extraction (page text, codes, splitting, fields, manifest) on every file
 * of a folder that has a ground truth {@code NAME.fields.json} beside it, and counts exact matches.
 * Nothing is archived. A document the splitter did not find (wrong page range) counts every one of
 * its fields as missing.
 */
@Component
public class FieldEvaluator {

    public static final String TRUTH_SUFFIX = ".fields.json";

    private final DocumentTextReader textReader;
    private final DocumentSplitter splitter;
    private final RecordFieldsAssembler assembler;
    private final ContentHasher hasher;
    private final MediaTypeDetector detector;
    private final OcrProperties ocr;
    private final JsonMapper json = JsonMapper.builder().build();

    public FieldEvaluator(DocumentTextReader textReader, DocumentSplitter splitter, RecordFieldsAssembler assembler,
                          ContentHasher hasher, MediaTypeDetector detector, OcrProperties ocr) {
        this.textReader = textReader;
        this.splitter = splitter;
        this.assembler = assembler;
        this.hasher = hasher;
        this.detector = detector;
        this.ocr = ocr;
    }

    public FieldAccuracy evaluate(Path dir) {
        BatchManifest manifest = BatchManifest.load(dir);
        List<Path> scans = scansWithTruth(dir);
        ExecutorService workers = Executors.newFixedThreadPool(ocr.effectiveWorkers());
        try {
            List<Future<List<Compared>>> results = new ArrayList<>();
            for (Path scan : scans) {
                results.add(workers.submit(() -> compare(dir, scan, manifest)));
            }
            List<Compared> all = new ArrayList<>();
            for (Future<List<Compared>> result : results) {
                all.addAll(result.get());
            }
            return tally(all, scans.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Evaluation failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    /** Below this confidence a value the document does not carry counts as not claimed (flagged for review). */
    static final double LOW_CONFIDENCE = 0.5;

    /**
     * One field of one document, compared. An expected null is a field the document leaves blank (a number
     * written in by hand): right when nothing, or only a low-confidence guess, was extracted.
     */
    private record Compared(String file, String pages, String field, Object expected, FieldValue actual) {
        boolean right() {
            if (expected == null) {
                return actual == null || actual.confidence() < LOW_CONFIDENCE;
            }
            return actual != null && same(expected, actual.value());
        }
    }

    private List<Compared> compare(Path dir, Path scan, BatchManifest manifest) throws IOException {
        String relative = dir.relativize(scan).toString().replace('\\', '/');
        ScanFile file = new ScanFile("evaluation", relative, scan, Files.size(scan), hasher.sha256(scan),
                detector.detect(scan), null, manifest.fieldsFor(relative, scan.getFileName().toString()));
        DocumentText text = textReader.read(file);
        Map<String, ExtractedMetadata> byRange = new LinkedHashMap<>();
        for (DocumentPart part : splitter.split(text)) {
            DocumentText partText = part.wholeFile() ? text : text.range(part.firstPage(), part.lastPage());
            byRange.put(part.firstPage() + "-" + part.lastPage(), assembler.assemble(file, partText));
        }
        List<Compared> compared = new ArrayList<>();
        for (JsonNode part : json.readTree(truthOf(scan).toFile()).get("parts")) {
            String pages = part.get("firstPage").asInt() + "-" + part.get("lastPage").asInt();
            ExtractedMetadata found = byRange.get(pages);
            for (Map.Entry<String, JsonNode> field : part.get("fields").properties()) {
                Object expected = field.getValue().isNull() ? null : field.getValue().isArray()
                        ? field.getValue().valueStream().map(JsonNode::asString).toList() : field.getValue().asString();
                FieldValue actual = found == null ? null : found.fields().get(field.getKey());
                compared.add(new Compared(relative, pages, field.getKey(), expected, actual));
            }
        }
        return compared;
    }

    private static FieldAccuracy tally(List<Compared> all, int files) {
        Map<String, FieldAccuracy.Count> perField = new LinkedHashMap<>();
        for (RecordField field : RecordField.values()) {
            if (all.stream().anyMatch(c -> c.field().equals(field.jsonName()))) {
                perField.put(field.jsonName(), new FieldAccuracy.Count(0, 0));
            }
        }
        Map<String, FieldAccuracy.Count> perSource = new LinkedHashMap<>();
        FieldAccuracy.Count overall = new FieldAccuracy.Count(0, 0);
        List<FieldAccuracy.Mismatch> confidentWrong = new ArrayList<>();
        List<FieldAccuracy.Mismatch> mismatches = new ArrayList<>();
        for (Compared c : all) {
            boolean right = c.right();
            perField.merge(c.field(), new FieldAccuracy.Count(0, 0).plus(right), FieldEvaluator::add);
            perSource.merge(c.actual() == null ? "missing" : c.actual().source(), new FieldAccuracy.Count(0, 0).plus(right),
                    FieldEvaluator::add);
            overall = overall.plus(right);
            if (!right) {
                FieldAccuracy.Mismatch mismatch = new FieldAccuracy.Mismatch(c.file(), c.pages(), c.field(), c.expected(),
                        c.actual() == null ? null : c.actual().value(), c.actual() == null ? null : c.actual().source(),
                        c.actual() == null ? null : Math.round(c.actual().confidence() * 1000) / 1000.0);
                mismatches.add(mismatch);
                if (c.actual() != null && c.actual().confidence() > FieldAccuracy.CONFIDENT) {
                    confidentWrong.add(mismatch);
                }
            }
        }
        long documents = all.stream().map(c -> c.file() + "#" + c.pages()).distinct().count();
        return new FieldAccuracy(perField, perSource, overall, confidentWrong, mismatches, (int) documents, files);
    }

    private static FieldAccuracy.Count add(FieldAccuracy.Count a, FieldAccuracy.Count b) {
        return new FieldAccuracy.Count(a.correct() + b.correct(), a.total() + b.total());
    }

    /** Exact match: text as NFC, lists as sets. */
    static boolean same(Object expected, Object actual) {
        if (expected instanceof List<?> e && actual instanceof List<?> a) {
            return new HashSet<>(e).equals(new HashSet<>(a));
        }
        return nfc(expected).equals(nfc(actual));
    }

    private static String nfc(Object value) {
        return Normalizer.normalize(String.valueOf(value), Normalizer.Form.NFC);
    }

    private static List<Path> scansWithTruth(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(TRUTH_SUFFIX))
                    .filter(f -> Files.isRegularFile(truthOf(f))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    private static Path truthOf(Path scan) {
        String name = scan.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return scan.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + TRUTH_SUFFIX);
    }
}
