package org.oversight.notification.ui;

import org.oversight.base.ui.BuiltOnEntry;
import com.vaadin.flow.router.HasDynamicTitle;
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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
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
@PermitAll
class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle, BuiltOnEntry {

    @Override
    public String getPageTitle() {
        return getTranslation("notification.settings.page-title");
    }

    private final transient NotificationSettingsService settings;
    private final Paragraph coverNow = new Paragraph();
    private Button endCover;

    NotificationSettingsView(NotificationSettingsService settings) {
        this.settings = settings;
        addClassName("notification-settings-view");
    }

    @Override
    public void build() {
        endCover = new Button(getTranslation("notification.settings.end-cover"));
        add(new RouterLink(getTranslation("notification.settings.back"), InboxView.class), new H1(getTranslation("notification.settings.heading")));
        Map<HandoffKind, Channel> channels = settings.channels();
        add(new H3(getTranslation("notification.settings.channels.heading")));
        if (channels.isEmpty()) {
            add(new Paragraph(getTranslation("notification.settings.channels.none")));
        } else {
            add(new Paragraph(getTranslation("notification.settings.channels.intro")));
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
                    Feedback.success(getTranslation("notification.settings.channel-saved", kind.label().toLowerCase(getLocale()),
                            e.getValue().label().toLowerCase(getLocale())));
                }
            });
            add(select);
        });
        add(new H3(getTranslation("notification.settings.cover.heading")));
        var deputies = settings.possibleDeputies();
        if (deputies.isEmpty()) {
            add(new Paragraph(getTranslation("notification.settings.cover.nobody-can")));
            return;
        }
        add(new Paragraph(getTranslation("notification.settings.cover.intro")), coverNow);
        ComboBox<Colleague> deputy = new ComboBox<>(getTranslation("notification.settings.cover.deputy"));
        deputy.setItems(deputies);
        deputy.setItemLabelGenerator(Colleague::displayName);
        DatePicker starts = Inputs.explain(ukPicker(getTranslation("notification.settings.cover.first-day")));
        DatePicker ends = Inputs.explain(ukPicker(getTranslation("notification.settings.cover.last-day")));
        FieldMessages errors = new FieldMessages().on("deputy", deputy).on("startsOn", starts).on("endsOn", ends);
        Button save = Submit.button(getTranslation("notification.settings.cover.save"), () -> {
            errors.clear();
            if (!Feedback.run(() -> settings.setCover(deputy.getValue() == null ? null : deputy.getValue().id(),
                    starts.getValue(), ends.getValue()), errors)) {
                return false;
            }
            Feedback.success(getTranslation("notification.settings.cover.saved", deputy.getValue().displayName()));
            showCover();
            return true;
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        endCover.addClickListener(e -> {
            settings.endCover();
            Feedback.success(getTranslation("notification.settings.cover.ended"));
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
        coverNow.setText(cover.map(c -> getTranslation("notification.settings.cover.now", c.deputyName(),
                Formats.longDate(c.startsOn()), Formats.longDate(c.endsOn())))
                .orElseGet(() -> getTranslation("notification.settings.cover.none")));
        endCover.setVisible(cover.isPresent());
    }

    private static DatePicker ukPicker(String label) {
        return Dates.picker(label);
    }
}
