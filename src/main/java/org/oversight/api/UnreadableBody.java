package org.oversight.api;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON body that cannot be read as the endpoint's record: 400, naming the field that could not be read where the
 * parser knows it ("kind": "“REVIEW” is not one of INSPECTION, ..."), so that the caller can correct it.
 */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static ProblemDetail problem(Throwable cause) {
        ProblemDetail p = ApiProblems.problem(HttpStatus.BAD_REQUEST, "unreadable", "The body cannot be read",
                "The request body is not JSON of the expected shape. Check it against the API document (/v3/api-docs/api).");
        JacksonException j = withPath(cause);
        if (j != null) {
            String field = j.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
                    .collect(Collectors.joining("."));
            Class<?> type = j instanceof MismatchedInputException m ? m.getTargetType() : null;
            p.setProperty("errors", Map.of(field, message(type)));
            p.setDetail(p.getDetail() + " The field " + field + " could not be read: " + message(type));
        }
        return p;
    }

    /** The first exception in the chain that knows which field it was reading. */
    private static JacksonException withPath(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JacksonException j && !j.getPath().isEmpty()) {
                return j;
            }
        }
        return null;
    }

    private static String message(Class<?> type) {
        if (type == null) {
            return "Check its value against the API document.";
        }
        if (type.isEnum()) {
            return "Send one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", ")) + ".";
        }
        if (type == LocalDate.class) {
            return "Send a date in the form 2026-03-31.";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "Send true or false.";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "Send a whole number.";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "Send a list, such as [1, 2].";
        }
        return "Check its value against the API document.";
    }
}
