package vn.sohoa.faces.api;

import vn.sohoa.services.records.ObjectNotAvailableException;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.sohoa.pipeline.archive.RecordNotFoundException;
import vn.sohoa.pipeline.index.IndexBusyException;
import vn.sohoa.model.InvalidDossierCodeException;
import vn.sohoa.services.search.InvalidSearchException;
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

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail recordNotFound(RecordNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "record-not-found", "Record not found", e.getMessage());
    }

    @ExceptionHandler(ObjectNotAvailableException.class)
    ProblemDetail objectNotAvailable(ObjectNotAvailableException e) {
        return problem(HttpStatus.NOT_FOUND, "not-available-yet", "Not available yet", e.getMessage());
    }

    @ExceptionHandler(ObjectNotFoundException.class)
    ProblemDetail objectNotFound(ObjectNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "object-not-found", "Object not found", e.getMessage());
    }

    @ExceptionHandler(BatchesApi.UnknownBatchException.class)
    ProblemDetail unknownBatch(BatchesApi.UnknownBatchException e) {
        return problem(HttpStatus.NOT_FOUND, "batch-not-found", "Batch not found", e.getMessage());
    }

    @ExceptionHandler(InvalidDossierCodeException.class)
    ProblemDetail invalidDossierCode(InvalidDossierCodeException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-dossier-code", "Invalid dossier code", e.getMessage());
    }

    @ExceptionHandler(InvalidSearchException.class)
    ProblemDetail invalidSearch(InvalidSearchException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-search", "Invalid search", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }

    @ExceptionHandler({IndexBusyException.class, StorageUnavailableException.class})
    ProblemDetail unavailable(RuntimeException e) {
        log.warn("Request failed, try again later: {}", e.toString());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://sohoa.local/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
