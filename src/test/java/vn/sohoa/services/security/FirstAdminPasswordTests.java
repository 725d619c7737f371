package vn.sohoa.services.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import vn.sohoa.SampleScans;
import vn.sohoa.ServeProcess;
import vn.sohoa.faces.web.ServedSamples;
import vn.sohoa.faces.web.SignedInClient;

/**
 * The first admin's password is printed on the console of the first {@code sohoa serve}: the web
 * page makes its owner choose a new one before anything else, while scripts with HTTP Basic go on.
 */
class FirstAdminPasswordTests {

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theFirstAdminMustChooseANewPasswordOnTheWebWhileScriptsWork() throws Exception {
        Path home = SampleScans.newTempDir("sohoa-first-admin");
        try (ServeProcess serve = ServeProcess.start(home)) {
            Matcher printed = Pattern.compile("created user 'admin' \\(role ADMIN\\) with password (\\S+)").matcher(serve.output());
            assertThat(printed.find()).as(serve.output()).isTrue();
            String password = printed.group(1);

            SignedInClient browser = new SignedInClient(serve::url, null);
            browser.signIn("admin", password);
            for (String page : new String[] {"/", "/admin", "/batches"}) {
                HttpResponse<String> response = browser.get(page);
                assertThat(response.statusCode()).as(page).isEqualTo(302);
                assertThat(response.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/password");
            }
            assertThat(browser.get("/password").body()).contains("password-required");

            SignedInClient script = new SignedInClient(serve::url, null);
            assertThat(script.send("GET", "/api/audit", null, Map.of("Authorization", ServedSamples.basic("admin", password))).statusCode())
                    .as("a script with Basic on the API").isEqualTo(200);

            browser.takeCsrfTokenOf("/password");
            HttpResponse<String> weak = browser.postForm("/password", Map.of("current", password, "password", "matkhau123456",
                    "again", "matkhau123456"), true);
            assertThat(weak.statusCode()).isEqualTo(400);
            assertThat(weak.body()).contains("Mật khẩu quá dễ đoán");
            HttpResponse<String> changed = browser.postForm("/password", Map.of("current", password, "password", "Sông Hậu mùa nước nổi",
                    "again", "Sông Hậu mùa nước nổi"), true);
            assertThat(changed.statusCode()).isEqualTo(302);
            assertThat(browser.get("/admin").statusCode()).as("the pages open once a new password is chosen").isEqualTo(200);
        }
    }
}
