package org.oversight.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeLeaveEvent;
import java.util.LinkedHashMap;
import org.oversight.base.i18n.Messages;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps a page's typed text from being lost. While a watched field holds text that is not saved:
 * <ul>
 *   <li>leaving the page inside the app asks first ({@link #beforeLeave}, called from the view's
 *       {@code BeforeLeaveObserver}): "Leave without saving" or "Stay on this page";</li>
 *   <li>closing the tab or reloading makes the browser ask (its own beforeunload prompt);</li>
 *   <li>the text is kept in the tab's sessionStorage as it is typed, so that when the session expired and the person
 *       signed in again, the page puts it back (marked as not saved yet). Saving or choosing to leave forgets it.</li>
 * </ul>
 * sessionStorage belongs to one tab and is cleared when the tab closes: the draft never outlives the tab, and never
 * reaches another person on a shared computer after the tab is closed. See docs/decisions/0070-unsaved-work.md.
 */
public final class UnsavedChanges {

    /** The English texts, for tests and pages that compare; the screen shows them in the reader's language. */

    private static final String DRAFT_PREFIX = "ot-draft:";

    private static final AtomicLong OWNERS = new AtomicLong();

    private final Map<String, TextArea> drafts = new LinkedHashMap<>();
    /** This page's or dialog's own flag in the tab: a dialog closing never clears the page's unsaved text, or back. */
    private final String owner = "o" + OWNERS.incrementAndGet();
    private boolean dirty;

    /** @param view the page or dialog; when it goes, the browser stops asking for it */
    public UnsavedChanges(Component view) {
        view.addDetachListener(e -> e.getUI().getPage().executeJs("if (window.otUnsaved) { delete window.otUnsaved[$0]; }", owner));
    }

    /**
     * Watches a text field whose text is kept as a draft under {@code key} (e.g. "plan-12-summary": include the
     * record's id). A page that draws itself again watches the new field under the same key.
     */
    public UnsavedChanges watch(TextArea field, String key) {
        String storageKey = DRAFT_PREFIX + key;
        drafts.put(storageKey, field);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed(true);
            }
        });
        field.addAttachListener(e -> restore(field, storageKey));
        return this;
    }

    /** @return true while something typed is not saved */
    public boolean isDirty() {
        return dirty;
    }

    /** What was typed has been saved (or dropped on purpose): forget the drafts and stop asking. */
    public void saved() {
        changed(false);
        UI ui = UI.getCurrent();
        if (ui != null) {
            drafts.keySet().forEach(key -> ui.getPage().executeJs("sessionStorage.removeItem($0)", key));
        }
    }

    /** Call from the view's {@code beforeLeave}: postpones leaving while something is unsaved, and asks. */
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog ask = new ConfirmDialog(Messages.t("base.unsaved.leave-title"), Messages.t("base.unsaved.leave-text"),
                Messages.t("base.unsaved.leave"), e -> {
            saved();
            action.proceed();
        });
        ask.setCancelable(true);
        ask.setCancelText(Messages.t("base.unsaved.stay"));
        ask.setConfirmButtonTheme("error primary"); // i18n-ok: theme names
        ask.open();
    }

    /** Puts back typed text kept in the tab that differs from what is saved, and says it is not saved yet. */
    void restored(TextArea field, String draft) {
        if (draft != null && !draft.equals(field.getValue())) {
            field.setValue(draft);
            field.setHelperText(Messages.t("base.unsaved.restored"));
            changed(true);
        }
    }

    private void restore(TextArea field, String key) {
        field.getElement().executeJs("""
                const el = this, key = $0;
                if (!el.__otDraft) {
                  el.__otDraft = true;
                  el.addEventListener('input', () => sessionStorage.setItem(key, el.value));
                }
                return sessionStorage.getItem(key);""", key)
                .then(String.class, draft -> restored(field, draft));
    }

    private void changed(boolean now) {
        dirty = now;
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().executeJs("""
                    window.otUnsaved = window.otUnsaved || {};
                    window.otUnsaved[$1] = $0;
                    if (!window.otUnsavedHook) {
                      window.otUnsavedHook = true;
                      window.addEventListener('beforeunload', e => {
                        if (Object.values(window.otUnsaved).some(v => v)) { e.preventDefault(); e.returnValue = ''; }
                      });
                    }""", now, owner);
        }
    }
}
