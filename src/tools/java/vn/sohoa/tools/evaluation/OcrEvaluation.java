package vn.sohoa.tools.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.sohoa.pipeline.intake.MediaTypeDetector;
import vn.sohoa.pipeline.intake.ScanFile;
import vn.sohoa.pipeline.ocr.OcrEnginePool;
import vn.sohoa.pipeline.pages.PageContent;
import vn.sohoa.pipeline.pages.ScanDocument;
import vn.sohoa.pipeline.pages.ScanDocumentOpener;
import vn.sohoa.pipeline.text.DocumentText;
import vn.sohoa.pipeline.text.PageRecognizer;

/**
 * Measures OCR on a folder of scans with ground truth beside them ({@code NAME.gt.txt}): every page
 * is decoded as the job decodes it and read through a {@link PageRecognizer} (the job's, or bare
 * Tesseract for the baseline), then compared with the truth.
 */
@Component
public class OcrEvaluation {

    private static final String TRUTH = ".gt.txt";

    private final ScanDocumentOpener opener;
    private final OcrEnginePool engines;
    private final MediaTypeDetector detector;

    public OcrEvaluation(ScanDocumentOpener opener, OcrEnginePool engines, MediaTypeDetector detector) {
        this.opener = opener;
        this.engines = engines;
        this.detector = detector;
    }

    /**
     * One file's score.
     *
     * @param steps preprocessing steps applied, per page
     * @param text  what was read (pages separated by a form feed), to see where the errors are (in --json)
     */
    public record FileScore(String file, String slice, int pages, double characterErrorRate, double wordF1, double secondsPerPage,
                            List<List<String>> steps, List<Integer> rotations, List<Double> deskewAngles, int repairedWords,
                            String text) {
    }

    /**
     * The whole folder: means over files, and the pooled error rate (edits over all truth characters).
     */
    public record Report(String mode, List<FileScore> files, double meanCharacterErrorRate, double meanWordF1,
                         double secondsPerPage, List<SliceScore> slices) {
    }

    /** Means over the files of one slice (clean, skewed, turned, seal, low-dpi; "all" without slices.tsv). */
    public record SliceScore(String slice, int files, double meanCharacterErrorRate, double meanWordF1) {
    }

    /** Scans in the folder (not below it) that have a ground truth. */
    public List<Path> scansWithTruth(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(TRUTH))
                    .filter(f -> !f.getFileName().toString().endsWith(".tsv"))
                    .filter(f -> Files.exists(truthOf(f))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    public Report evaluate(Path dir, PageRecognizer recognizer, String mode) {
        return evaluate(dir, recognizer, mode, engines);
    }

    /** The same with other engines than the job's (other post-correction steps, see {@code eval-ocr --correction}). */
    public Report evaluate(Path dir, PageRecognizer recognizer, String mode, OcrEnginePool engines) {
        List<FileScore> scores = new ArrayList<>();
        Map<String, String> slices = slices(dir);
        for (Path scan : scansWithTruth(dir)) {
            scores.add(score(scan, slices.getOrDefault(scan.getFileName().toString(), "all"), recognizer, engines));
        }
        double cer = scores.stream().mapToDouble(FileScore::characterErrorRate).average().orElse(0);
        double f1 = scores.stream().mapToDouble(FileScore::wordF1).average().orElse(0);
        int pages = scores.stream().mapToInt(FileScore::pages).sum();
        double seconds = scores.stream().mapToDouble(s -> s.secondsPerPage() * s.pages()).sum();
        return new Report(mode, scores, cer, f1, pages == 0 ? 0 : seconds / pages, bySlice(scores));
    }

    private static List<SliceScore> bySlice(List<FileScore> scores) {
        Map<String, List<FileScore>> groups = new java.util.LinkedHashMap<>();
        for (String slice : List.of("clean", "skewed", "turned", "seal", "low-dpi")) {
            groups.put(slice, new ArrayList<>());
        }
        scores.forEach(s -> groups.computeIfAbsent(s.slice(), k -> new ArrayList<>()).add(s));
        return groups.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new SliceScore(e.getKey(), e.getValue().size(),
                        e.getValue().stream().mapToDouble(FileScore::characterErrorRate).average().orElse(0),
                        e.getValue().stream().mapToDouble(FileScore::wordF1).average().orElse(0)))
                .toList();
    }

    /** The slice of each scan, from the generator's slices.tsv; none when the folder has no such file. */
    static Map<String, String> slices(Path dir) {
        Path listing = dir.resolve("slices.tsv");
        if (!Files.exists(listing)) {
            return Map.of();
        }
        try {
            Map<String, String> slices = new java.util.HashMap<>();
            for (String line : Files.readAllLines(listing, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                if (cells.length == 2) {
                    slices.put(cells[0].strip(), cells[1].strip());
                }
            }
            return slices;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + listing, e);
        }
    }

    public FileScore score(Path scan, PageRecognizer recognizer) {
        return score(scan, "all", recognizer);
    }

    public FileScore score(Path scan, String slice, PageRecognizer recognizer) {
        return score(scan, slice, recognizer, engines);
    }

    private FileScore score(Path scan, String slice, PageRecognizer recognizer, OcrEnginePool engines) {
        try {
            String truth = Files.readString(truthOf(scan), StandardCharsets.UTF_8);
            ScanFile file = new ScanFile("eval", scan.getFileName().toString(), scan, Files.size(scan), "", detector.detect(scan),
                    null, Map.of());
            List<String> texts = new ArrayList<>();
            List<List<String>> steps = new ArrayList<>();
            List<Integer> rotations = new ArrayList<>();
            List<Double> angles = new ArrayList<>();
            int repaired = 0;
            long nanos = 0;
            try (ScanDocument document = opener.open(file)) {
                for (int number = 1; number <= document.pageCount(); number++) {
                    PageContent page = document.page(number);
                    if (page instanceof PageContent.TextLayer layer) {
                        texts.add(layer.text());
                        continue;
                    }
                    PageContent.Image image = (PageContent.Image) page;
                    long start = System.nanoTime();
                    PageRecognizer.Recognized read = engines.withEngine(e -> recognizer.recognize(e, image.image(), image.dpi()));
                    nanos += System.nanoTime() - start;
                    texts.add(read.result().text());
                    steps.add(read.processing().steps());
                    rotations.add(read.processing().rotation());
                    angles.add(read.processing().deskewAngle());
                    repaired += read.processing().repairedWords();
                }
                String text = String.join(DocumentText.PAGE_SEPARATOR, texts);
                int pages = document.pageCount();
                return new FileScore(scan.getFileName().toString(), slice, pages, TextAccuracy.characterErrorRate(truth, text),
                        TextAccuracy.wordF1(truth, text), nanos / 1e9 / pages, steps, rotations, angles, repaired, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + scan, e);
        }
    }

    private static Path truthOf(Path scan) {
        String name = scan.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return scan.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + TRUTH);
    }
}
