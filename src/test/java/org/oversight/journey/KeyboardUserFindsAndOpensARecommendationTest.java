package org.oversight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.OwnDatabase;

/**
 * Surrey's force lead works the register with the keyboard alone: from the top of the page the skip link is the
 * first Tab stop and leads into the page, the register's search is reached in at most three Tab stops, Tab reaches a
 * row and Enter on it opens that recommendation; and wherever focus lands — a menu item, a button, a row's link, a
 * row — it is drawn with a visible outline.
 */
@OwnDatabase(sharedBy = BrowserJourney.ONLY_LOOKING)
class KeyboardUserFindsAndOpensARecommendationTest extends BrowserJourney {

    /** The element that has focus, inside the shadow roots of Vaadin's components, described for the test. */
    private static final String FOCUSED = """
            () => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              if (!a || a === document.body) return {tag: 'body'};
              const host = a.getRootNode().host;
              const field = a.closest('vaadin-text-field');
              const grid = host && host.localName === 'vaadin-grid' ? host : a.closest('vaadin-grid');
              const cellLink = a.localName === 'a' && a.closest('vaadin-grid-cell-content');
              const drawn = a.localName === 'vaadin-side-nav-item' ? a.shadowRoot.querySelector('[part~=content]')
                  : (host && host.localName === 'vaadin-side-nav-item' ? a : a);
              const style = getComputedStyle(drawn);
              return {
                tag: a.localName,
                text: (a.innerText || a.getAttribute('aria-label') || '').trim().slice(0, 80),
                href: a.getAttribute('href') || (cellLink ? '' : ''),
                host: host ? host.localName : '',
                field: field ? field.label : '',
                inGrid: grid ? grid.className : '',
                bodyCell: a.localName === 'td' && !!a.closest('tbody'),
                outline: style.outlineStyle + ' ' + style.outlineWidth,
                visible: (() => { const r = drawn.getBoundingClientRect(); return r.width > 0 && r.height > 0
                    && r.bottom > 0 && r.top < innerHeight; })()
              };
            }""";

    @SuppressWarnings("unchecked")
    private Map<String, Object> focused() {
        return (Map<String, Object>) page.evaluate(FOCUSED);
    }

    private Map<String, Object> tab() {
        page.keyboard().press("Tab");
        return focused();
    }

    private static void assertOutlined(Map<String, Object> focus) {
        assertThat(focus.get("visible")).as("focus is on screen: %s", focus).isEqualTo(true);
        String outline = String.valueOf(focus.get("outline"));
        assertThat(outline).as("a visible outline on %s", focus).doesNotStartWith("none");
        assertThat(Double.parseDouble(outline.replaceAll(".* ([0-9.]+)px$", "$1"))).as("outline width on %s", focus)
                .isGreaterThanOrEqualTo(2.0);
    }

    @Test
    void theSkipLinkLeadsToTheSearchAndEnterOpensARow() {
        openAs("surrey", "/recommendations");
        page.reload(); // from the top, as a typed address: focus on nothing yet
        settle();

        Map<String, Object> first = tab();
        assertThat(first.get("text")).as("the first Tab stop").isEqualTo("Skip to main content");
        assertOutlined(first);
        screenshot("skip-link-focused");
        page.keyboard().press("Enter");

        int stops = 1;
        Map<String, Object> focus = first;
        while (stops < 3 && !"Search".equals(focus.get("field"))) {
            focus = tab();
            stops++;
        }
        assertThat(focus.get("field")).as("the register's search within 3 Tab stops, reached: %s", focus).isEqualTo("Search");
        screenshot("search-focused");

        // on into the list: the rows' links and cells, each drawn with an outline, and Enter on a row opens it
        Map<String, Object> row = null;
        for (int i = 0; i < 40 && row == null; i++) {
            focus = tab();
            if (Boolean.TRUE.equals(focus.get("bodyCell")) && String.valueOf(focus.get("inGrid")).contains("register-grid")) {
                row = focus;
            } else if ("vaadin-button".equals(focus.get("tag"))) {
                assertOutlined(focus);
            }
        }
        assertThat(row).as("Tab reaches a row of the register").isNotNull();
        assertOutlined(row);
        String href = (String) page.evaluate("""
                () => { let a = document.activeElement;
                  while (a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
                  const tr = a.closest('tr');
                  for (const td of tr.querySelectorAll('td')) {
                    const link = td._content && td._content.querySelector('a[href]');
                    if (link) return link.getAttribute('href');
                  }
                  return null; }""");
        assertThat(href).as("the row's link").matches("recommendations/\\d+");
        screenshot("row-focused");

        page.keyboard().press("Enter");
        page.waitForURL("**/" + href);
        settle();
        screenshot("item-opened");
        assertTheViewItself();
    }

    @Test
    void menuItemsButtonsAndRowLinksShowWhereFocusIs() {
        openAs("surrey", "/recommendations");
        page.reload();
        settle();

        Map<String, Object> menuItem = null;
        Map<String, Object> button = null;
        for (int i = 0; i < 40 && (menuItem == null || button == null); i++) {
            Map<String, Object> focus = tab();
            if (menuItem == null && "vaadin-side-nav-item".equals(focus.get("host"))) {
                menuItem = focus;
                assertOutlined(focus);
                screenshot("menu-item-focused");
            } else if (button == null && "vaadin-button".equals(focus.get("tag"))) {
                button = focus;
                assertOutlined(focus);
                screenshot("button-focused");
            }
        }
        assertThat(menuItem).as("Tab reaches the menu").isNotNull();
        assertThat(button).as("Tab reaches a button").isNotNull();

        // a row's link taking focus while the keyboard is in use (as after Tab, F2 or a screen reader's move)
        page.locator("vaadin-grid.register-grid a.register-text").first().focus();
        Map<String, Object> link = focused();
        assertThat(link.get("tag")).as("a link in the register: %s", link).isEqualTo("a");
        assertOutlined(link);
        screenshot("row-link-focused");
    }
}
