package vn.sohoa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Another account of the same machine: {@code nobody}, running a small Java program (a single
 * source file, with the jars it needs copied where nobody may read them). Switching accounts
 * needs root, which CI has ({@code .ci/run} runs as root).
 */
public final class OtherAccount {

    private OtherAccount() {
    }

    public static void requireRoot() {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "switching to another account (nobody) needs root; CI runs the tests as root");
    }

    /**
     * Runs the class {@code Probe} of {@code source} as {@code nobody}, with {@code jars} on its
     * class path, and returns the lines it printed.
     */
    public static List<String> run(String source, List<Path> jars, String... args) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("sohoa-probe");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> classPath = new ArrayList<>();
        for (Path jar : jars) {
            Path copy = Files.copy(jar, dir.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
            classPath.add(copy.toString());
        }
        Path program = Files.writeString(dir.resolve("Probe.java"), source, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rw-r--r--"));
        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=" + id("-u"), "--regid=" + id("-g"), "--clear-groups",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData", "-Duser.home=/tmp"));
        if (!classPath.isEmpty()) {
            command.addAll(List.of("-cp", String.join(":", classPath)));
        }
        command.add(program.toString());
        command.addAll(List.of(args));
        Path output = dir.resolve("output.txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the probe ends").isTrue();
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("the probe ran: " + lines).isZero();
        return lines;
    }

    /** The JDBC probe: reads {@code files}, then connects to {@code url} as {@code sa}, with no password and with {@code sa}. */
    public static List<String> runJdbcProbe(List<Path> files, String url) throws Exception {
        String source = """
                import java.nio.file.*;
                import java.sql.*;

                public class Probe {
                    public static void main(String[] args) {
                        for (int i = 0; i < args.length - 1; i++) {
                            try {
                                Files.readAllBytes(Path.of(args[i]));
                                System.out.println("read " + args[i] + ": allowed");
                            } catch (Exception e) {
                                System.out.println("read " + args[i] + ": denied");
                            }
                        }
                        connect(args[args.length - 1], "", "no password");
                        connect(args[args.length - 1], "sa", "password sa");
                    }

                    static void connect(String url, String password, String how) {
                        try (Connection c = DriverManager.getConnection(url, "sa", password)) {
                            System.out.println("connect as sa with " + how + ": ALLOWED");
                        } catch (SQLException e) {
                            System.out.println("connect as sa with " + how + ": refused (" + e.getSQLState() + ")");
                        }
                    }
                }
                """;
        Path h2 = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> args = new ArrayList<>(files.stream().map(Path::toString).toList());
        args.add(url);
        return run(source, List.of(h2), args.toArray(String[]::new));
    }

    private static String id(String option) throws IOException, InterruptedException {
        Process id = new ProcessBuilder("id", option, "nobody").redirectErrorStream(true).start();
        String value = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(id.waitFor()).as("id " + option + " nobody: " + value).isZero();
        return value;
    }
}
