package vn.sohoa.operations.jobs;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import vn.sohoa.PrivateHome;

/**
 * Keeps the server H2 starts for a shared job repository file on loopback. With
 * {@code AUTO_SERVER=TRUE} the first process to open the file serves it to the others over TCP,
 * and H2 starts that server with {@code -tcpAllowOthers}: without a bind address it listened on
 * every interface (and wrote the host's address into the lock file). {@code h2.bindAddress} is
 * read once, when H2's classes load, for every H2 server socket of the JVM, so it is set here, as
 * soon as the configuration is read and before any connection is opened. The other half of the
 * protection, the password, is {@link JobRepositoryPassword}.
 */
public class PrivateJobRepository implements EnvironmentPostProcessor, Ordered {

    static final String H2_BIND_ADDRESS = "h2.bindAddress";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:") && System.getProperty(H2_BIND_ADDRESS) == null) {
            System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
        }
    }

    @Override
    public int getOrder() {
        return PrivateHome.ORDER + 1;
    }
}
