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
     */
    public record FileScore(String file, int pages, double characterErrorRate, double wordF1, double secondsPerPage,
                            List<List<String>> steps, List<Integer> rotations, List<Double> deskewAngles, int repairedWords) {
    }

    /**
     * The whole folder: means over files, and the pooled error rate (edits over all truth characters).
     */
    public record Report(String mode, List<FileScore> files, double meanCharacterErrorRate, double meanWordF1,
                         double secondsPerPage) {
    }

    /** Scans in the folder (not below it) that have a ground truth. */
    public List<Path> scansWithTruth(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(TRUTH))
                    .filter(f -> Files.exists(truthOf(f))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    public Report evaluate(Path dir, PageRecognizer recognizer, String mode) {
        List<FileScore> scores = new ArrayList<>();
        for (Path scan : scansWithTruth(dir)) {
            scores.add(score(scan, recognizer));
        }
        double cer = scores.stream().mapToDouble(FileScore::characterErrorRate).average().orElse(0);
        double f1 = scores.stream().mapToDouble(FileScore::wordF1).average().orElse(0);
        int pages = scores.stream().mapToInt(FileScore::pages).sum();
        double seconds = scores.stream().mapToDouble(s -> s.secondsPerPage() * s.pages()).sum();
        return new Report(mode, scores, cer, f1, pages == 0 ? 0 : seconds / pages);
    }

    public FileScore score(Path scan, PageRecognizer recognizer) {
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
                return new FileScore(scan.getFileName().toString(), pages, TextAccuracy.characterErrorRate(truth, text),
                        TextAccuracy.wordF1(truth, text), nanos / 1e9 / pages, steps, rotations, angles, repaired);
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
