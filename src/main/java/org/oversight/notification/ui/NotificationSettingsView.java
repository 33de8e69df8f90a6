package org.oversight.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Map;
import org.oversight.base.ui.Dates;
import org.oversight.base.Formats;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Inputs;
import org.oversight.base.ui.Submit;
import org.oversight.notification.Channel;
import org.oversight.notification.NotificationSettingsService;
import org.oversight.notification.NotificationSettingsService.Colleague;
import org.oversight.recommendation.HandoffKind;

/** inbox/settings: how the person hears of each kind of decision, and who covers their mail while they are away. */
@Route("inbox/settings")
@PageTitle("Notification settings · Oversight Tracker")
@PermitAll
class NotificationSettingsView extends VerticalLayout {

    private final transient NotificationSettingsService settings;
    private final Paragraph coverNow = new Paragraph();
    private final Button endCover = new Button("End the cover now");

    NotificationSettingsView(NotificationSettingsService settings) {
        this.settings = settings;
        addClassName("notification-settings-view");
        add(new RouterLink("← Inbox", InboxView.class), new H1("Notification settings"));
        Map<HandoffKind, Channel> channels = settings.channels();
        add(new H3("How you hear of each decision"));
        if (channels.isEmpty()) {
            add(new Paragraph("No decisions are addressed to your role, so there is nothing to choose here."));
        } else {
            add(new Paragraph("Every decision is in your inbox whatever you choose. E-mail goes out as soon as the "
                    + "decision is made; the weekly digest lists what is still unread."));
        }
        channels.forEach((kind, channel) -> {
            Select<Channel> select = new Select<>();
            select.setLabel(kind.label());
            select.setItems(Channel.values());
            select.setItemLabelGenerator(Channel::label);
            select.setValue(channel);
            select.setWidth("min(28rem, 100%)");
            select.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null
                        && Feedback.run(() -> settings.setChannel(kind, e.getValue()), (f, m) -> select.setErrorMessage(m))) {
                    Feedback.success("Saved: " + kind.label().toLowerCase(Locale.UK) + " — " + e.getValue().label().toLowerCase(Locale.UK) + ".");
                }
            });
            add(select);
        });
        add(new H3("A deputy while you are away"));
        var deputies = settings.possibleDeputies();
        if (deputies.isEmpty()) {
            add(new Paragraph("Nobody else in your organisation can sign in, so nobody can cover your mail."));
            return;
        }
        add(new Paragraph("Your deputy receives a copy of each decision e-mailed to you from the first day to the last "
                + "day, both included. Your own mail goes on as before."), coverNow);
        ComboBox<Colleague> deputy = new ComboBox<>("Deputy");
        deputy.setItems(deputies);
        deputy.setItemLabelGenerator(Colleague::displayName);
        DatePicker starts = Inputs.explain(ukPicker("First day"));
        DatePicker ends = Inputs.explain(ukPicker("Last day"));
        FieldMessages errors = new FieldMessages().on("deputy", deputy).on("startsOn", starts).on("endsOn", ends);
        Button save = Submit.button("Save the cover", () -> {
            errors.clear();
            if (!Feedback.run(() -> settings.setCover(deputy.getValue() == null ? null : deputy.getValue().id(),
                    starts.getValue(), ends.getValue()), errors)) {
                return false;
            }
            Feedback.success("Saved: " + deputy.getValue().displayName() + " covers your mail.");
            showCover();
            return true;
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        endCover.addClickListener(e -> {
            settings.endCover();
            Feedback.success("The cover has ended.");
            showCover();
        });
        HorizontalLayout fields = new HorizontalLayout(deputy, starts, ends);
        fields.setWrap(true);
        HorizontalLayout buttons = new HorizontalLayout(save, endCover);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(fields, buttons);
        showCover();
    }

    private void showCover() {
        var cover = settings.cover();
        coverNow.setText(cover.map(c -> c.deputyName() + " covers your mail from " + Formats.longDate(c.startsOn())
                + " to " + Formats.longDate(c.endsOn()) + ".").orElse("Nobody covers your mail."));
        endCover.setVisible(cover.isPresent());
    }

    private static DatePicker ukPicker(String label) {
        return Dates.picker(label);
    }
}
