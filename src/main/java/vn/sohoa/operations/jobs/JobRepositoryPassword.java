package vn.sohoa.operations.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import vn.sohoa.PrivateFiles;
import vn.sohoa.RandomSecrets;

/**
 * Gives the default job repository (an H2 file) a password of its own. It used to be user
 * {@code sa} with an empty password, and with {@code AUTO_SERVER} anyone who reached the TCP
 * port H2 serves the file on got in and could run Java in the server's JVM
 * ({@code CREATE ALIAS}). The password is generated once and kept beside the database file
 * ({@code NAME.password}, {@code rw-------}), where only the account that runs Sohoa can read it:
 * {@code sohoa serve} and every command line of that account use it, so they still share the
 * file. A repository created before had no password: it is given the generated one the first
 * time. A password configured ({@code SOHOA_DB_PASSWORD}) always wins, and other databases
 * (PostgreSQL, an H2 server) are left as configured.
 */
@Component
class JobRepositoryPassword implements BeanPostProcessor {

    static final String SUFFIX = ".password";
    private static final String FILE_URL = "jdbc:h2:file:";
    private static final Logger log = LoggerFactory.getLogger(JobRepositoryPassword.class);

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null
                && (dataSource.getPassword() == null || dataSource.getPassword().isEmpty())) {
            Path database = databaseFile(dataSource.getJdbcUrl());
            if (database != null) {
                dataSource.setPassword(password(dataSource.getJdbcUrl(), dataSource.getUsername(), database));
            }
        }
        return bean;
    }

    /** The file's password, generated on first use; an older repository without one is given it. */
    private static String password(String url, String user, Path database) {
        Path file = passwordFile(database);
        boolean unprotected = !Files.exists(file) && Files.exists(database.resolveSibling(database.getFileName() + ".mv.db"));
        String password = PrivateFiles.readOrCreate(file, () -> RandomSecrets.letters(32)).strip();
        if (unprotected) {
            protectExisting(url, user == null ? "sa" : user, password);
        }
        return password;
    }

    static Path passwordFile(Path database) {
        return database.resolveSibling(database.getFileName() + SUFFIX);
    }

    /** The database file of an H2 file URL ({@code jdbc:h2:file:PATH;…}), or null for in-memory and remote URLs. */
    static Path databaseFile(String url) {
        if (!url.startsWith(FILE_URL)) {
            return null;
        }
        String path = url.substring(FILE_URL.length());
        int options = path.indexOf(';');
        path = options < 0 ? path : path.substring(0, options);
        if (path.startsWith("~/")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Path.of(path).toAbsolutePath().normalize();
    }

    private static void protectExisting(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER USER " + identifier(user) + " SET PASSWORD '" + password + "'");
            log.warn("The job repository {} had no password; it now has a generated one, kept beside it (owner only)", url);
        } catch (SQLException e) {
            // Protected already (by a process that started at the same moment), or unreachable:
            // the pool's first connection will say which.
            log.info("Could not give the job repository {} its generated password: {}", url, e.getMessage());
        }
    }

    private static String identifier(String user) {
        return user.matches("[A-Za-z_][A-Za-z0-9_]*") ? user : "\"" + user.replace("\"", "\"\"") + "\"";
    }
}
