package org.passerelle.media;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Problems of multipart requests, raised by the container before any controller runs: too large
 * (413, saying the limit), malformed (400), and busy extraction (429 with Retry-After).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblems {

    private final MediaProperties properties;

    UploadProblems(MediaProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Upload too large",
                "Files of at most " + properties.maxUploadSize().toMegabytes()
                        + " MB are accepted (passerelle.media.max-upload-size).")
                .header(HttpHeaders.CONNECTION, "close").build();
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformed(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return tooLarge(tooLarge);
        }
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Malformed request",
                "The body is not a well-formed multipart/form-data upload.").build();
    }

    @ExceptionHandler(DocumentExtractor.Busy.class)
    ResponseEntity<ProblemDetail> busy(DocumentExtractor.Busy e) {
        return problem(e.status(), e.type(), e.title(), e.getMessage())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DocumentExtractor.Busy.RETRY_AFTER_SECONDS)).build();
    }

    private static Builder problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        return new Builder(status, problem);
    }

    private record Builder(HttpStatus status, ProblemDetail problem, HttpHeaders headers) {
        Builder(HttpStatus status, ProblemDetail problem) {
            this(status, problem, new HttpHeaders());
        }

        Builder header(String name, String value) {
            headers.add(name, value);
            return this;
        }

        ResponseEntity<ProblemDetail> build() {
            return ResponseEntity.status(status).headers(headers).body(problem);
        }
    }
}
