package org.oversight.publication.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oversight.dashboard.chart.ChartKit;
import org.oversight.dashboard.chart.ChartStyle;
import org.oversight.dashboard.chart.RenderedChart;
import org.oversight.publication.PublicFilter;
import org.oversight.publication.PublicItemDetail;
import org.oversight.publication.PublicPage;
import org.oversight.publication.PublicRegister;
import org.oversight.publication.PublicReport;
import org.oversight.publication.PublicSummary;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The public register's pages: search with filters, a page per report and per recommendation, summaries per force
 * and per watchdog, the accessibility statement and the privacy notice. Server-rendered with Thymeleaf (decision
 * 0007) in the GOV.UK Design System's markup, rendered once per change of the register and served from memory.
 */
@Controller
class PublicPagesController {

    static final String ASSETS = "/webjars/govuk-frontend/5.14.0/dist/govuk";
    static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final PublicRegister register;
    private final PublicPageCache cache;
    private final TemplateEngine templates;
    private final ChartKit charts;

    PublicPagesController(PublicRegister register, PublicPageCache cache, TemplateEngine templates, ChartKit charts) {
        this.register = register;
        this.cache = cache;
        this.templates = templates;
        this.charts = charts;
    }

    @GetMapping({"/public", "/public/"})
    ResponseEntity<byte[]> register(@RequestParam Map<String, String> params, HttpServletRequest request) {
        PublicFilter filter = register.filter(params);
        String key = "register:" + filter.parameters() + ":" + filter.page() + ":" + filter.notices();
        return cache.serve(key, HTML, () -> {
            PublicPage page = register.search(filter);
            Map<String, Object> model = new HashMap<>();
            model.put("page", page);
            model.put("filter", filter);
            model.put("params", filter.parameters());
            model.put("watchdogs", register.publishedWatchdogs());
            model.put("recipients", register.publishedRecipients());
            model.put("themes", register.snapshot().themes());
            model.put("years", register.years());
            model.put("statuses", Arrays.asList(Status.values()));
            model.put("kinds", Arrays.asList(RecommendationKind.values()));
            model.put("first", page.total() == 0 ? 0 : (page.page() - 1) * page.size() + 1);
            model.put("last", Math.min(page.page() * page.size(), page.total()));
            return render("register", "Public register of police recommendations", model, request);
        });
    }

    @GetMapping("/public/recommendations/{id}")
    ResponseEntity<byte[]> item(@PathVariable String id, HttpServletRequest request) {
        long itemId = PublicNotFound.id(id);
        return cache.serve("item:" + itemId, HTML, () -> {
            PublicItemDetail detail = register.item(itemId).orElseThrow(PublicNotFound::new);
            return render("item", detail.item().reportReference() + " " + detail.item().number() + " to "
                    + detail.item().recipientName(), Map.of("d", detail, "i", detail.item()), request);
        });
    }

    @GetMapping("/public/reports/{id}")
    ResponseEntity<byte[]> report(@PathVariable String id, HttpServletRequest request) {
        long reportId = PublicNotFound.id(id);
        return cache.serve("report:" + reportId, HTML, () -> {
            PublicReport report = register.report(reportId).orElseThrow(PublicNotFound::new);
            return render("report", report.title(), Map.of("r", report), request);
        });
    }

    @GetMapping("/public/forces/{code}")
    ResponseEntity<byte[]> force(@PathVariable String code, HttpServletRequest request) {
        return summary(register.recipientSummary(checked(code)), "force:" + code.toUpperCase(Locale.ROOT), request);
    }

    @GetMapping("/public/watchdogs/{code}")
    ResponseEntity<byte[]> watchdog(@PathVariable String code, HttpServletRequest request) {
        return summary(register.watchdogSummary(checked(code)), "watchdog:" + code.toUpperCase(Locale.ROOT), request);
    }

    private ResponseEntity<byte[]> summary(java.util.Optional<PublicSummary> found, String key, HttpServletRequest request) {
        PublicSummary s = found.orElseThrow(PublicNotFound::new);
        return cache.serve(key, HTML, () -> {
            RenderedChart chart = charts.svg(s.chart(), ChartStyle.Variant.LIGHT);
            Map<String, Object> model = new HashMap<>();
            model.put("s", s);
            model.put("chart", chart);
            model.put("chartTitle", s.watchdog() ? "Published recommendations by recipient and status"
                    : "Published recommendations by status");
            model.put("params", Map.of(s.watchdog() ? "watchdog" : "force", s.code()));
            return render("summary", s.name() + ": published recommendations", model, request);
        });
    }

    @GetMapping("/public/accessibility")
    ResponseEntity<byte[]> accessibility(HttpServletRequest request) {
        return cache.serve("accessibility", HTML, () -> render("accessibility", "Accessibility statement", Map.of(), request));
    }

    @GetMapping("/public/privacy")
    ResponseEntity<byte[]> privacy(HttpServletRequest request) {
        return cache.serve("privacy", HTML, () -> render("privacy", "Privacy notice", Map.of(), request));
    }

    @GetMapping("/public/open-data")
    ResponseEntity<byte[]> openData(HttpServletRequest request) {
        return cache.serve("open-data", HTML, () -> render("open-data", "Open data", Map.of(), request));
    }

    /** The register's own stylesheet (decision 0040: the system font stack instead of GDS Transport). */
    @GetMapping("/public/assets/public.css")
    ResponseEntity<byte[]> stylesheet() {
        return cache.serveBytes("public.css", new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8), () -> {
            try (var in = getClass().getResourceAsStream("/templates/public/public.css")) {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Any other address under /public: the register's own "Page not found", never the Vaadin application. */
    @GetMapping("/public/**")
    ResponseEntity<byte[]> elsewhere() {
        throw new PublicNotFound();
    }

    @ExceptionHandler(PublicNotFound.class)
    ResponseEntity<byte[]> notFound(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                .body(render("not-found", "Page not found", Map.of(), request).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Anything else that goes wrong: the register's own page with a 500 (Spring's /error would belong to the
     * application's chain and send a reader to the sign-in page).
     */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<byte[]> failed(RuntimeException e, HttpServletRequest request) {
        org.slf4j.LoggerFactory.getLogger(PublicPagesController.class).error("Public page {} failed", request.getRequestURI(), e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(HTML)
                .body(("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sorry, there is a problem "
                        + "with the service</title></head><body><h1>Sorry, there is a problem with the service</h1>"
                        + "<p>Try again later.</p></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String checked(String code) {
        if (code.length() > 40 || !code.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
            throw new PublicNotFound();
        }
        return code;
    }

    private String render(String template, String title, Map<String, Object> model, HttpServletRequest request) {
        Map<String, Object> vars = new LinkedHashMap<>(model);
        vars.put("title", title);
        vars.put("assets", request.getContextPath() + ASSETS);
        vars.put("h", new TemplateHelp(request.getContextPath()));
        vars.put("today", register.today());
        return templates.process("public/" + template, new Context(Locale.UK, vars));
    }

    static List<String> none() {
        return List.of();
    }
}
