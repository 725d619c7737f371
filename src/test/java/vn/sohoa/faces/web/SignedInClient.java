package vn.sohoa.faces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP client as a browser is one: a session cookie and the CSRF token of the sign-in page;
 * signed in with HTTP Basic on each request ({@code user} null: nobody).
 */
public final class SignedInClient {

    private final Function<String, String> url;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String csrfToken;

    public SignedInClient(Function<String, String> url, String authorization) throws Exception {
        this.url = url;
        this.authorization = authorization;
        String page = http.send(HttpRequest.newBuilder(URI.create(url.apply("/login"))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the sign-in page carries a CSRF token").isTrue();
        this.csrfToken = token.group(1);
    }

    /** Takes the CSRF token of the form on {@code path} (signing in replaces the session's token). */
    public void takeCsrfTokenOf(String path) throws Exception {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(path).body());
        assertThat(token.find()).as(path + " carries a CSRF token").isTrue();
        csrfToken = token.group(1);
    }

    /** Signs in on the form: from then on the session cookie speaks for this client. Returns the answer (a redirect). */
    public HttpResponse<String> signIn(String user, String password) throws Exception {
        return postForm("/login", Map.of("username", user, "password", password), true);
    }

    /** Any request, with this client's cookies (and Basic header, if it has one) and {@code headers}. */
    public HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = builder(path).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A multipart POST of {@code files} (name → bytes) and the batch name, with or without the CSRF token. */
    public HttpResponse<String> upload(String path, String batchName, Map<String, byte[]> files, boolean withCsrf) throws Exception {
        String boundary = "----sohoa" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (withCsrf) {
            field(body, boundary, "_csrf", csrfToken);
        }
        field(body, boundary, "name", batchName);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A form POST with the CSRF token. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields, boolean withCsrf) throws Exception {
        StringBuilder form = new StringBuilder(withCsrf ? "_csrf=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8) : "");
        fields.forEach((k, v) -> form.append(form.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return http.send(builder(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url.apply(path)));
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) throws IOException {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
