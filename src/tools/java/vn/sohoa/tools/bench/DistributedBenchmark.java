package vn.sohoa.tools.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.storage.EmbeddedS3Server;

/**
 * {@code sohoa bench --workers N}: the cost of distribution on one machine. The same generated
 * scans are digitized twice against the same kind of shared stores (a temporary PostgreSQL
 * server, an S3Proxy endpoint, a bucket per run): once by one process with N OCR engines, once by
 * a manager and N worker processes with one engine each ({@code --partitions N}), twice: with
 * workers as deployed (warmed up at their start, {@code sohoa.scale-out.warm-up}), and with workers
 * that pay their first page's one-off costs inside the batch. Pages per minute are counted from
 * the batch report's start and end (the job's own time, JVM starts excluded). A measurement, not
 * a test.
 */
public final class DistributedBenchmark {

    private static final String KEY = "bench-access";
    private static final String SECRET = "bench-secret-key-0123456789";

    /** One way of digitizing the batch. */
    public record Run(String how, int processes, int enginesPerProcess, int pages, double seconds, double pagesPerMinute) {
    }

    /**
     * @param overhead     1 − (pages per minute of the warmed-up workers / one process)
     * @param coldOverhead the same for workers without the warm-up
     */
    public record Result(int pages, int workers, Run oneProcess, Run workerProcesses, double overhead, Run coldWorkerProcesses,
                         double coldOverhead) {
    }

    private final Path work;
    private final int pages;
    private final int workers;

    public DistributedBenchmark(Path work, int pages, int workers) {
        this.work = work;
        this.pages = pages;
        this.workers = workers;
    }

    public Result run() throws Exception {
        Path batch = new BenchBatchWriter().scans(work.resolve("scans"), pages, 7L).batch();
        try (TemporaryPostgres postgres = TemporaryPostgres.start();
             EmbeddedS3Server s3 = EmbeddedS3Server.start(Files.createDirectories(work.resolve("s3")), KEY, SECRET)) {
            Map<String, String> shared = new HashMap<>(Map.of("SOHOA_DB_URL", postgres.jdbcUrl(), "SOHOA_DB_USER", TemporaryPostgres.USER,
                    "SOHOA_DB_PASSWORD", "unused", "SOHOA_S3_ENDPOINT", s3.endpoint(), "SOHOA_S3_ACCESS_KEY", KEY,
                    "SOHOA_S3_SECRET_KEY", SECRET, "OMP_THREAD_LIMIT", "1"));
            Run one = oneProcess(batch, with(shared, "SOHOA_S3_BUCKET", "bench-one"));
            Run many = workerProcesses(batch, with(shared, "SOHOA_S3_BUCKET", "bench-workers"), true);
            Run cold = workerProcesses(batch, with(shared, "SOHOA_S3_BUCKET", "bench-cold"), false);
            return new Result(pages, workers, one, many, 1 - many.pagesPerMinute() / one.pagesPerMinute(), cold,
                    1 - cold.pagesPerMinute() / one.pagesPerMinute());
        }
    }

    private Run oneProcess(Path batch, Map<String, String> environment) throws Exception {
        Path home = Files.createDirectories(work.resolve("home-one"));
        Map<String, String> env = with(environment, "SOHOA_OCR_WORKERS", String.valueOf(workers));
        run(home, env, "run", "digitize", "--batch", batch.toString(), "--name", "bench-one");
        return measured("1 process, " + workers + " engines", 1, workers, home, env, "bench-one");
    }

