package org.oversight.app.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNavItem;

/**
 * A menu entry whose words wrap onto a second line when the menu is narrower than they are. The side navigation draws
 * an item's own label on one line and cuts it with "…" ("Mewnforio camau gweit…" in Welsh), and offers no way to
 * style that line from outside; the words in an element of their own ({@code .menu-entry-words} in app.css) wrap.
 */
final class MenuEntryItem extends SideNavItem {

    private final Span words = new Span();

    /** @param icon null for none */
    MenuEntryItem(String label, String path, Icon icon) {
        super(null, path);
        words.addClassName("menu-entry-words");
        getElement().appendChild(words.getElement());
        setLabel(label);
        if (icon != null) {
            setPrefixComponent(icon);
        }
    }

    @Override
    public String getLabel() {
        return words == null ? null : words.getText();
    }

    @Override
    public void setLabel(String label) {
        if (words == null) {
            // called by the constructor of SideNavItem, before this item's own words exist
            super.setLabel(label);
            return;
        }
        words.setText(label);
    }
}
