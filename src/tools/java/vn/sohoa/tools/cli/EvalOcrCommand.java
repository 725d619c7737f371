package vn.sohoa.tools.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.sohoa.faces.cli.ContextCommand;
import vn.sohoa.faces.cli.ExitCodes;
import vn.sohoa.faces.cli.ToolCommand;
import vn.sohoa.pipeline.ocr.OcrCorrectionProperties;
import vn.sohoa.pipeline.ocr.OcrEnginePool;
import vn.sohoa.pipeline.ocr.OcrProperties;
import vn.sohoa.pipeline.ocr.OcrWordRepair;
import vn.sohoa.pipeline.ocr.TesseractEngineProvider;
import vn.sohoa.pipeline.preprocess.PagePreprocessor;
import vn.sohoa.pipeline.preprocess.PreprocessProperties;
import vn.sohoa.pipeline.text.PageRecognizer;
import vn.sohoa.tools.evaluation.OcrEvaluation.FileScore;
import vn.sohoa.tools.evaluation.OcrEvaluation.Report;
import vn.sohoa.tools.evaluation.OcrEvaluation;

/**
 * {@code sohoa eval-ocr DIR [--raw] [--steps a,b] [--correction c,d] [--[no-]repair] [--json]}: character error rate and word F1 of
 * OCR against the ground truth beside each scan, per file and overall, with seconds per page.
 */
@Command(name = "eval-ocr", mixinStandardHelpOptions = true,
        description = "Measure OCR on scans with ground truth (NAME.gt.txt beside each) through the job's stages.")
public final class EvalOcrCommand extends ContextCommand implements ToolCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of scans with NAME.gt.txt beside each.")
    Path dir;

    @Option(names = "--raw", description = "Bare Tesseract: no preprocessing, no cleanup, no post-correction (the baseline).")
    boolean raw;

    @Option(names = "--steps", split = ",", paramLabel = "STEP",
            description = "Only these preprocessing steps, in this order (to measure one step at a time); 'none' for none.")
    List<String> steps;

    @Option(names = "--repair", negatable = true,
            description = "With (--repair) or without (--no-repair) the post-OCR word repair; default: as configured.")
    Boolean repair;

    @Option(names = "--reading-order", negatable = true,
            description = "With (--reading-order) or without (--no-reading-order) the reading order from word boxes; default: as configured.")
    Boolean readingOrder;

    @Option(names = "--correction", split = ",", paramLabel = "STEP",
            description = "Only these post-correction steps: tone-marks, syllables, user-words; 'none' for none. Default: as configured (--raw: none).")
    List<String> correction;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    protected int run(ConfigurableApplicationContext context) {
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("No such folder: " + dir);
            return ExitCodes.NOT_FOUND;
        }
        OcrEvaluation evaluation = context.getBean(OcrEvaluation.class);
        if (evaluation.scansWithTruth(dir).isEmpty()) {
            spec.commandLine().getErr().println("No scan in " + dir + " has a ground truth (NAME.gt.txt) beside it.");
            return ExitCodes.NOT_FOUND;
        }
        OcrCorrectionProperties steps = correctionSteps(context);
        Report report;
        if (steps == null) {
            report = evaluation.evaluate(dir, recognizer(context), mode(context) + ", correction "
                    + correction(context.getBean(OcrCorrectionProperties.class)));
        } else {
            // An engine of its own: corrections are fixed when a Tesseract handle is made.
            OcrProperties ocr = context.getBean(OcrProperties.class);
            TesseractEngineProvider provider = context.getBean(TesseractEngineProvider.class);
            OcrEnginePool engines = new OcrEnginePool(() -> provider.create(ocr, steps), 1);
            try {
                // Bare Tesseract is always without correction: its mode stays "raw".
                String mode = raw && correction == null ? mode(context) : mode(context) + ", correction " + correction(steps);
                report = evaluation.evaluate(dir, recognizer(context), mode, engines);
            } finally {
                engines.destroy();
            }
        }
        if (json) {
            printJson(context, report);
        } else {
            print(report);
        }
        return ExitCodes.OK;
    }

    /** The post-correction asked for, or null for the job's engines as configured. */
    private OcrCorrectionProperties correctionSteps(ConfigurableApplicationContext context) {
        OcrCorrectionProperties configured = context.getBean(OcrCorrectionProperties.class);
        if (correction != null) {
            return configured.only(correction);
        }
        return raw ? OcrCorrectionProperties.none() : null;
    }

    private static String correction(OcrCorrectionProperties steps) {
        List<String> on = new java.util.ArrayList<>();
        if (steps.toneMarks()) {
            on.add("tone-marks");
        }
        if (steps.syllableRepair()) {
            on.add("syllables");
        }
        if (steps.userWords()) {
            on.add("user-words");
        }
        return on.toString();
    }

    private PageRecognizer recognizer(ConfigurableApplicationContext context) {
        if (raw) {
            return PageRecognizer.raw();
        }
        PreprocessProperties properties = context.getBean(PreprocessProperties.class);
        PagePreprocessor preprocessor = steps == null ? context.getBean(PagePreprocessor.class)
                : PagePreprocessor.of(properties, steps.contains("none") ? List.of() : steps);
        return new PageRecognizer(preprocessor, repairs(properties) ? new OcrWordRepair() : null, properties.orientationCheckBelow(),
                readingOrder != null ? readingOrder : properties.readingOrder());
    }

    private boolean repairs(PreprocessProperties properties) {
        return repair != null ? repair : properties.repairWords();
    }

    private String mode(ConfigurableApplicationContext context) {
        if (raw) {
            return "raw";
        }
        List<String> names = steps != null ? (steps.contains("none") ? List.of() : steps)
                : context.getBean(PagePreprocessor.class).stepNames();
        PreprocessProperties properties = context.getBean(PreprocessProperties.class);
        return "pipeline " + names + (repairs(properties) ? " with repair" : " without repair")
                + ((readingOrder != null ? readingOrder : properties.readingOrder()) ? ", reading order" : ", engine order");
    }

    private void print(Report report) {
        out().printf("OCR evaluation (%s)%n", report.mode());
        out().printf("%-44s %5s %7s %7s %7s  %s%n", "file", "pages", "CER %", "F1", "s/page", "applied");
        for (FileScore file : report.files()) {
            out().printf("%-44s %5d %7.2f %7.3f %7.2f  %s rot=%s deskew=%s repaired=%d%n", file.file(), file.pages(),
                    100 * file.characterErrorRate(), file.wordF1(), file.secondsPerPage(), file.steps(), file.rotations(),
                    file.deskewAngles(), file.repairedWords());
        }
        out().printf("%-44s %5d %7.2f %7.3f %7.2f%n", "mean", report.files().stream().mapToInt(FileScore::pages).sum(),
                100 * report.meanCharacterErrorRate(), report.meanWordF1(), report.secondsPerPage());
        if (report.slices().size() > 1) {
            out().printf("%n%-12s %5s %7s %7s%n", "slice", "files", "CER %", "F1");
            for (OcrEvaluation.SliceScore slice : report.slices()) {
                out().printf("%-12s %5d %7.2f %7.3f%n", slice.slice(), slice.files(), 100 * slice.meanCharacterErrorRate(),
                        slice.meanWordF1());
            }
        }
        out().flush();
    }
}
