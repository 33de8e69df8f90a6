package org.oversight.api;

import org.oversight.base.ConcurrentEditException;
import org.oversight.base.DatabaseOutage;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The app's refusals as RFC 9457 problem details, for the API's controllers only: field messages (422), a rule
 * that says no (409), someone saved first (409) or at the same moment (409, to be sent again), not allowed (403), nothing there that the caller can see (404).
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return ApiProblems.invalid(e.fieldMessages());
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail rule(RuleViolationException e) {
        return ApiProblems.problem(HttpStatus.CONFLICT, "rule", "Not possible now", e.getMessage());
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ProblemDetail concurrent(ConcurrentEditException e) {
        return ApiProblems.problem(HttpStatus.CONFLICT, "changed-by-someone-else", "Changed by someone else", e.getMessage());
    }

    /** Another save held the same rows (a lock not had in time, a deadlock the database broke): nothing was saved. */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ProblemDetail savedAtOnce(PessimisticLockingFailureException e) {
        return ApiProblems.problem(HttpStatus.CONFLICT, "saved-at-the-same-time", "Saved by someone else at the same moment",
                DatabaseOutage.message(e));
    }

    @ExceptionHandler(Idempotency.KeyReused.class)
    ProblemDetail keyReused(Idempotency.KeyReused e) {
        return ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                "Idempotency-Key already used for another request", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return ApiProblems.problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", e.getMessage());
    }

    @ExceptionHandler(ApiNotFound.class)
    ProblemDetail notFound(ApiNotFound e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badArgument(MethodArgumentTypeMismatchException e) {
        return ApiProblems.invalid(java.util.Map.of(e.getName(), "\"" + e.getValue() + "\" is not a valid " + e.getName() + "."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(UnreadableBody.problem(ex));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Object> missingHeader(MissingRequestHeaderException ex) {
        String detail = Idempotency.HEADER.equalsIgnoreCase(ex.getHeaderName())
                ? "Send an Idempotency-Key header with every POST: a value you make up (such as a UUID) and send again "
                  + "unchanged if you retry, so that a retry never creates twice."
                : "The header " + ex.getHeaderName() + " is missing.";
        return ResponseEntity.badRequest().body(ApiProblems.problem(HttpStatus.BAD_REQUEST, "missing-header",
                "A header is missing", detail));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE,
                "too-large", "The request is too large", "The upload is over the size limit."));
    }
}
