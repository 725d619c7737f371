package vn.sohoa.faces.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Argument errors are named, and answered before anything starts. */
class MainTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void anUnknownOptionIsNamed() {
        assertThat(Main.execute("search", "x", "--colour")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown option: '--colour'");
    }

    @Test
    void aMissingArgumentIsNamed() {
        assertThat(Main.execute("run", "digitize")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Missing required option: '--batch=DIR'");
    }

    @Test
    void getNeedsExactlyOneKindOfObject() {
        assertThat(Main.execute("get", "abc", "--text", "--pdf", "-o", "x")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("mutually exclusive");
    }

    @Test
    void aMissingCommandOrJobIsNamed() {
        assertThat(Main.execute()).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Missing command");
        assertThat(Main.execute("run")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Missing required job name").contains("digitize");
    }

    @Test
    void helpIsEverywhere() {
        assertThat(Main.execute("--help")).isZero();
        assertThat(Main.execute("run", "digitize", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: sohoa").contains("--batch=DIR").contains("--rerun");
    }
}
