package vn.sohoa.tools.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.sohoa.faces.cli.ExitCodes;
import vn.sohoa.faces.cli.ToolCommand;
import vn.sohoa.tools.samples.EvaluationSetWriter;
import vn.sohoa.tools.samples.RealisticSetWriter;

/**
 * {@code sohoa generate-eval DIR [--realistic]}: writes the OCR evaluation set (scans with ground truth):
 * the hard set (turned, skewed, sealed pages in two faces), or with {@code --realistic} the set that looks
 * like a real batch (mostly clean upright 200-dpi prints, a minority degraded, slices in slices.tsv).
 */
@Command(name = "generate-eval", mixinStandardHelpOptions = true,
        description = "Write the OCR evaluation set (degraded single-page scans with NAME.gt.txt) into DIR.")
public final class GenerateEvalCommand implements Callable<Integer>, ToolCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "Target folder, e.g. target/eval.")
    Path dir;

    @Option(names = "--pages", description = "Pages (default 44, realistic 24).")
    Integer pages;

    @Option(names = "--realistic", description = "Mostly clean upright 200-dpi office prints, a minority degraded; "
            + "each page's slice (clean, skewed, turned, seal, low-dpi) in slices.tsv.")
    boolean realistic;

    @Option(names = "--seed", defaultValue = "20261128", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (realistic) {
            for (RealisticSetWriter.Page page : new RealisticSetWriter(seed).write(dir,
                    pages != null ? pages : RealisticSetWriter.DEFAULT_PAGES)) {
                System.out.printf("wrote %s (%s, %d dpi, skew %.2f°, turned %d°)%n", dir.resolve(page.name()),
                        page.slice().label(), page.dpi(), page.skew(), page.rotation());
            }
            return ExitCodes.OK;
        }
        int count = pages != null ? pages : EvaluationSetWriter.DEFAULT_PAGES;
        for (EvaluationSetWriter.Page page : new EvaluationSetWriter(seed).write(dir, count)) {
            System.out.printf("wrote %s (%s, %d dpi, skew %.1f°, turned %d°%s)%n", dir.resolve(page.name()), page.font(), page.dpi(),
                    page.skew(), page.rotation(), page.seal() ? ", seal" : "");
        }
        return ExitCodes.OK;
    }
}
