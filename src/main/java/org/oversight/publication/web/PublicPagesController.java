package org.oversight.publication.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.oversight.dashboard.chart.ChartKit;
import org.oversight.dashboard.chart.ChartStyle;
import org.oversight.dashboard.chart.RenderedChart;
import org.oversight.publication.PublicFilter;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import org.oversight.publication.PublicItem;
import org.oversight.publication.PublicItemDetail;
import org.oversight.publication.PublicPage;
import org.oversight.publication.PublicRegister;
import org.oversight.publication.PublicReport;
import org.oversight.publication.PublicSummary;
import org.oversight.recommendation.KindLabels;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.Status;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.TemplateEngine;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.context.Context;

/**
 * The public register's pages: search with filters, a page per report and per recommendation, summaries per force
 * and per watchdog, the accessibility statement and the privacy notice. Server-rendered with Thymeleaf (decision
 * 0007) in the GOV.UK Design System's markup, rendered once per change of the register and served from memory.
 */
@Controller
class PublicPagesController {

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
            return render("register", Messages.t("publication.public.register.page-title"), model,
                    h -> h.url("/public", filter.parameters(), filter.page()), request);
        });
    }

    @GetMapping("/public/recommendations/{id}")
    ResponseEntity<byte[]> item(@PathVariable String id, HttpServletRequest request) {
        long itemId = PublicNotFound.id(id);
        return cache.serve("item:" + itemId, HTML, () -> {
            PublicItemDetail detail = register.item(itemId).orElseThrow(PublicNotFound::new);
            PublicItem i = detail.item();
            return render("item", Messages.t("publication.public.register.item-title", i.reportReference(),
                    KindLabels.reference(i.kind(), i.number()), i.recipientName()), Map.of("d", detail, "i", i),
                    h -> h.url("/public/recommendations/" + itemId), request);
        });
    }

    @GetMapping("/public/reports/{id}")
    ResponseEntity<byte[]> report(@PathVariable String id, HttpServletRequest request) {
        long reportId = PublicNotFound.id(id);
        return cache.serve("report:" + reportId, HTML, () -> {
            PublicReport report = register.report(reportId).orElseThrow(PublicNotFound::new);
            return render("report", report.title(), Map.of("r", report), h -> h.url("/public/reports/" + reportId), request);
        });
    }

    @GetMapping("/public/forces/{code}")
    ResponseEntity<byte[]> force(@PathVariable String code, HttpServletRequest request) {
        return summary(register.recipientSummary(checked(code)), "/public/forces/", request);
    }

    @GetMapping("/public/watchdogs/{code}")
    ResponseEntity<byte[]> watchdog(@PathVariable String code, HttpServletRequest request) {
        return summary(register.watchdogSummary(checked(code)), "/public/watchdogs/", request);
    }

    private ResponseEntity<byte[]> summary(java.util.Optional<PublicSummary> found, String path, HttpServletRequest request) {
        PublicSummary s = found.orElseThrow(PublicNotFound::new);
        return cache.serve(path + s.code(), HTML, () -> {
            RenderedChart chart = charts.svg(s.chart(), ChartStyle.Variant.LIGHT);
            Map<String, Object> model = new HashMap<>();
            model.put("s", s);
            model.put("chart", chart);
            model.put("chartTitle", Messages.t(s.watchdog() ? "publication.public.summary.chart-by-recipient"
                    : "publication.public.summary.chart-by-status"));
            model.put("params", Map.of(s.watchdog() ? "watchdog" : "force", s.code()));
            return render("summary", Messages.t("publication.public.summary.page-title", s.name()), model,
                    h -> h.url(path + s.code()), request);
        });
    }

    @GetMapping("/public/accessibility")
    ResponseEntity<byte[]> accessibility(HttpServletRequest request) {
        return cache.serve("accessibility", HTML, () -> render("accessibility",
                Messages.t("publication.public.accessibility.title"), Map.of(), h -> h.url("/public/accessibility"), request));
    }

    @GetMapping("/public/privacy")
    ResponseEntity<byte[]> privacy(HttpServletRequest request) {
        return cache.serve("privacy", HTML, () -> render("privacy", Messages.t("publication.public.privacy.title"),
                Map.of(), h -> h.url("/public/privacy"), request));
    }

    @GetMapping("/public/open-data")
    ResponseEntity<byte[]> openData(HttpServletRequest request) {
        return cache.serve("open-data", HTML, () -> render("open-data", Messages.t("publication.public.open-data.title"),
                Map.of(), h -> h.url("/public/open-data"), request));
    }

    /** Any other address under /public: the register's own "Page not found", never the Vaadin application. */
    @GetMapping("/public/**")
    ResponseEntity<byte[]> elsewhere() {
        throw new PublicNotFound();
    }

    @ExceptionHandler(PublicNotFound.class)
    ResponseEntity<byte[]> notFound(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                .varyBy(HttpHeaders.COOKIE, HttpHeaders.ACCEPT_LANGUAGE)
                .body(render("not-found", Messages.t("publication.public.not-found.title"), Map.of(),
                        h -> h.url("/public"), request).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Anything else that goes wrong: the register's own page with a 500 (Spring's /error would belong to the
     * application's chain and send a reader to the sign-in page).
     */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<byte[]> failed(RuntimeException e, HttpServletRequest request) {
        org.slf4j.LoggerFactory.getLogger(PublicPagesController.class).error("Public page {} failed", request.getRequestURI(), e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(HTML)
                .body(problemPage().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String checked(String code) {
        if (code.length() > 40 || !code.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
            throw new PublicNotFound();
        }
        return code;
    }

    /** The plain page of a failure, in the reader's language: nothing that could fail again (no template). */
    private static String problemPage() {
        Language language = Language.current();
        String title = HtmlUtils.htmlEscape(Messages.t("publication.public.problem.title"));
        return "<!doctype html><html lang=\"" + language.code() + "\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><h1>" + title + "</h1><p>"
                + HtmlUtils.htmlEscape(Messages.t("publication.public.problem.text")) + "</p></body></html>";
    }

    /**
     * Renders a page in the reader's language, with its own address ({@code here}: canonical, without the language)
     * for the language switch, whose link to the other language is that address with {@code lang=}.
     */
    private String render(String template, String title, Map<String, Object> model, Function<TemplateHelp, String> here,
            HttpServletRequest request) {
        Language language = Language.current();
        TemplateHelp help = new TemplateHelp(request.getContextPath());
        Map<String, Object> vars = new LinkedHashMap<>(model);
        vars.put("title", title);
        vars.put("govukStylesheet", request.getContextPath() + PublicStylesheets.GOVUK_FRONTEND);
        vars.put("h", help);
        vars.put("today", register.today());
        vars.put("lang", language.code());
        vars.put("languages", help.switchLinks(here.apply(help), language));
        return templates.process("public/" + template, new Context(language.locale(), vars));
    }

    static List<String> none() {
        return List.of();
    }
}
