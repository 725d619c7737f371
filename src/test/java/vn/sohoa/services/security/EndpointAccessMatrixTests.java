package vn.sohoa.services.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.sohoa.faces.web.ServedSamples;

/**
 * Every endpoint the server maps, with every role and with no credentials, over real HTTP. The
 * list of endpoints comes from Spring's handler mapping, so an endpoint added without a line in
 * {@link #WHO_MAY} fails this test (and, without a rule in WebSecurityConfiguration, is denied to all).
 */
class EndpointAccessMatrixTests extends ServedSamples {

    private static final String ANONYMOUS = "anonymous";
    private static final Set<String> EVERYONE = Set.of(ANONYMOUS, CLERK, STAFF, ADMIN);
    private static final Set<String> SIGNED_IN = Set.of(CLERK, STAFF, ADMIN);
    private static final Set<String> CLERKS = Set.of(CLERK, ADMIN);
    private static final Set<String> RECORDS_STAFF = Set.of(STAFF, ADMIN);
    private static final Set<String> ADMINS = Set.of(ADMIN);

    /** "METHOD pattern" of every endpoint → the users that may call it. */
    private static final Map<String, Set<String>> WHO_MAY = Map.ofEntries(
            Map.entry("GET /login", EVERYONE),
            Map.entry("GET /error", EVERYONE),
            Map.entry("GET /", CLERKS),
            Map.entry("GET /records/{id}", CLERKS),
            Map.entry("POST /records/{id}/reuse", CLERKS),
            Map.entry("GET /api/search", CLERKS),
            Map.entry("GET /api/records/{id}", CLERKS),
            Map.entry("GET /api/records/{id}/original", CLERKS),
            Map.entry("GET /api/records/{id}/text", CLERKS),
            Map.entry("GET /api/records/{id}/pdf", CLERKS),
            Map.entry("POST /api/records/{id}/reuse", CLERKS),
            Map.entry("GET /api/dossiers/{code}", CLERKS),
            Map.entry("GET /api/batches/{name}", RECORDS_STAFF),
            Map.entry("GET /review", RECORDS_STAFF),
            Map.entry("GET /review/{id}", RECORDS_STAFF),
            Map.entry("GET /review/{id}/scan", RECORDS_STAFF),
            Map.entry("POST /review/{id}/fields", RECORDS_STAFF),
            Map.entry("POST /review/{id}/checked", RECORDS_STAFF),
            Map.entry("GET /api/review", RECORDS_STAFF),
            Map.entry("PATCH /api/records/{id}/fields", RECORDS_STAFF),
            Map.entry("GET /batches", RECORDS_STAFF),
            Map.entry("POST /batches", RECORDS_STAFF),
            Map.entry("GET /batches/{name}", RECORDS_STAFF),
            Map.entry("POST /batches/{name}/digitize", RECORDS_STAFF),
            Map.entry("GET /batches/{name}/report.html", RECORDS_STAFF),
            Map.entry("GET /api/audit", ADMINS),
            Map.entry("GET /admin", ADMINS),
            Map.entry("POST /admin/jobs/{name}/run", ADMINS),
            Map.entry("GET /admin/fixity/{run}/report.html", ADMINS),
            Map.entry("GET /v3/api-docs", SIGNED_IN),
            Map.entry("GET /v3/api-docs.yaml", SIGNED_IN),
            Map.entry("GET /v3/api-docs/swagger-config", SIGNED_IN),
            Map.entry("GET /swagger-ui.html", SIGNED_IN),
            Map.entry("GET /password", SIGNED_IN),
            Map.entry("POST /password", SIGNED_IN));

