package vn.sohoa;

import java.nio.file.Path;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Keeps {@code SOHOA_HOME} to the account that runs Sohoa, before anything is written into it:
 * the index holds ID numbers, the inbox and processed folders hold the scans, the job repository
 * and the embedded object store hold the archive. Runs as soon as the configuration is read,
 * before logging starts (the log file lives there too), for every face and every test context.
 *
 * <ul>
 *   <li>The process's umask becomes {@code 077}, so that every file and folder this JVM creates
 *       from here on (H2, Lucene, the S3 server's files, logs, copies of scans) is its owner's
 *       only, also when Sohoa runs without the launcher (which sets the same umask), e.g. as a
 *       systemd service;</li>
 *   <li>{@code SOHOA_HOME} is created {@code rwx------}, or closed to others when it was open.</li>
 * </ul>
 */
public class PrivateHome implements EnvironmentPostProcessor, Ordered {

    /** After the configuration files are read (they may name sohoa.home), before the other processors. */
    public static final int ORDER = ConfigDataEnvironmentPostProcessor.ORDER + 1;
    private static final int OWNER_ONLY_UMASK = 0077;

    private final Log log;

    public PrivateHome(DeferredLogFactory logs) {
        this.log = logs.getLog(PrivateHome.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        restrictUmask();
        Path home = home(environment);
        if (PrivateFiles.privateFolder(home)) {
            log.warn("SOHOA_HOME " + home + " was readable by other accounts; it is now rwx------ (owner only)");
        }
    }

    /** SOHOA_HOME as SohoaProperties will bind it (relative to the working folder when relative). */
    public static Path home(ConfigurableEnvironment environment) {
        String home = environment.getProperty("sohoa.home", "data");
        return Path.of(home.isBlank() ? "data" : home).toAbsolutePath().normalize();
    }

    private static void restrictUmask() {
        if (!Platform.isWindows()) {
            CLibrary.INSTANCE.umask(OWNER_ONLY_UMASK);
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private interface CLibrary extends Library {
        CLibrary INSTANCE = Native.load("c", CLibrary.class);

        int umask(int mask);
    }
}
