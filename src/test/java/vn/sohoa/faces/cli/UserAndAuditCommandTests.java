package vn.sohoa.faces.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.sohoa.SampleScans;

/** {@code sohoa user …} keeps a private users file; command-line searches are audited with the OS user and "cli". */
class UserAndAuditCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private InputStream originalIn;
    private Path home;

    @BeforeEach
    void setUp() {
        home = SampleScans.newTempDir("sohoa-user-cli");
        System.setProperty("sohoa.home", home.toString());
        originalOut = System.out;
        originalErr = System.err;
        originalIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        System.setIn(originalIn);
        System.clearProperty("sohoa.home");
    }

    @Test
    void usersAreAddedListedDisabledAndRefusedWithReasons() throws Exception {
        System.setIn(new ByteArrayInputStream("một mật khẩu đủ dài\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(Main.execute("user", "add", "lan", "--role", "CLERK,RECORDS_STAFF", "--password-stdin")).isEqualTo(ExitCodes.OK);
        assertThat(Main.execute("user", "add", "minh", "--role", "ADMIN", "--generate")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Added user lan with roles [CLERK, RECORDS_STAFF]")
                .containsPattern("Password \\(shown once, give it to the user\\): [A-Za-z0-9]{20}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("users.json")))).isEqualTo("rw-------");
        assertThat(Files.readString(home.resolve("users.json"))).doesNotContain("một mật khẩu đủ dài");

        assertThat(Main.execute("user", "disable", "lan")).isEqualTo(ExitCodes.OK);
        assertThat(Main.execute("user", "disable", "nobody")).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(Main.execute("user", "add", "lan", "--role", "CLERK", "--generate")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No user named 'nobody'").contains("exists already");
        out.reset();
        assertThat(Main.execute("user", "list")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("lan\\s+\\[CLERK, RECORDS_STAFF\\]\\s+disabled")
                .containsPattern("minh\\s+\\[ADMIN\\]\\s+enabled");
        assertThat(Main.execute("user", "add", "x", "--role", "GOD", "--generate")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void readingABatchReportOnTheCommandLineIsAudited() throws Exception {
        Path batch = SampleScans.newTempDir("cli-batch");
        Files.copy(SampleScans.DIR.resolve("cong-van-dien-tu.pdf"), batch.resolve("cong-van.pdf"));
        assertThat(Main.execute("run", "digitize", "--batch", batch.toString(), "--name", "lo-cli")).isEqualTo(ExitCodes.OK);
        assertThat(Main.execute("batch", "lo-cli", "--json")).isEqualTo(ExitCodes.OK);
        out.reset();
        assertThat(Main.execute("audit", "--user", System.getProperty("user.name"), "--json")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"action\" : \"BATCH_REPORT\"")
                .contains("batch lo-cli (command line)").contains("\"channel\" : \"cli\"");
    }

    @Test
    void aCommandLineSearchIsAuditedWithTheOsUserAndCli() {
        assertThat(Main.execute("search", "giay phep", "--owner-id", "089176383275")).isEqualTo(ExitCodes.OK);
        out.reset();
        assertThat(Main.execute("audit", "--user", System.getProperty("user.name"), "--json")).isEqualTo(ExitCodes.OK);
        String events = out.toString(StandardCharsets.UTF_8);
        assertThat(events).contains("\"action\" : \"SEARCH\"").contains("\"from\" : \"cli\"").contains("\"channel\" : \"cli\"")
                .contains("q=giay phep; ownerId=089176383275");
        assertThat(Main.execute("audit", "--from", "31/02/2025")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a date");
    }
}
