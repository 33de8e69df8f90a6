package org.oversight.notification.ui;

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
        getContent().add(new H3("Calendar feed"), new Paragraph("Your deadlines as all-day events in Outlook, Google "
                + "Calendar or Apple Calendar: subscribe to the address below. Anyone who has the address can read "
                + "the feed, so keep it to yourself; replace it if it has been shared by mistake."), body);
        render(feeds.myFeedUrl());
    }

    private void render(Optional<String> url) {
        body.removeAll();
        if (url.isEmpty()) {
            Button on = Submit.guard(new Button("Switch on the calendar feed", VaadinIcon.CALENDAR.create()), () -> {
                String address = feeds.issueMyFeed();
                render(Optional.of(address));
                Feedback.success("Your calendar feed is on.");
                return true;
            });
            on.addThemeVariants(ButtonVariant.PRIMARY);
            body.add(new Paragraph("The feed is off."), on);
            return;
        }
        TextField address = new TextField("Feed address");
        address.setValue(url.get());
        address.setReadOnly(true);
        address.setWidthFull();
        address.addClassName("calendar-feed-address");
        Button copy = new Button("Copy address", VaadinIcon.COPY.create(), e -> e.getSource().getUI().ifPresent(ui -> {
            ui.getPage().executeJs("return navigator.clipboard.writeText($0)", url.get());
            Feedback.success("Feed address copied.");
        }));
        Button replace = new Button("New address", VaadinIcon.REFRESH.create(), e -> confirm(
                "Replace the feed address?",
                "Calendars subscribed to the current address stop receiving your deadlines; subscribe them to the new one.",
                "Replace", () -> {
                    render(Optional.of(feeds.issueMyFeed()));
                    Feedback.success("Your calendar feed has a new address.");
                }));
        Button off = new Button("Switch off", VaadinIcon.CLOSE_SMALL.create(), e -> confirm(
                "Switch the calendar feed off?", "The address stops working at once.", "Switch off", () -> {
                    feeds.revokeMyFeed();
                    render(Optional.empty());
                    Feedback.success("Your calendar feed is off.");
                }));
        off.addThemeVariants(ButtonVariant.ERROR);
        HorizontalLayout actions = new HorizontalLayout(copy, replace, off);
        actions.setWrap(true);
        body.add(address, actions);
    }

    private static void confirm(String header, String text, String confirmText, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirmText, e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText("Cancel");
        dialog.open();
    }
}
