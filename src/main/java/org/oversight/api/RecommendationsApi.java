package org.oversight.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.actionplan.NewUpdate;
import org.oversight.actionplan.ProgressService;
import org.oversight.base.DateWindow;
import org.oversight.base.InvalidInputException;
import org.oversight.base.Text;
import org.oversight.deadline.ClockService;
import org.oversight.deadline.ItemClocks;
import org.oversight.recommendation.RecommendationDetail;
import org.oversight.recommendation.RecommendationRegister;
import org.oversight.recommendation.ReferenceData;
import org.oversight.recommendation.RegisterFilter;
import org.oversight.recommendation.RegisterRow;
import org.oversight.recommendation.SortBy;
import org.oversight.recommendation.StatusHistoryEntry;
import org.oversight.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The register: one recipient's copy of a recommendation (a tracked item), its history, its clocks, updates posted
 * on it and completion claims. The same services as the register and detail screens.
 */
@RestController
@RequestMapping("/api/v1/recommendations")
@Tag(name = "Recommendations", description = "Tracked recommendations (one per recipient), their clocks, updates and completion claims")
class RecommendationsApi {

    private final RecommendationRegister register;
    private final ClockService clocks;
    private final ProgressService progress;
    private final CurrentUser currentUser;
    private final DateWindow dates;
    private final Idempotency idempotency;
    private final ReferenceData reference;

    RecommendationsApi(RecommendationRegister register, ClockService clocks, ProgressService progress,
                       CurrentUser currentUser, java.time.Clock clock, Idempotency idempotency, ReferenceData reference) {
        this.idempotency = idempotency;
        this.reference = reference;
        this.register = register;
        this.clocks = clocks;
        this.progress = progress;
        this.currentUser = currentUser;
        this.dates = DateWindow.standard(clock);
    }

    /** A tracked item with its dated status history. */
    record RecommendationView(RecommendationDetail item, List<StatusHistoryEntry> history) {
    }

    @GetMapping
    @Operation(summary = "The tracked recommendations the caller may see, oldest first; filters as the register's links (docs/register-links.md)")
    ApiPage<RegisterRow> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
                              @RequestParam(required = false) String watchdog, @RequestParam(required = false) String force,
                              @RequestParam(required = false) String status, @RequestParam(required = false) String kind,
                              @RequestParam(required = false) String theme, @RequestParam(required = false) String priority,
                              @RequestParam(required = false) String overdue, @RequestParam(required = false) String dueWithin,
                              @RequestParam(required = false) String publishedFrom,
                              @RequestParam(required = false) String publishedTo, @RequestParam(required = false) String q) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        put(params, RegisterFilter.WATCHDOG, watchdog);
        put(params, RegisterFilter.FORCE, force);
        put(params, RegisterFilter.STATUS, status);
        put(params, RegisterFilter.KIND, kind);
        put(params, RegisterFilter.THEME, theme);
        put(params, RegisterFilter.PRIORITY, priority);
        put(params, RegisterFilter.OVERDUE, overdue);
        put(params, RegisterFilter.DUE_WITHIN, dueWithin);
        put(params, RegisterFilter.PUBLISHED_FROM, publishedFrom);
        put(params, RegisterFilter.PUBLISHED_TO, publishedTo);
        put(params, RegisterFilter.Q, q);
        List<String> problems = new ArrayList<>();
        RegisterFilter filter = RegisterFilter.parse(params, dates, problems::add);
        if (filter.namesCodes()) {
            filter = filter.withKnownCodes(reference.known(), problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("filter", String.join(" ", problems));
        }
        int offset = ApiPage.offset(cursor);
        int size = ApiPage.limit(limit);
        return ApiPage.of(register.page(filter, offset, size + 1, List.of(SortBy.asc("id"))), offset, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A tracked recommendation with its status history")
    RecommendationView get(@PathVariable long id) {
        RecommendationDetail item = ApiNotFound.unless(register.detail(id), "recommendation", id);
        return new RecommendationView(item, register.history(id));
    }

    @GetMapping("/{id}/clocks")
    @Operation(summary = "The statutory clocks of a tracked recommendation: due dates, extensions, pauses, milestones")
    ItemClocks clocks(@PathVariable long id) {
        ApiNotFound.unless(register.detail(id), "recommendation", id);
        return ApiNotFound.unlessRefused(() -> clocks.clocksOf(id), "recommendation", id);
    }

    /** What a POST of an update made. */
    record Created(long id) {
    }

    @PostMapping(path = "/{id}/updates", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Post a progress update on the recommendation itself, with evidence files (force and national leads)")
    ResponseEntity<Created> postUpdate(@PathVariable long id, @RequestHeader(Idempotency.HEADER) String idempotencyKey,
                                       @RequestParam(name = "body", required = false) String body,
                                       @RequestParam(name = "evidenceDate", required = false) String evidenceDate,
                                       @RequestParam(name = "expiresOn", required = false) String expiresOn,
                                       @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        ApiNotFound.unless(register.detail(id), "recommendation", id);
        NewUpdate update = new NewUpdate(body, null, date("evidenceDate", evidenceDate), date("expiresOn", expiresOn),
                Uploads.of(files));
        long updateId = idempotency.run(currentUser.require(), idempotencyKey,
                Arrays.asList(id, body, evidenceDate, expiresOn, files), key -> progress.postItemUpdate(id, update, key));
        return ResponseEntity.created(URI.create("/api/v1/recommendations/" + id)).body(new Created(updateId));
    }

    @PostMapping(path = "/{id}/completion-claims", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Report the recommendation implemented, with a summary and evidence (force and national leads); "
            + "version is the item's version as last read")
    ResponseEntity<RecommendationView> claimComplete(@PathVariable long id,
                                                     @RequestHeader(Idempotency.HEADER) String idempotencyKey,
                                                     @RequestParam(name = "summary", required = false) String summary,
                                                     @RequestParam(name = "version") String version,
                                                     @RequestParam(name = "evidenceDate", required = false) String evidenceDate,
                                                     @RequestParam(name = "expiresOn", required = false) String expiresOn,
                                                     @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        ApiNotFound.unless(register.detail(id), "recommendation", id);
        int expected;
        try {
            expected = Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "The version must be the whole number read with the recommendation.");
        }
        NewUpdate claim = new NewUpdate(summary, null, date("evidenceDate", evidenceDate), date("expiresOn", expiresOn),
                Uploads.of(files));
        idempotency.run(currentUser.require(), idempotencyKey,
                Arrays.asList(id, summary, version, evidenceDate, expiresOn, files), key -> {
                    progress.claimComplete(id, claim, expected, key);
                    return id;
                });
        return ResponseEntity.created(URI.create("/api/v1/recommendations/" + id)).body(get(id));
    }

    static LocalDate date(String field, String value) {
        if (Text.isBlank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, "Enter the " + field + " as a date in the form 2026-03-31.");
        }
    }

    private static void put(Map<String, List<String>> params, String name, String value) {
        if (!Text.isBlank(value)) {
            params.put(name, Arrays.asList(value));
        }
    }
}
