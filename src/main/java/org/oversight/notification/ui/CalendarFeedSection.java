package org.oversight.notification.ui;

import org.oversight.base.i18n.Messages;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.Submit;
import org.oversight.notification.CalendarFeedService;

/**
 * "Calendar feed": the user's secret iCalendar address, to copy into a calendar program, with buttons to replace
 * it (the old address stops working) or switch it off.
 */
class CalendarFeedSection extends Composite<Div> {

    private final transient CalendarFeedService feeds;
    private final Div body = new Div();

    CalendarFeedSection(CalendarFeedService feeds) {
        this.feeds = feeds;
        getContent().addClassName("calendar-feed");
        getContent().add(new H3(getTranslation("notification.feed.heading")),
                new Paragraph(getTranslation("notification.feed.intro")), body);
        render(feeds.myFeedUrl());
    }

    private void render(Optional<String> url) {
        body.removeAll();
        if (url.isEmpty()) {
            Button on = Submit.guard(new Button(getTranslation("notification.feed.switch-on"), VaadinIcon.CALENDAR.create()), () -> {
                String address = feeds.issueMyFeed();
                render(Optional.of(address));
                Feedback.success(getTranslation("notification.feed.on"));
                return true;
            });
            on.addThemeVariants(ButtonVariant.PRIMARY);
            body.add(new Paragraph(getTranslation("notification.feed.is-off")), on);
            return;
        }
        TextField address = new TextField(getTranslation("notification.feed.address"));
        address.setValue(url.get());
        address.setReadOnly(true);
        address.setWidthFull();
        address.addClassName("calendar-feed-address");
        Button copy = new Button(getTranslation("notification.feed.copy"), VaadinIcon.COPY.create(), e -> e.getSource().getUI().ifPresent(ui -> {
            ui.getPage().executeJs("return navigator.clipboard.writeText($0)", url.get()); // i18n-ok: script
            Feedback.success(getTranslation("notification.feed.copied"));
        }));
        Button replace = new Button(getTranslation("notification.feed.new"), VaadinIcon.REFRESH.create(), e -> confirm(
                getTranslation("notification.feed.replace.header"), getTranslation("notification.feed.replace.text"),
                getTranslation("notification.feed.replace.confirm"), () -> {
                    render(Optional.of(feeds.issueMyFeed()));
                    Feedback.success(getTranslation("notification.feed.replaced"));
                }));
        Button off = new Button(getTranslation("notification.feed.off.button"), VaadinIcon.CLOSE_SMALL.create(), e -> confirm(
                getTranslation("notification.feed.off.header"), getTranslation("notification.feed.off.text"),
                getTranslation("notification.feed.off.button"), () -> {
                    feeds.revokeMyFeed();
                    render(Optional.empty());
                    Feedback.success(getTranslation("notification.feed.off.done"));
                }));
        off.addThemeVariants(ButtonVariant.ERROR);
        HorizontalLayout actions = new HorizontalLayout(copy, replace, off);
        actions.setWrap(true);
        body.add(address, actions);
    }

    private static void confirm(String header, String text, String confirmText, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirmText, e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(Messages.t("notification.feed.cancel"));
        dialog.open();
    }
}
