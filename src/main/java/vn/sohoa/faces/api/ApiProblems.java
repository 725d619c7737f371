package vn.sohoa.faces.api;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.sohoa.faces.http.RefusalMessages;
import vn.sohoa.failure.Refusal;
import vn.sohoa.storage.ObjectNotFoundException;
import vn.sohoa.storage.StorageUnavailableException;

/**
 * Every API error as an RFC 9457 problem detail with a clear message; the {@code type} names the
 * kind of problem so that scripts need not parse the text. Spring's own errors (missing or
 * malformed parameters, unknown paths) come out the same way through the base class.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Map<Refusal.Kind, String> TITLES = new EnumMap<>(Map.of(
            Refusal.Kind.BAD_ARGUMENT, "Invalid request", Refusal.Kind.NOT_FOUND, "Not found",
            Refusal.Kind.REFUSED, "Refused", Refusal.Kind.CONFLICT, "Conflict", Refusal.Kind.FORBIDDEN, "Forbidden",
            Refusal.Kind.TOO_LARGE, "Too large", Refusal.Kind.UNAVAILABLE, "Temporarily unavailable"));

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final RefusalMessages refusals;

    ApiProblems(RefusalMessages refusals) {
        this.refusals = refusals;
    }

    /**
     * Every refusal from the one table: its kind's status, its code as the problem type, the
     * English message as {@code detail} (stable for scripts) and, where the bundles have it, the
     * same in the caller's language (Vietnamese unless asked otherwise) as {@code message}.
     */
    @ExceptionHandler(Refusal.class)
    ProblemDetail refused(Refusal e) {
        if (e.kind() == Refusal.Kind.UNAVAILABLE) {
            log.warn("Request failed, try again later: {}", e.toString());
        }
        ProblemDetail problem = problem(HttpStatus.valueOf(e.kind().httpStatus()), e.code(), TITLES.get(e.kind()), e.getMessage());
        refusals.find(e, LocaleContextHolder.getLocale()).ifPresent(text -> problem.setProperty("message", text));
        return problem;
    }

    /** An object record.json lists but the store lost: the fixity check will name it too. */
    @ExceptionHandler(ObjectNotFoundException.class)
    ProblemDetail objectNotFound(ObjectNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "object-not-found", "Object not found", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }

    @ExceptionHandler(StorageUnavailableException.class)
    ProblemDetail unavailable(StorageUnavailableException e) {
        log.warn("Request failed, try again later: {}", e.toString());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", TITLES.get(Refusal.Kind.UNAVAILABLE), e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://sohoa.local/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
