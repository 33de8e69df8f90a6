package org.oversight.journey;

import com.microsoft.playwright.Page;
import java.util.List;

/**
 * Words the page cuts off with "…": every element on the page, inside the components' shadow DOM too, that is drawn
 * with {@code text-overflow: ellipsis} and holds more than it shows ({@code scrollWidth > clientWidth}): a field's
 * label, a menu entry, a button's words. Measured in the browser, not read from the stylesheets, so it finds a cut
 * whatever rule made it. Said as the words cut and where: "label of vaadin-combo-box: Heddlu neu gorff cenedlaethol".
 */
final class CutWords {

    private static final String MEASURE = """
            () => {
              const cut = [];
              const owner = e => { const root = e.getRootNode(); return root.host ? root.host.localName : e.localName; };
              // the words an element shows, those slotted into it included (a label's text lies outside its shadow root)
              const words = e => {
                const parts = [];
                const collect = n => n.nodeType === Node.TEXT_NODE ? parts.push(n.textContent)
                    : (n.localName === 'slot' ? n.assignedNodes({flatten: true}) : [...n.childNodes]).forEach(collect);
                collect(e);
                return parts.join(' ').replace(/\\s+/g, ' ').trim();
              };
              const walk = root => root.querySelectorAll('*').forEach(e => {
                if (e.shadowRoot) walk(e.shadowRoot);
                if (!e.getClientRects().length) return;
                const style = getComputedStyle(e);
                if (style.textOverflow !== 'ellipsis' || style.overflowX === 'visible') return;
                if (e.scrollWidth <= e.clientWidth + 1) return;
                const text = words(e);
                if (text) cut.push((e.getAttribute('part') || e.localName) + ' of ' + owner(e) + ': ' + text);
              });
              walk(document);
              return cut;
            }""";

    private CutWords() {
    }

    /** What the page shows cut off, as "part of component: the words"; empty when every word is shown whole. */
    @SuppressWarnings("unchecked")
    static List<String> on(Page page) {
        return (List<String>) page.evaluate(MEASURE);
    }
}