    private Run workerProcesses(Path batch, Map<String, String> environment, boolean warmUp) throws Exception {
        String kind = warmUp ? "workers" : "cold";
        List<Process> started = new ArrayList<>();
        try {
            for (int i = 1; i <= workers; i++) {
                Path home = Files.createDirectories(work.resolve("home-" + kind + "-" + i));
                Path output = home.resolve("worker.out");
                Map<String, String> env = with(with(environment, "SOHOA_OCR_WORKERS", "1"), "SOHOA_HOST", "bench-" + kind + "-" + i);
                Process worker = start(home, output, with(env, "SOHOA_WORKER_WARM_UP", String.valueOf(warmUp)), "worker");
                started.add(worker);
                awaitOutput(worker, output, "waiting for partitions");
            }
            Path home = Files.createDirectories(work.resolve("home-manager-" + kind));
            Map<String, String> env = with(environment, "SOHOA_OCR_WORKERS", "1");
            String name = "bench-" + kind;
            run(home, env, "run", "digitize", "--batch", batch.toString(), "--name", name, "--partitions", String.valueOf(workers));
            return measured(workers + " worker processes, 1 engine each" + (warmUp ? "" : ", cold"), workers, 1, home, env, name);
        } finally {
            for (Process worker : started) {
                worker.destroy();
                worker.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private Run measured(String how, int processes, int engines, Path home, Map<String, String> env, String name) throws Exception {
        String json = run(home, env, "batch", name, "--json");
        JsonNode report = JsonMapper.builder().build().readTree(json.substring(json.indexOf('{')));
        double seconds = Duration.between(Instant.parse(report.get("startedAt").asString()),
                Instant.parse(report.get("finishedAt").asString())).toMillis() / 1000.0;
        int done = report.get("pages").asInt();
        return new Run(how, processes, engines, done, seconds, done * 60.0 / seconds);
    }

    private static Map<String, String> with(Map<String, String> environment, String key, String value) {
        Map<String, String> copy = new HashMap<>(environment);
        copy.put(key, value);
        return copy;
    }

    /** A Sohoa command in its own JVM, as this one was started (the launcher's java -jar, or a class path). */
    private static Process start(Path home, Path output, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        List<String> own = List.of(ProcessHandle.current().info().arguments().orElse(new String[0]));
        int jar = own.indexOf("-jar");
        if (jar >= 0) {
            command.addAll(own.subList(0, jar + 2)); // heap, sohoa.root, loader.path, -jar sohoa.jar
        } else {
            command.addAll(List.of("-Xmx1g", "-cp", System.getProperty("java.class.path"), "vn.sohoa.faces.cli.Main"));
        }
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("SOHOA_HOME", home.toString());
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static String run(Path home, Map<String, String> environment, String... args) throws Exception {
        Path output = Files.createTempFile(home, "command", ".out");
        Process process = start(home, output, environment, args);
        if (!process.waitFor(2, TimeUnit.HOURS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", args) + " failed:\n" + Files.readString(output, StandardCharsets.UTF_8));
        }
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    private static void awaitOutput(Process process, Path output, String text) throws Exception {
        while (!Files.readString(output, StandardCharsets.UTF_8).contains(text)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("A worker ended early:\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
            Thread.sleep(200);
        }
    }

    /**
     * A PostgreSQL server of Debian's package in a temporary folder, on a free loopback port, trust
     * authentication, run as the {@code postgres} account when this one is root (PostgreSQL refuses root).
     */
    static final class TemporaryPostgres implements AutoCloseable {

        static final String USER = "sohoa";

        private final Path bin;
        private final Path data;
        private final int port;

        private TemporaryPostgres(Path bin, Path data, int port) {
            this.bin = bin;
            this.data = data;
            this.port = port;
        }

        static TemporaryPostgres start() throws Exception {
            Path bin;
            try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
                bin = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl"))).sorted().reduce((a, b) -> b)
                        .orElseThrow();
            } catch (IOException | java.util.NoSuchElementException e) {
                throw new IllegalStateException("bench --workers needs PostgreSQL: apt-get install -y postgresql");
            }
            // Its own folder in /tmp, not under the benchmark's (owner only): the postgres account must reach it.
            Path own = Files.createTempDirectory("sohoa-bench-postgres");
            Files.setPosixFilePermissions(own, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path data = own.resolve("data");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                Files.createDirectories(data);
                exec(List.of("chown", "postgres:postgres", data.toString()), false);
            }
            exec(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "trust", "-E", "UTF8",
                    "--locale=C.UTF-8", "--no-sync"), root);
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            exec(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-o",
                    "-p " + port + " -c listen_addresses=127.0.0.1 -k " + data + " -c max_connections=200", "-l",
                    data.resolve("server.log").toString(), "-w", "-t", "60", "start"), root);
            return new TemporaryPostgres(bin, data, port);
        }

        String jdbcUrl() {
            return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        }

        @Override
        public void close() throws Exception {
            exec(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"),
                    "root".equals(System.getProperty("user.name")));
        }

        private static void exec(List<String> command, boolean asPostgres) throws Exception {
            List<String> full = new ArrayList<>();
            if (asPostgres) {
                full.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            full.addAll(command);
            Process process = new ProcessBuilder(full).redirectErrorStream(true).directory(Path.of("/tmp").toFile()).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
            }
        }
    }
}
