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
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) on every kind of public page, signed out, at desktop and phone
 * width: no violation at all. The demo's published Breck Bednar report and one of its items give the pages content.
 */
@OwnDatabase(sharedBy = BrowserJourney.ONLY_LOOKING)
class PublicRegisterIsAccessibleTest extends BrowserJourney {

    @Autowired
    DSLContext dsl;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/public", "/public?force=SURREY&status=NOPE", "/public/reports/{report}",
            "/public/recommendations/{item}", "/public/watchdogs/HMICFRS", "/public/forces/SURREY",
            "/public/accessibility", "/public/privacy", "/public/open-data", "/public/recommendations/0"})
    void publicPage(String path) {
        long report = dsl.select(REPORT.ID).from(REPORT).where(REPORT.REFERENCE.eq("IPCC-2015-001")).fetchSingle(REPORT.ID);
        long item = dsl.select(DSL.min(TRACKED_RECOMMENDATION.ID)).from(TRACKED_RECOMMENDATION)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .where(RECOMMENDATION.REPORT_ID.eq(report)).fetchSingle().value1();
        assertThat(dsl.fetchExists(PUBLICATION_DECISION)).as("the demo publishes").isTrue();
        String resolved = path.replace("{report}", Long.toString(report)).replace("{item}", Long.toString(item));
        for (int width : List.of(1280, 390)) {
            page.setViewportSize(width, 900);
            open(resolved);
            screenshot(width + "px");
            AxeResults results = new AxeBuilder(page)
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze();
            List<Rule> violations = results.getViolations();
            assertThat(violations).as(() -> "accessibility violations on " + resolved + " at " + width + "px:\n"
                    + violations.stream().map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n"))).isEmpty();
            assertThat(page.context().cookies()).as("no cookie on a public page").extracting(c -> c.name + "=" + c.path).isEmpty();
        }
    }
}
