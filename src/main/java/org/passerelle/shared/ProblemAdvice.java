package org.passerelle.shared;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into an RFC 9457 problem. Spring's own exceptions keep their status (400, 404,
 * 405, 406, 415...) but never leak a stack trace or a parser's internals.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    static URI typeUri(String type) {
        return URI.create("/problems/" + type);
    }

    static ProblemDetail problem(ApiProblem problem) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
        detail.setType(typeUri(problem.type()));
        detail.setTitle(problem.title());
        if (!problem.errors().isEmpty()) {
            detail.setProperty("errors", problem.errors());
        }
        return detail;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> onApiProblem(ApiProblem problem) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status());
        if (problem.status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.body(problem(problem));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> onTypeMismatch(MethodArgumentTypeMismatchException e) {
        return onApiProblem(ApiProblem.badRequest("Parameter '" + e.getName() + "' has an invalid value."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> onUnexpected(Exception e) {
        log.error("Unexpected failure", e);
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed. It has been logged.");
        detail.setType(typeUri("internal"));
        detail.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(detail);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof ApiProblem problem) {
            return new ResponseEntity<>(problem(problem), problem.status());
        }
        ProblemDetail detail = problem(ApiProblem.badRequest(
                "The body is not well-formed JSON (or not valid UTF-8)."));
        return new ResponseEntity<>(detail, HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        // Spring's defaults have type about:blank; give them ours so clients can switch on type alone.
        if (body instanceof ProblemDetail detail
                && (detail.getType() == null || URI.create("about:blank").equals(detail.getType()))) {
            detail.setType(typeUri(HttpStatus.valueOf(statusCode.value()).name().toLowerCase().replace('_', '-')));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

}
