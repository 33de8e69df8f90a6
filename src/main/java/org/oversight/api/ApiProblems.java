package org.oversight.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details as the API answers them: a type naming the kind of problem, a title, the detail in words
 * a person reads, and, for input to correct, one message per field ({@code errors}).
 */
public final class ApiProblems {

    public static final String TYPE_BASE = "https://oversight-tracker.example/problems/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblems() {
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE_BASE + type));
        p.setTitle(title);
        return p;
    }

    public static ProblemDetail invalid(Map<String, String> fieldMessages) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", "Check what you sent",
                String.join(" ", fieldMessages.values()));
        p.setProperty("errors", fieldMessages);
        return p;
    }

    /** Writes a problem from a filter, before any controller runs. */
    static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"oversight-tracker\"");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
