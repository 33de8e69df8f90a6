package org.oversight.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;
import static org.oversight.db.Tables.PUBLICATION_DECISION;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.app.LanguageOfRequests;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) on every kind of public page, signed out, at desktop and phone
 * width, in English and in Welsh ({@code ?lang=cy}: the page then says {@code <html lang="cy">}): no violation at all.
 * The demo's published Breck Bednar report and one of its items give the pages content.
 */
@OwnDatabase(sharedBy = BrowserJourney.ONLY_LOOKING)
class PublicRegisterIsAccessibleTest extends BrowserJourney {

    private static final List<String> PAGES = List.of("/public", "/public?force=SURREY&status=NOPE",
            "/public/reports/{report}", "/public/recommendations/{item}", "/public/watchdogs/HMICFRS", "/public/forces/SURREY",
            "/public/accessibility", "/public/privacy", "/public/open-data", "/public/recommendations/0");

    @Autowired
    DSLContext dsl;

    static Stream<Arguments> pagesInEachLanguage() {
        return Stream.of("en", "cy").flatMap(language -> PAGES.stream().map(path -> Arguments.of(path, language)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("pagesInEachLanguage")
    void publicPage(String path, String language) {
        long report = dsl.select(REPORT.ID).from(REPORT).where(REPORT.REFERENCE.eq("IPCC-2015-001")).fetchSingle(REPORT.ID);
        long item = dsl.select(DSL.min(TRACKED_RECOMMENDATION.ID)).from(TRACKED_RECOMMENDATION)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .where(RECOMMENDATION.REPORT_ID.eq(report)).fetchSingle().value1();
        assertThat(dsl.fetchExists(PUBLICATION_DECISION)).as("the demo publishes").isTrue();
        String filled = path.replace("{report}", Long.toString(report)).replace("{item}", Long.toString(item));
        // English is what a reader gets without asking; Welsh is asked for as the page's own switch does
        String resolved = language.equals("en") ? filled : filled + (filled.contains("?") ? "&" : "?") + "lang=" + language;
        // a reader's browser of its own: nothing left over from the run's signed-in journeys (a closing Vaadin page's
        // last request could otherwise bring a session cookie into the shared context after it was cleared)
        openIn(Variant.LIGHT_DESKTOP);
        List<String> asked = new CopyOnWriteArrayList<>();
        page.onRequest(request -> asked.add(request.url()));
        for (int width : List.of(1280, 390)) {
            page.setViewportSize(width, 900);
            open(resolved);
            screenshot(language + "-" + width + "px");
            assertThat((String) page.evaluate("() => document.documentElement.lang")).as("the page's language")
                    .startsWith(language);
            AxeResults results = new AxeBuilder(page)
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze();
            List<Rule> violations = results.getViolations();
            assertThat(violations).as(() -> "accessibility violations on " + resolved + " at " + width + "px:\n"
                    + violations.stream().map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n"))).isEmpty();
            // only the register's own addresses: anything else (GOV.UK Frontend's font files under /assets, say)
            // belongs to the application's chain, which answers a stranger with the sign-in page and a session
            assertThat(asked).as("addresses a public page asked for").allSatisfy(url -> assertThat(url)
                    .matches("http://localhost:" + port + "/public([/?].*)?"));
            // none at all in English; in Welsh only the one that remembers the language asked for (the privacy notice
            // names it)
            assertThat(page.context().cookies()).as(() -> "cookies on a public page, whose browser asked for " + asked)
                    .extracting(c -> c.name)
                    .isSubsetOf(language.equals("en") ? List.of() : List.of(LanguageOfRequests.COOKIE));
        }
    }
}
