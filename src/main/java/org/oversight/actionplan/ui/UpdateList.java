package org.oversight.actionplan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.util.List;
import org.oversight.actionplan.EvidenceEntry;
import org.oversight.actionplan.UpdateEntry;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Messages;

/** Dated updates, newest first, each with its evidence files as download links. */
final class UpdateList {

    private UpdateList() {
    }

    static Div of(List<UpdateEntry> updates, LocalDate today) {
        Div list = new Div();
        list.addClassName("update-list");
        for (UpdateEntry u : updates) {
            Span when = new Span(Formats.dateTime(u.postedAt()) + (u.postedBy() == null ? "" : " · " + u.postedBy()));
            when.addClassName("update-when");
            Div head = new Div(when);
            head.addClassName("update-head");
            if (u.progress() != null) {
                Span progress = new Span(u.progress() + "%");
                progress.addClassName("update-progress");
                head.add(progress);
            }
            Div entry = new Div(head, new Paragraph(u.body()));
            entry.addClassName("update-entry");
            for (EvidenceEntry e : u.evidence()) {
                entry.add(evidence(e, today));
            }
            list.add(entry);
        }
        return list;
    }

    static Div evidence(EvidenceEntry e, LocalDate today) {
        Anchor link = new Anchor(e.downloadPath(), e.fileName());
        // a plain HTTP download served by EvidenceController, not a view of this application
        link.setRouterIgnore(true);
        link.addClassName("evidence-link");
        Span meta = new Span(e.expiresOn() == null || e.expired(today)
                ? Messages.t("actionplan.evidence.meta", Formats.date(e.evidenceDate()), Formats.dateTime(e.uploadedAt()), e.sizeText())
                : Messages.t("actionplan.evidence.meta-valid", Formats.date(e.evidenceDate()), Formats.dateTime(e.uploadedAt()),
                        e.sizeText(), Formats.date(e.expiresOn())));
        meta.addClassName("evidence-meta");
        Span hash = new Span("SHA-256 " + e.sha256().substring(0, 12) + "…");
        hash.addClassName("evidence-hash");
        hash.getElement().setAttribute("title", "SHA-256 " + e.sha256());
        Div row = new Div(VaadinIcon.PAPERCLIP.create(), link, meta, hash);
        row.addClassName("evidence-row");
        if (e.expired(today)) {
            Span expired = new Span(Messages.t("actionplan.evidence.expired", Formats.date(e.expiresOn())));
            expired.getElement().getThemeList().add("badge error");
            expired.addClassName("evidence-expired");
            row.addComponentAtIndex(2, expired);
        }
        return row;
    }
}
