package vn.sohoa.services.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import vn.sohoa.SohoaProcess;
import vn.sohoa.faces.web.ServedSamples;
import vn.sohoa.faces.web.SignedInClient;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.audit.AuditAction;
import vn.sohoa.services.audit.AuditEvent;
import vn.sohoa.services.audit.AuditQuery;
import vn.sohoa.services.audit.AuditTrail;

/**
 * Signing in on a shared server, over real HTTP: guessing is throttled, logged and audited; a
 * disabled account's open session ends at its next request; only a request that signs in with
 * Basic itself skips the CSRF check; every answer carries a Content-Security-Policy and no referrer.
 */
class SignInProtectionTests extends ServedSamples {

    @Autowired
    AuditTrail audit;

    @Test
    void seventyFiveWrongPasswordsLockTheAccountSoTheRightOneDoesNotSignInAndEveryFailureIsLoggedAndAudited() throws Exception {
        account("brute");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger logger = (Logger) LoggerFactory.getLogger(ThrottledSignIn.class);
        logger.addAppender(log);
        SignedInClient script = new SignedInClient(this::url, null);
        int refused = 0;
        try {
            for (int i = 0; i < 75; i++) {
                HttpResponse<String> wrong = script.send("GET", "/api/search?q=x", null, Map.of("Authorization", basic("brute", "sai-" + i)));
                assertThat(wrong.statusCode()).isIn(401, 429);
                refused += wrong.statusCode() == 429 ? 1 : 0;
            }
        } finally {
            logger.detachAppender(log);
        }
        assertThat(refused).as("attempts refused without looking at the password").isEqualTo(70);

        HttpResponse<String> right = script.send("GET", "/api/search?q=x", null, Map.of("Authorization", basic("brute")));
        assertThat(right.statusCode()).as("the right password, during the lock").isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(right.body()).contains("sign-in-locked");
        SignedInClient person = new SignedInClient(this::url, null);
        assertThat(person.signIn("brute", PASSWORD).headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
        assertThat(person.get("/login?locked").body()).contains("Đăng nhập sai quá nhiều lần");

        List<AuditEvent> failures = audit.find(Actor.cli(), new AuditQuery("brute", null, null, null, 1000)).stream()
                .filter(e -> e.action() == AuditAction.SIGN_IN_FAILED).toList();
        assertThat(failures).hasSize(5);
        assertThat(failures).allMatch(e -> e.from().equals("127.0.0.1") && e.channel().equals("api"));
        assertThat(failures.get(4).detail()).contains("wrong user name or password").contains("locked for 30 s");
        assertThat(log.list).filteredOn(e -> e.getFormattedMessage().contains("Failed sign-in of 'brute' from 127.0.0.1")).hasSize(5);
    }

    @Test
    void aDisabledAccountsOpenSessionEndsAtItsNextRequest() throws Exception {
        account("leaver");
        String id = idOf("ho-kinh-doanh.jpg");
        SignedInClient browser = new SignedInClient(this::url, null);
        assertThat(browser.signIn("leaver", PASSWORD).headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(browser.get("/api/records/" + id + "/original").statusCode()).isEqualTo(200);

        // As an admin does it: sohoa user disable, another process writing the users file.
        Path output = Files.createTempFile("disable", ".log");
        Process disable = SohoaProcess.start(home(), output, "user", "disable", "leaver");
        assertThat(disable.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(disable.exitValue()).as(Files.readString(output)).isZero();

        assertThat(browser.get("/api/records/" + id + "/original").statusCode()).as("the same session, a moment later").isEqualTo(401);
        HttpResponse<String> page = browser.get("/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(audit.find(Actor.cli(), new AuditQuery("leaver", null, null, null, 100))).extracting(AuditEvent::action)
                .contains(AuditAction.SESSION_ENDED);
    }

    @Test
    void onlyARequestThatSignsInWithBasicItselfSkipsTheCsrfCheck() throws Exception {
        account("reuser");
        String id = idOf("quyet-dinh-cap-phep.pdf"); // no other test counts its reuses
        String reuse = "/api/records/" + id + "/reuse";
        Map<String, String> json = Map.of("Content-Type", "application/json");
        SignedInClient browser = new SignedInClient(this::url, null);
        browser.signIn("reuser", PASSWORD);

        HttpResponse<String> otherScheme = browser.send("POST", reuse, "{\"dossierCode\":\"000.00.10.H01-250401-0031\"}",
                Map.of("Content-Type", "application/json", "Authorization", "Bearer anything"));
        assertThat(otherScheme.statusCode()).as("a session cookie with a header of another kind, no token").isEqualTo(403);
        HttpResponse<String> wrongBasic = browser.send("POST", reuse, "{\"dossierCode\":\"000.00.10.H01-250401-0032\"}",
                Map.of("Content-Type", "application/json", "Authorization", basic("reuser", "not-the-password")));
        assertThat(wrongBasic.statusCode()).as("wrong Basic credentials: the cookie does not stand in").isEqualTo(401);
        HttpResponse<String> noHeader = browser.send("POST", reuse, "{\"dossierCode\":\"000.00.10.H01-250401-0033\"}", json);
        assertThat(noHeader.statusCode()).isEqualTo(403);

        SignedInClient script = new SignedInClient(this::url, null);
        HttpResponse<String> basic = script.send("POST", reuse, "{\"dossierCode\":\"000.00.10.H01-250401-0034\"}",
                Map.of("Content-Type", "application/json", "Authorization", basic("reuser")));
        assertThat(basic.statusCode()).as("a script with Basic").isIn(200, 201);
        assertThat(basic.headers().allValues("Set-Cookie")).as("no session for a script").isEmpty();
        assertThat(audit.find(Actor.cli(), new AuditQuery("reuser", id, null, null, 100))).extracting(AuditEvent::detail)
                .anyMatch(d -> d.contains("0034")).noneMatch(d -> d.contains("0031") || d.contains("0032") || d.contains("0033"));
    }

    @Test
    void everyAnswerCarriesAContentSecurityPolicyAndNoReferrer() throws Exception {
        SignedInClient clerk = new SignedInClient(this::url, basic(CLERK));
        for (String path : List.of("/", "/records/" + idOf("thong-bao.png"), "/api/search?q=x", "/login")) {
            HttpResponse<String> response = clerk.get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'self'");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        }
        SignedInClient staff = new SignedInClient(this::url, basic(STAFF));
        samples();
        assertThat(staff.get("/batches/" + BATCH + "/report.html").headers().allValues("Content-Security-Policy"))
                .as("a stored report keeps its stricter policy").containsExactly("default-src 'none'; style-src 'unsafe-inline'");
    }

    private void account(String name) {
        if (accounts.find(name).isEmpty()) {
            accounts.add(name, Set.of(Role.CLERK), PASSWORD);
        }
    }
}
