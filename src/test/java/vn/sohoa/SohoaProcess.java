package vn.sohoa;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The command line in its own JVM, as the launcher runs it: a second, real Sohoa process. */
public final class SohoaProcess {

    /** Files per chunk of a digitize run started here. */
    public static final int CHUNK_FILES = 2;

    private SohoaProcess() {
    }

    /**
     * Starts {@code sohoa ARGS} on {@code home} with one OCR worker and two files per chunk (slow
     * enough, and committing often enough, to be caught between commits), its output and errors
     * into {@code output}.
     */
    public static Process start(Path home, Path output, String... args) throws IOException {
        return start(home, output, Map.of(), args);
    }

    /** The same, with more environment variables ({@code SERVER_PORT} …). */
    public static Process start(Path home, Path output, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "vn.sohoa.faces.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("SOHOA_HOME", home.toString());
        builder.environment().put("SOHOA_OCR_WORKERS", "1");
        builder.environment().put("SOHOA_OCR_CHUNK_FILES", String.valueOf(CHUNK_FILES));
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        builder.environment().putAll(environment);
        return builder.start();
    }
}
