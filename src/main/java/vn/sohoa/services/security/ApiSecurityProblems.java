package vn.sohoa.services.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 of the API as RFC 9457 problem details, like every other API error. The 401 names
 * the Basic scheme so that scripts know what to send.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    ApiSecurityProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            // Too many failures: say when to come back, and make no bcrypt worth trying until then.
            response.setHeader("Retry-After", Long.toString(Math.max(1, throttled.remaining().toSeconds())));
            write(response, HttpStatus.TOO_MANY_REQUESTS, "sign-in-locked", "Too many failed sign-ins", e.getMessage());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Sohoa\", charset=\"UTF-8\"");
        write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Sign-in required",
                "Send the user name and password of a Sohoa account (HTTP Basic)");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                "Your account's roles do not allow " + request.getMethod() + " " + request.getRequestURI());
    }

    private void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://sohoa.local/problems/" + type));
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
