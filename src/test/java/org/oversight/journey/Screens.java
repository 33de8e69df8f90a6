package org.oversight.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How a person works Vaadin's widgets in a real browser: open a dialog's fields by their labels, type into a combo
 * box and pick from its list, type a date as the field shows it (British dates), attach a file to an upload, press
 * the button in a grid row. Playwright's locators pierce the components' shadow DOM.
 */
final class Screens {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Page page;

    Screens(Page page) {
        this.page = page;
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator button(Locator scope, String name) {
        return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * The open dialog whose heading contains the text. A vaadin-dialog element is the dialog to assistive
     * technology but draws nothing itself (its overlay does), so it is waited for as attached, its fields as visible.
     */
    Locator dialog(String heading) {
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName(heading))
                .or(page.getByRole(AriaRole.ALERTDIALOG, new Page.GetByRoleOptions().setName(heading))).last();
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        return dialog;
    }

    /**
     * Presses the dialog's button and waits until the dialog has closed (Vaadin removes it once its closing animation
     * is over), so that the next screenshot shows the page, not a fading dialog; a dialog that stays open (a field
     * refused) fails with what it says.
     */
    void confirm(Locator dialog, String buttonName) {
        button(dialog, buttonName).click();
        try {
            dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED).setTimeout(10_000));
        } catch (TimeoutError e) {
            throw new AssertionError("The dialog stayed open after “" + buttonName + "”:\n" + dialog.innerText(), e);
        }
    }

    /** Types into a combo box (or multi-select combo box) and picks the item from its list. */
    void pick(Locator scope, String label, String typed, String item) {
        Locator input = scope.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
        input.click();
        input.fill("");
        input.pressSequentially(typed);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item)).first().click();
        // a multi-select list stays open for more choices: leaving the field closes it
        input.press("Tab");
        page.locator("vaadin-combo-box[opened], vaadin-multi-select-combo-box[opened], vaadin-combo-box-overlay[closing],"
                + " vaadin-multi-select-combo-box-overlay[closing]").first()
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    /** Chooses a value of a select (drop-down without typing). */
    void choose(Locator scope, String label, String item) {
        scope.getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item).setExact(true)).click();
    }

    void fill(Locator scope, String label, String value) {
        scope.getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).fill(value);
    }

    /** Types a date as a British user would (23/11/2026) and confirms it. */
    void date(Locator scope, String label, LocalDate date) {
        Locator input = scope.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
        input.fill(UK_DATE.format(date));
        input.press("Enter");
    }

    /** Attaches a file to the upload in the scope, as if chosen in the browser's file picker. */
    void upload(Locator scope, String fileName, String mimeType, byte[] content) {
        scope.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload(fileName, mimeType, content));
    }

    /**
     * Clicks the button or link with the given text in the grid row that shows the row text. A grid's cells are
     * slotted from its light DOM into rows in its shadow DOM, so the row is found by its slots' content.
     */
    void clickInGridRow(String rowText, String control) {
        Object found = page.evaluate("([rowText, control]) => {"
                + "  document.querySelectorAll('[data-journey-target]').forEach(e => e.removeAttribute('data-journey-target'));"
                + "  for (const grid of document.querySelectorAll('vaadin-grid')) {"
                + "    for (const tr of grid.shadowRoot.querySelectorAll('tbody tr')) {"
                + "      const cells = [...tr.querySelectorAll('slot')].flatMap(s => s.assignedElements());"
                + "      if (!cells.some(c => c.innerText.includes(rowText))) continue;"
                + "      const target = cells.flatMap(c => [...c.querySelectorAll('vaadin-button, a')])"
                + "          .find(e => e.innerText.trim() === control);"
                + "      if (target) { target.setAttribute('data-journey-target', ''); return true; }"
                + "    }"
                + "  }"
                + "  return false;"
                + "}", new String[] {rowText, control});
        if (!Boolean.TRUE.equals(found)) {
            throw new AssertionError("No grid row showing “" + rowText + "” with “" + control + "”");
        }
        page.locator("[data-journey-target]").click();
    }

    /** The number on a dashboard tile, e.g. "Verified this quarter". */
    int figure(String tileLabel) {
        String value = page.locator(".figure-tile").filter(new Locator.FilterOptions().setHas(
                page.locator(".figure-label").getByText(tileLabel, new Locator.GetByTextOptions().setExact(true))))
                .locator(".figure-value").innerText();
        return Integer.parseInt(value.replace(",", "").strip());
    }
}
