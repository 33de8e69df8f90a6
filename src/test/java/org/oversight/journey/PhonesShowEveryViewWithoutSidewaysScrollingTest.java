package org.oversight.journey;


import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each demo user on a phone (390 px wide), in English and in Welsh (whose words are longer), opens every main view
 * they may: the page never scrolls sideways, no list (grid) or table scrolls sideways inside itself, and no word in a list is
 * broken in the middle (measured: each word's letters lie on one line; a break after a hyphen is a line break, not a
 * broken word), and no label or menu entry is cut off with "…" ({@link CutWords}). One sign-in per user and language, then the views are opened in turn.
 */
class PhonesShowEveryViewWithoutSidewaysScrollingTest extends BrowserJourney {

    /** What the page looks like sideways: the page's width, each grid's, and any word split over two lines. */
    private static final String MEASURE = """
            () => {
              const grids = [];
              const walk = root => root.querySelectorAll('*').forEach(e => {
                if (e.localName === 'vaadin-grid') grids.push(e);
                if (e.shadowRoot) walk(e.shadowRoot);
              });
              walk(document);
              const wideGrids = grids.map(g => ({g, t: g.shadowRoot && g.shadowRoot.querySelector('#table')}))
                  .filter(x => x.t && x.t.scrollWidth > x.t.clientWidth + 1)
                  .map(x => (x.g.className || 'grid') + ' ' + x.t.scrollWidth + ' px in ' + x.t.clientWidth + ' px');
              // a data table may scroll inside a box of its own that fits the screen (GOV.UK's pattern for wide
              // tables); the box itself, or a table with none, must not reach past the window
              const wideTables = [...document.querySelectorAll('table')].filter(t => t.getClientRects().length)
                  .map(t => t.closest('.chart-table-wrap') || t)
                  .filter(box => box.getBoundingClientRect().right > innerWidth + 1)
                  .map(box => (box.localName === 'table' ? 'table ' : 'table box ') + box.className);
              const broken = [];
              document.querySelectorAll('vaadin-grid-cell-content').forEach(cell => {
                if (!cell.offsetParent && cell.getClientRects().length === 0) return;
                const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (let n = texts.nextNode(); n; n = texts.nextNode()) {
                  for (const m of n.textContent.matchAll(/[^\\s\\-\\u2010-\\u2014·\\/:,.()]+/g)) {
                    const range = document.createRange();
                    range.setStart(n, m.index);
                    range.setEnd(n, m.index + m[0].length);
                    const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.bottom)));
                    if (lines.size > 1) broken.push(m[0]);
                  }
                }
              });
              return {page: document.documentElement.scrollWidth, window: innerWidth, grids: wideGrids.concat(wideTables),
                      broken: broken.slice(0, 10)};
            }""";

    /** username and the views they open, as in {@link MainViews} ({item}, {report}, {plan}) and the other lists */
    private static final Map<String, List<String>> VIEWS = Map.of(
            "surrey", List.of("/", "/recommendations", "/recommendations/{item}", "/reports", "/reports/{report}",
                    "/my-work", "/plans/{plan}", "/notifications", "/deadlines/{item}", "/inbox"),
            "hmicfrs", List.of("/", "/recommendations", "/recommendations/{item}", "/reports", "/reports/{report}",
                    "/queues", "/plans/{plan}", "/deadlines/{item}", "/performance", "/publishing"),
            "chief.surrey", List.of("/", "/recommendations", "/reports", "/board-pack"),
            "admin", List.of("/", "/audit", "/admin/users", "/outbox"));

    /** whose home page is the dashboard of charts */
    private static final List<String> DASHBOARD_READERS = List.of("hmicfrs", "chief.surrey");

    @Autowired
    DSLContext dsl;

    static Stream<Arguments> usersAndLanguages() {
        return Stream.of(Variant.LIGHT_PHONE, Variant.WELSH_PHONE)
                .flatMap(v -> Stream.of("surrey", "hmicfrs", "chief.surrey", "admin").map(u -> Arguments.of(v, u)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("usersAndLanguages")
    void everyViewFitsThePhonesWidth(Variant variant, String username) {
        openIn(variant);
        signIn(username);
        assumeTheVariantsLanguage();
        // every view is looked at, and every problem said at the end
        SoftAssertions softly = new SoftAssertions();
        for (String path : VIEWS.get(username)) {
            open(MainViews.resolve(dsl, path));
            String where = username + " on " + path + " (" + variant.suffix() + ")";
            softly.assertThat(page.title()).as(where + ": the view itself").doesNotContainIgnoringCase("not found")
                    .doesNotContainIgnoringCase("cannot open");
            @SuppressWarnings("unchecked")
            Map<String, Object> seen = (Map<String, Object>) page.evaluate(MEASURE);
            softly.assertThat(((Number) seen.get("page")).intValue()).as(where + ": the page's width, in a window %s px wide",
                    seen.get("window")).isLessThanOrEqualTo(((Number) seen.get("window")).intValue());
            softly.assertThat((List<?>) seen.get("grids")).as(where + ": lists and tables that scroll sideways").isEmpty();
            softly.assertThat((List<?>) seen.get("broken")).as(where + ": words broken in the middle").isEmpty();
            softly.assertThat(CutWords.on(page)).as(where + ": labels and menu entries cut off with …").isEmpty();
            if (path.equals("/") && DASHBOARD_READERS.contains(username)) {
                // the stylesheet hides the charts on phones: their tables, built for narrow windows, stand instead
                softly.assertThat((Boolean) page.evaluate("() => [...document.querySelectorAll('.chart-panel .chart-table')]"
                        + ".some(t => t.getClientRects().length > 0 && t.querySelectorAll('tbody tr').length > 0)"))
                        .as(where + ": the charts' tables are shown").isTrue();
            }
        }
        screenshot("last-view-" + username);
        softly.assertAll();
    }
}
