package vn.sohoa.tools.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.sohoa.faces.cli.ExitCodes;
import vn.sohoa.faces.cli.ToolCommand;
import vn.sohoa.tools.evaluation.SearchBenchmark;

/** {@code sohoa bench-search}: indexing rate and search latency on synthetic records (no stores started). */
@Command(name = "bench-search", mixinStandardHelpOptions = true,
        description = {"Benchmark the search index: index N synthetic records (about 2,000 characters each, with fields)",
                "into a temporary index, then time a fixed mix of queries. Reports figures; the index is deleted after."})
public final class BenchSearchCommand implements Callable<Integer>, ToolCommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--records", paramLabel = "N", defaultValue = "100000", description = "Records to index (default ${DEFAULT-VALUE}).")
    int records;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "1000", description = "Queries in the timed mix (default ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--seed", defaultValue = "20261128", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (records < 100 || queries < 20) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--records must be at least 100 and --queries at least 20");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("sohoa-bench-index");
        try {
            out.printf("Indexing %,d synthetic records into %s (%d cores)%n", records, dir, Runtime.getRuntime().availableProcessors());
            out.flush();
            SearchBenchmark.Report report = new SearchBenchmark(records, queries, seed).run(dir, out);
            out.printf("Indexing: %,d records in %.1f s = %,.0f records/s (index calls and final commit; generation not counted)%n",
                    report.records(), report.indexSeconds(), report.recordsPerSecond());
            out.printf("Search latency over %d queries, ms (10 hits with snippets):%n", report.overall().queries());
            out.printf("  %-26s %7s %7s %7s %7s%n", "kind", "queries", "median", "p95", "max");
            report.latency().forEach((kind, l) -> out.printf("  %-26s %7d %7.2f %7.2f %7.2f%n", kind, l.queries(), l.median(), l.p95(), l.max()));
            SearchBenchmark.Latency all = report.overall();
            out.printf("  %-26s %7d %7.2f %7.2f %7.2f%n", "ALL", all.queries(), all.median(), all.p95(), all.max());
            out.flush();
            return ExitCodes.OK;
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
