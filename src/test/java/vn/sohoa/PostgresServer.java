package vn.sohoa;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server (Debian's {@code postgresql} package) in a temporary folder, on a free
 * loopback port, for the tests of a multi-host deployment. PostgreSQL refuses to run as root: when
 * the tests run as root (CI), {@code initdb} and {@code pg_ctl} run as the {@code postgres}
 * account the package creates. Trust authentication on loopback only: the server lives as long
 * as the test and holds nothing but test data.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String DATABASE = "postgres";
    public static final String USER = "sohoa";

    private final Path bin;
    private final Path dataDir;
    private final int port;

    private PostgresServer(Path bin, Path dataDir, int port) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** The binaries of the newest PostgreSQL installed, or null. */
    static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (var versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl")) && Files.isExecutable(b.resolve("initdb")))
                    .max((a, b) -> Integer.compare(version(a), version(b))).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static int version(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Starts a fresh server; skips the test (with the reason) when PostgreSQL is not installed. */
    public static PostgresServer start() throws IOException, InterruptedException {
        Path bin = binaries();
        Assumptions.assumeTrue(bin != null,
                "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/pg_ctl): apt-get install -y postgresql, or ./sohoa test");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path base = Files.createTempDirectory("sohoa-postgres");
        // The postgres account must reach its data folder through the temporary folder.
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path dataDir = base.resolve("data");
        if (root) {
            Files.createDirectories(dataDir);
            run(List.of("chown", "postgres:postgres", dataDir.toString()), false);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", USER, "-A", "trust",
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"), root);
        PostgresServer server = new PostgresServer(bin, dataDir, freePort());
        server.startAgain();
        return server;
    }

    /** Starts the server (again, after {@link #stop()}) on the same data and port. */
    public void startAgain() throws IOException, InterruptedException {
        // Socket in the data folder (not /var/run/postgresql, which may not exist), TCP on loopback only.
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dataDir + " -c fsync=off -c max_connections=200";
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-o", options, "-l",
                dataDir.resolve("server.log").toString(), "-w", "-t", "60", "start"), "root".equals(System.getProperty("user.name")));
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** The environment that points a Sohoa process at this server. */
    public Map<String, String> environment() {
        return Map.of("SOHOA_DB_URL", jdbcUrl(), "SOHOA_DB_USER", USER, "SOHOA_DB_PASSWORD", "unused");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, "");
    }

    /** Stops the server immediately (as a crash or a restart of the database would). */
    public void stop() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "-w", "stop"),
                "root".equals(System.getProperty("user.name")));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } catch (IllegalStateException e) {
            // Stopped already.
        }
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.directory(Path.of("/tmp").toFile());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
