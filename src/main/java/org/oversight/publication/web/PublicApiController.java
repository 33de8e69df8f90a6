package org.oversight.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oversight.base.i18n.Language;
import org.oversight.publication.PublicFilter;
import org.oversight.publication.PublicItemDetail;
import org.oversight.publication.PublicPage;
import org.oversight.publication.PublicRegister;
import org.oversight.publication.PublicReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public register's read-only JSON API, version 1. The same published, redacted items as the pages, from the
 * same snapshot; answers cached per change of the register with ETag and Last-Modified.
 */
@RestController
@Tag(name = "Public register", description = "Published police recommendations, their status and published responses")
class PublicApiController {

    static final String V1 = "/public/api/v1";

    private final PublicRegister register;
    private final PublicPageCache cache;
    private final JsonMapper json;

    PublicApiController(PublicRegister register, PublicPageCache cache, JsonMapper json) {
        this.register = register;
        this.cache = cache;
        this.json = json;
    }

    @GetMapping(value = V1 + "/recommendations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Published recommendations, one per recipient, newest report first",
            description = "Filter values that mean nothing are ignored and named in `notices`; `size` is capped at 100.", // i18n-ok: for programmers
            responses = @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ApiPage.class))))
    ResponseEntity<byte[]> list(
            @Parameter(description = "watchdog code, e.g. HMICFRS") @RequestParam(required = false) String watchdog,
            @Parameter(description = "recipient code, e.g. SURREY") @RequestParam(required = false) String force,
            @Parameter(description = "status, e.g. IN_PROGRESS") @RequestParam(required = false) String status,
            @Parameter(description = "kind, e.g. LEARNING_RECOMMENDATION") @RequestParam(required = false) String kind,
            @Parameter(description = "theme code") @RequestParam(required = false) String theme,
            @Parameter(description = "year the report was published") @RequestParam(required = false) String year,
            @Parameter(description = "words to search for") @RequestParam(required = false) String q,
            @Parameter(description = "page, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "items a page, 1 to 100 (default 20)") @RequestParam(required = false) String size) {
        Map<String, String> raw = new LinkedHashMap<>();
        put(raw, "watchdog", watchdog);
        put(raw, "force", force);
        put(raw, "status", status);
        put(raw, "kind", kind);
        put(raw, "theme", theme);
        put(raw, "year", year);
        put(raw, "q", q);
        put(raw, "page", page);
        put(raw, "size", size);
        PublicFilter filter = Language.ENGLISH.speak(() -> register.filter(raw)); // the API answers in English (0090)
        return cache.serveBytes("api:list:" + filter.parameters() + ":" + filter.page() + ":" + filter.notices(),
                MediaType.APPLICATION_JSON, () -> {
                    PublicPage p = register.search(filter);
                    return json.writeValueAsBytes(new ApiPage(p.items(), p.total(), p.page(), p.size(), p.pages(), filter.notices()));
                });
    }

    @GetMapping(value = V1 + "/recommendations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One published recommendation to one recipient, with its status history and published responses",
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicItemDetail.class))),
                    @ApiResponse(responseCode = "404", description = "No published recommendation has this identifier",
                            content = @Content(schema = @Schema(implementation = ApiError.class)))})
    ResponseEntity<byte[]> item(@PathVariable String id) {
        long itemId = PublicNotFound.id(id);
        return cache.serveBytes("api:item:" + itemId, MediaType.APPLICATION_JSON,
                () -> json.writeValueAsBytes(register.item(itemId).orElseThrow(PublicNotFound::new)));
    }

    @GetMapping(value = V1 + "/reports/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One published report with its published recommendations",
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicReport.class))),
                    @ApiResponse(responseCode = "404", description = "No published report has this identifier",
                            content = @Content(schema = @Schema(implementation = ApiError.class)))})
    ResponseEntity<byte[]> report(@PathVariable String id) {
        long reportId = PublicNotFound.id(id);
        return cache.serveBytes("api:report:" + reportId, MediaType.APPLICATION_JSON,
                () -> json.writeValueAsBytes(register.report(reportId).orElseThrow(PublicNotFound::new)));
    }

    @ExceptionHandler(PublicNotFound.class)
    ResponseEntity<ApiError> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(404, "Nothing published has this identifier.")); // i18n-ok: the API answers in English
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ApiError> failed(RuntimeException e) {
        org.slf4j.LoggerFactory.getLogger(PublicApiController.class).error("Public API answer failed", e); // i18n-ok: for programmers
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(500, "Sorry, there is a problem with the service. Try again later.")); // i18n-ok: the API answers in English
    }

    private static void put(Map<String, String> raw, String name, String value) {
        if (value != null) {
            raw.put(name, value);
        }
    }
}
