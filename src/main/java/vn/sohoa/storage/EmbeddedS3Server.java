package vn.sohoa.storage;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An S3 protocol server (S3Proxy, filesystem backend) started in-process on 127.0.0.1 when no
 * endpoint is configured. It is a real HTTP S3 server, so the rest of Sohoa talks to it exactly
 * as to a MinIO cluster; only this class knows it is local.
 */
public final class EmbeddedS3Server implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedS3Server.class);

    private final S3Proxy proxy;

    private EmbeddedS3Server(S3Proxy proxy) {
        this.proxy = proxy;
    }

    /** Starts a server storing objects under {@code baseDir}, on a free loopback port. */
    public static EmbeddedS3Server start(Path baseDir, String accessKey, String secretKey) {
        return start(baseDir, accessKey, secretKey, 0);
    }

    /** Starts a server on the given loopback port (0: any free port). */
    public static EmbeddedS3Server start(Path baseDir, String accessKey, String secretKey, int port) {
        try {
            Files.createDirectories(baseDir);
            Properties props = new Properties();
            props.setProperty("jclouds.filesystem.basedir", baseDir.toAbsolutePath().toString());
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(BlobStores.create("filesystem", props))
                    .endpoint(URI.create("http://127.0.0.1:" + port))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                    .build();
            proxy.start();
            waitUntilStarted(proxy);
            log.info("Embedded S3 server on 127.0.0.1:{}, files under {}", proxy.getPort(), baseDir);
            return new EmbeddedS3Server(proxy);
        } catch (Exception e) {
            throw new StorageException("Could not start the embedded S3 server under " + baseDir, null, e);
        }
    }

    private static void waitUntilStarted(S3Proxy proxy) throws InterruptedException {
        for (int i = 0; i < 200 && !"STARTED".equals(proxy.getState()); i++) {
            Thread.sleep(25);
        }
    }

    public int port() {
        return proxy.getPort();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