    /** What to put for a path variable: values that exist nowhere, so nothing is changed by the walk. */
    private static final Map<String, String> SAMPLE_VALUES = Map.of("id", "000000000000000000000000", "name", "no-such-batch", "run", "2000-01-01T00-00-00Z",
            "code", "000.00.10.H01-250101-0001");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointHasARuleAndEveryRoleGetsExactlyWhatTheRuleSays() throws Exception {
        Set<String> endpoints = endpoints();
        assertThat(new TreeSet<>(endpoints)).as("endpoints without a line in WHO_MAY (add one, and a rule in WebSecurityConfiguration)")
                .isSubsetOf(WHO_MAY.keySet());
        assertThat(endpoints).as("WHO_MAY lines of endpoints that no longer exist").containsAll(WHO_MAY.keySet());

        List<String> wrong = new ArrayList<>();
        for (String user : List.of(ANONYMOUS, CLERK, STAFF, ADMIN)) {
            Client client = new Client(user);
            for (String endpoint : new TreeSet<>(endpoints)) {
                HttpResponse<String> response = client.call(endpoint);
                String outcome = outcome(endpoint, response);
                String expected = WHO_MAY.get(endpoint).contains(user) ? "allowed" : user.equals(ANONYMOUS) ? "sign-in asked" : "forbidden";
                if (!outcome.equals(expected)) {
                    wrong.add(user + " " + endpoint + ": expected " + expected + ", got " + outcome + " (" + response.statusCode() + ")");
                }
            }
        }
        assertThat(wrong).as("endpoints answering differently from their rule").isEmpty();
    }

    @Test
    void actuatorAndPathsNotMappedYetAreCoveredByRules() throws Exception {
        // Unmapped paths: the rules still decide who gets as far as the 404.
        Client anonymous = new Client(ANONYMOUS);
        Client clerk = new Client(CLERK);
        Client admin = new Client(ADMIN);
        assertThat(anonymous.call("GET /actuator/health").statusCode()).isEqualTo(200);
        assertThat(anonymous.call("GET /actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(clerk.call("GET /actuator/prometheus").statusCode()).isEqualTo(403);
        assertThat(admin.call("GET /actuator/prometheus").statusCode()).isEqualTo(200);
        assertThat(clerk.call("GET /actuator/metrics").statusCode()).isEqualTo(403);
        assertThat(admin.call("GET /actuator/metrics").statusCode()).isEqualTo(404);
        assertThat(clerk.call("GET /admin/jobs").statusCode()).isEqualTo(403);
        assertThat(anonymous.call("GET /css/sohoa.css").statusCode()).isEqualTo(200);
        assertThat(anonymous.call("GET /js/review.js").statusCode()).isEqualTo(200);
        // An unknown address is "not found" for anyone signed in (issue 16: it used to be 403), and asks a stranger to sign in.
        assertThat(admin.call("GET /not/mapped/anywhere").statusCode()).isEqualTo(404);
        assertThat(clerk.call("GET /not/mapped/anywhere").statusCode()).isEqualTo(404);
        assertThat(anonymous.call("GET /not/mapped/anywhere").statusCode()).isIn(401, 302);
        assertThat(new Client(STAFF).call("GET /swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    private String outcome(String endpoint, HttpResponse<String> response) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        if (status == 401 || (status == 302 && location.endsWith("/login"))) {
            return "sign-in asked";
        }
        if (status == 403) {
            return "forbidden";
        }
        return status >= 500 && !endpoint.endsWith(" /error") ? "server error" : "allowed";
    }

    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("GET " + pattern);   // any method: GET stands for them all
                }
                methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
            }
        }
        return endpoints;
    }

    /** One user's HTTP client: a session cookie and its CSRF token (from the sign-in page), then Basic on every call. */
    private final class Client {

        private final String user;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String csrfToken;

        Client(String user) throws Exception {
            this.user = user;
            String page = http.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            assertThat(token.find()).as("the sign-in page carries a CSRF token").isTrue();
            this.csrfToken = token.group(1);
        }

        HttpResponse<String> call(String endpoint) throws Exception {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            for (Map.Entry<String, String> value : SAMPLE_VALUES.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
            if (!user.equals(ANONYMOUS)) {
                request.header("Authorization", basic(user));
            }
            if ((method.equals("POST") || method.equals("PATCH")) && path.startsWith("/api/")) {
                // The session's CSRF token too, so that an anonymous caller meets the sign-in rule, not the CSRF check.
                request.header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrfToken)
                        .method(method, HttpRequest.BodyPublishers.ofString("{\"dossierCode\":\"x\"}"));
            } else if (method.equals("POST")) {
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + java.net.URLEncoder.encode(csrfToken, StandardCharsets.UTF_8)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

}
