package vn.sohoa.tools.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.faces.cli.ExitCodes;
import vn.sohoa.faces.cli.ToolCommand;
import vn.sohoa.tools.bench.ThroughputBenchmark;

/** {@code sohoa bench}: the throughput benchmark (a measurement, not a test). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure OCR throughput against bare Tesseract (and OCRmyPDF when installed) on generated pages.")
public final class BenchCommand implements Callable<Integer>, ToolCommand {

    @Option(names = "--pages", defaultValue = "40", paramLabel = "N", description = "Scanned pages to generate (default ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Option(names = "--sohoa-only", description = "Only Sohoa, one worker per core: to compare memory at large page counts.")
    boolean sohoaOnly;

    @Option(names = "--workers", paramLabel = "N", description = {
            "Instead: one process with N OCR engines vs a manager and N worker processes with one engine each",
            "(sohoa worker, run digitize --partitions N), on a temporary PostgreSQL server and S3 endpoint (docs/scale-out.md)."})
    Integer workers;

    @Override
    public Integer call() throws Exception {
        if (pages < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--pages must be at least 1, not " + pages);
        }
        Path work = Files.createTempDirectory("sohoa-bench");
        if (workers != null) {
            if (workers < 1) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--workers must be at least 1, not " + workers);
            }
            vn.sohoa.tools.bench.DistributedBenchmark.Result result = new vn.sohoa.tools.bench.DistributedBenchmark(work, pages, workers).run();
            if (json) {
                System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(result));
            } else {
                System.out.printf("%d scanned pages, %d workers%n", result.pages(), result.workers());
                for (vn.sohoa.tools.bench.DistributedBenchmark.Run run : List.of(result.oneProcess(), result.workerProcesses(),
                        result.coldWorkerProcesses())) {
                    System.out.printf("  %-42s %6.1f pages/min (%d pages in %.1f s)%n", run.how() + ":", run.pagesPerMinute(),
                            run.pages(), run.seconds());
                }
                System.out.printf("  overhead of distribution: %.1f %% (workers warmed up at their start, as deployed);"
                        + " %.1f %% with cold workers%n", 100 * result.overhead(), 100 * result.coldOverhead());
            }
            return ExitCodes.OK;
        }
        ThroughputBenchmark.Result result = new ThroughputBenchmark(work, pages, sohoaOnly).run();
        if (json) {
            System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(result));
        } else {
            print(result);
        }
        return ExitCodes.OK;
    }

    /** Worker seconds per stage and their share: where the time that is not OCR goes. */
    private static void printStages(ThroughputBenchmark.SohoaRun run) {
        double total = run.stageSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder line = new StringBuilder("      per stage (worker s):");
        run.stageSeconds().forEach((stage, seconds) -> line.append(String.format(" %s %.1f (%.0f%%)", stage, seconds,
                total == 0 ? 0.0 : 100 * seconds / total)));
        System.out.println(line);
    }

    private static void print(ThroughputBenchmark.Result r) {
        System.out.printf("%d scanned pages, %d cores, %s%n", r.pages(), r.cores(), r.languages());
        if (r.boundPagesPerMinute() != null) {
            System.out.printf("  bare tesseract (bound): %6.1f pages/min%n", r.boundPagesPerMinute());
            System.out.printf("  OCRmyPDF (PDF/A):       %s%n", r.ocrmypdfPagesPerMinute() == null ? "not installed"
                    : String.format("%6.1f pages/min", r.ocrmypdfPagesPerMinute()));
        }
        r.sohoa().forEach(s -> {
            System.out.printf("  Sohoa, %d worker(s):     %6.1f pages/min (%d pages in %.1f s), peak heap %.0f MiB"
                            + " (retained after the run %.0f MiB), peak RSS %.0f MiB%n",
                    s.workers(), s.pagesPerMinute(), s.pages(), s.seconds(), s.peakHeapMib(), s.retainedHeapMib(), s.peakResidentMib());
            printStages(s);
        });
        if (r.bornDigital() != null) {
            System.out.printf("  born-digital PDFs:      %6.1f pages/s (median of runs at %s pages/s; warm-up run after start-up %.1f)%n",
                    r.bornDigitalPagesPerSecond(), String.join(", ", r.bornDigitalRuns().stream().map(v -> String.format("%.1f", v)).toList()),
                    r.bornDigitalWarmUpPagesPerSecond());
            printStages(r.bornDigital());
            System.out.printf("  ratio to bound: %.2f   ratio to OCRmyPDF: %s%n", r.ratioToBound(),
                    r.ratioToOcrmypdf() == null ? "n/a" : String.format("%.2f", r.ratioToOcrmypdf()));
        }
    }
}
