package vn.sohoa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code sohoa serve} in its own JVM on a free port, as an administrator starts it. */
public final class ServeProcess implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("Sohoa is serving on http://[^:]+:(\\d+)/");

    private final Process process;
    private final Path output;
    private final int port;

    private ServeProcess(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    /** Starts it on {@code home} and returns once it serves (or fails the test with its output). */
    public static ServeProcess start(Path home) throws IOException, InterruptedException {
        return start(home, Map.of());
    }

    /** The same, with more environment variables (a shared job repository and bucket …). */
    public static ServeProcess start(Path home, Map<String, String> environment) throws IOException, InterruptedException {
        Path output = SampleScans.newTempDir("sohoa-serve-log").resolve("serve.log");
        Map<String, String> all = new java.util.HashMap<>(environment);
        all.put("SERVER_PORT", "0");
        Process process = SohoaProcess.start(home, output, all, "serve");
        for (int i = 0; i < 1800; i++) {
            String text = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
            Matcher serving = SERVING.matcher(text);
            if (serving.find()) {
                return new ServeProcess(process, output, Integer.parseInt(serving.group(1)));
            }
            assertThat(process.isAlive()).as("serve ended early: " + text).isTrue();
            Thread.sleep(100);
        }
        process.destroy();
        throw new AssertionError("serve did not start: " + Files.readString(output));
    }

    /** What it printed so far (the first admin's password among it). */
    public String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(1, TimeUnit.MINUTES);
    }
}
