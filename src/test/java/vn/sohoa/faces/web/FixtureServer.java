package vn.sohoa.faces.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sohoa.SampleScans;
import vn.sohoa.SohoaApplication;
import vn.sohoa.services.security.Role;
import vn.sohoa.services.security.UserAccounts;

/**
 * The web server as {@code sohoa serve} runs it (embedded S3 server, Lucene, H2), on a home of its
 * own, for tests that write records of their own into the bucket (the review tests'
 * {@code ReviewFixtures}): kept apart from {@link ServedSamples}, whose tests count the samples.
 * The same accounts and password as there.
 */
@SpringBootTest(classes = SohoaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class FixtureServer {

    private static final Path home = SampleScans.newTempDir("sohoa-fixture-home");

    public static final String CLERK = ServedSamples.CLERK, STAFF = ServedSamples.STAFF, ADMIN = ServedSamples.ADMIN;
    public static final String PASSWORD = ServedSamples.PASSWORD;

    @LocalServerPort
    protected int port;

    @Autowired
    protected UserAccounts accounts;

    @BeforeEach
    protected void accounts() {
        if (accounts.find(CLERK).isEmpty()) {
            accounts.add(CLERK, Set.of(Role.CLERK), PASSWORD);
            accounts.add(STAFF, Set.of(Role.RECORDS_STAFF), PASSWORD);
            accounts.add(ADMIN, Set.of(Role.ADMIN), PASSWORD);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sohoa.home", home::toString);
    }

    public static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
