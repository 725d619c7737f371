package vn.sohoa.operations.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import vn.sohoa.OtherAccount;
import vn.sohoa.SampleScans;
import vn.sohoa.ServeProcess;

/**
 * The default job repository of a running {@code sohoa serve} (an H2 file shared through
 * {@code AUTO_SERVER}) is out of reach of every other account of the machine, and so is
 * everything else under SOHOA_HOME. The other account is {@code nobody}, running a small JDBC
 * probe with the H2 driver: it is refused even when handed the server's port and key.
 */
class JobRepositoryAccessTests {

    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void anotherAccountCannotReadHomeNorConnectToTheJobRepositoryOfARunningServer() throws Exception {
        OtherAccount.requireRoot();
        Path home = SampleScans.newTempDir("sohoa-private-home");
        // A home left open to everybody by an older version (or a careless mkdir): the server closes it.
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (ServeProcess serve = ServeProcess.start(home)) {
            Path lockFile = home.resolve("jobrepo/sohoa.lock.db");
            Path passwordFile = home.resolve("jobrepo/sohoa.password");
            Properties lock = new Properties();
            try (InputStream in = Files.newInputStream(lockFile)) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
            assertThat(server).as("the address H2 tells other processes").startsWith("localhost:");
            assertThat(ListeningSockets.addresses(port)).as("where port " + port + " listens").isNotEmpty().allMatch(ListeningSockets::isLoopback);

            assertThat(Files.getPosixFilePermissions(home)).as("SOHOA_HOME").doesNotContainAnyElementsOf(OTHERS);
            assertThat(openToOthers(home)).as("files and folders under SOHOA_HOME that others may use").isEmpty();
            assertThat(Files.getPosixFilePermissions(passwordFile)).containsExactlyInAnyOrderElementsOf(PosixFilePermissions.fromString("rw-------"));

            // Even with the key of the lock file (as if it had leaked), no password, no entry; this
            // account's own processes get in with the generated password.
            String database = "jdbc:h2:tcp://127.0.0.1:" + port + "/" + lock.getProperty("id");
            assertThatThrownBy(() -> DriverManager.getConnection(database, "sa", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Wrong user name or password");
            try (Connection owner = DriverManager.getConnection(database, "sa", Files.readString(passwordFile).strip())) {
                assertThat(owner.isValid(5)).isTrue();
            }

            Path s3Keys = home.resolve("embedded-s3.credentials");
            Path log = home.resolve("logs/sohoa.log");
            assertThat(s3Keys).exists();
            List<String> probe = OtherAccount.runJdbcProbe(List.of(lockFile, passwordFile, s3Keys, log), database);
            assertThat(probe).as("what nobody could do").containsExactly(
                    "read " + lockFile + ": denied",
                    "read " + passwordFile + ": denied",
                    "read " + s3Keys + ": denied",
                    "read " + log + ": denied",
                    "connect as sa with no password: refused (28000)",
                    "connect as sa with password sa: refused (28000)");
        }
    }

    @Test
    void aRepositoryCreatedWithoutAPasswordIsGivenTheGeneratedOne() throws Exception {
        Path home = SampleScans.newTempDir("sohoa-old-jobrepo");
        String url = "jdbc:h2:file:" + home.resolve("jobrepo/sohoa") + ";AUTO_SERVER=TRUE";
        try (Connection old = DriverManager.getConnection(url, "sa", "")) {
            old.createStatement().execute("CREATE TABLE KEPT(ID INT)");
        }
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(url);
            dataSource.setUsername("sa");
            dataSource.setPassword("");
            new JobRepositoryPassword().postProcessBeforeInitialization(dataSource, "dataSource");

            Path passwordFile = home.resolve("jobrepo/sohoa.password");
            assertThat(dataSource.getPassword()).hasSize(32).isEqualTo(Files.readString(passwordFile).strip());
            assertThat(Files.getPosixFilePermissions(passwordFile)).doesNotContainAnyElementsOf(OTHERS);
            try (Connection connection = dataSource.getConnection()) {
                assertThat(connection.getMetaData().getTables(null, null, "KEPT", null).next()).as("the old content").isTrue();
            }
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).hasMessageContaining("Wrong user name or password");
    }

    private static List<Path> openToOthers(Path home) throws IOException {
        try (Stream<Path> paths = Files.walk(home)) {
            return paths.filter(p -> !Files.isSymbolicLink(p)).filter(p -> {
                try {
                    return Files.getPosixFilePermissions(p).stream().anyMatch(OTHERS::contains);
                } catch (IOException gone) {
                    return false; // a temporary file removed while walking
                }
            }).toList();
        }
    }

    /** The local addresses listening on a TCP port, from {@code /proc/net/tcp} and {@code tcp6} (hex, as the kernel writes them). */
    static final class ListeningSockets {

        private static final String LISTEN = "0A";

        static List<String> addresses(int port) throws IOException {
            List<String> addresses = new ArrayList<>();
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                Path file = Path.of(table);
                if (!Files.exists(file)) {
                    continue;
                }
                for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                    String[] columns = line.trim().split("\\s+");
                    String[] local = columns[1].split(":");
                    if (Integer.parseInt(local[1], 16) == port && columns[3].equals(LISTEN)) {
                        addresses.add(local[0]);
                    }
                }
            }
            return addresses;
        }

        /** 127.0.0.1 (IPv4, or mapped into IPv6) or ::1; never 0.0.0.0 or :: (every interface). */
        static boolean isLoopback(String hex) {
            return hex.equals("0100007F") || hex.equals("0000000000000000FFFF00000100007F")
                    || hex.equals("00000000000000000000000001000000");
        }
    }
}
