package org.oversight.recommendation.ui;

import org.oversight.base.i18n.Messages;
import org.oversight.base.ui.Dates;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.oversight.base.ui.Filters;
import org.oversight.base.ui.Inputs;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.KindLabels;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RegisterFilter;
import org.oversight.recommendation.Status;
import org.oversight.recommendation.ThemeRef;

/**
 * The register's filters. {@link #show} fills the fields from a filter (read from the URL) without reporting a
 * change; a change by the user is reported as a whole new filter.
 */
class RegisterFilterBar extends Composite<Div> {

    final ComboBox<OrganisationRef> watchdog = new ComboBox<>(Messages.t("recommendation.filter.watchdog"));
    final ComboBox<OrganisationRef> recipient = new ComboBox<>(Messages.t("recommendation.filter.recipient"));
    final MultiSelectComboBox<Status> status = new MultiSelectComboBox<>(Messages.t("recommendation.filter.status"));
    final ComboBox<RecommendationKind> kind = new ComboBox<>(Messages.t("recommendation.filter.kind"));
    final ComboBox<ThemeRef> theme = new ComboBox<>(Messages.t("recommendation.filter.theme"));
    final ComboBox<Priority> priority = new ComboBox<>(Messages.t("recommendation.filter.priority"));
    final Checkbox overdue = new Checkbox(Messages.t("recommendation.filter.overdue"));
    final IntegerField dueWithin = new IntegerField(Messages.t("recommendation.filter.due-within"));
    final DatePicker publishedFrom = new DatePicker(Messages.t("recommendation.filter.published-from"));
    final DatePicker publishedTo = new DatePicker(Messages.t("recommendation.filter.published-to"));
    final TextField search = new TextField(Messages.t("recommendation.filter.search"));
    final Button clear = new Button(Messages.t("recommendation.filter.clear"), VaadinIcon.CLOSE_SMALL.create());
    final Button more = new Button(Messages.t("recommendation.filter.more", 0), VaadinIcon.SLIDERS.create());
    private final Div secondary = new Div();

    private final List<OrganisationRef> watchdogs;
    private final List<OrganisationRef> recipients;
    private final List<ThemeRef> themes;
    private Consumer<RegisterFilter> onChange = f -> { };
    private boolean showing;

    /** @param recipients the recipients the user may filter by; empty hides the field (users who see one organisation) */
    RegisterFilterBar(List<OrganisationRef> watchdogs, List<OrganisationRef> recipients, List<ThemeRef> themes) {
        this.watchdogs = watchdogs;
        this.recipients = recipients;
        this.themes = themes;
        watchdog.setItems(watchdogs);
        watchdog.setItemLabelGenerator(OrganisationRef::shortName);
        recipient.setItems(recipients);
        recipient.setItemLabelGenerator(OrganisationRef::name);
        recipient.setVisible(!recipients.isEmpty());
        status.setItems(Status.values());
        status.setItemLabelGenerator(Status::label);
        kind.setItems(RecommendationKind.values());
        kind.setItemLabelGenerator(KindLabels::of);
        theme.setItems(themes);
        theme.setItemLabelGenerator(ThemeRef::name);
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(Priority::label);
        dueWithin.setMin(0);
        dueWithin.setStepButtonsVisible(true);
        dueWithin.setPlaceholder(getTranslation("recommendation.filter.days"));
        // an empty filter selects everything, and says so
        Filters.allWhenEmpty(watchdog, recipient, status, kind, theme, priority);
        Dates.configure(publishedFrom);
        Dates.configure(publishedTo);
        Inputs.explain(publishedFrom);
        Inputs.explain(publishedTo);
        String wholeDays = getTranslation("recommendation.filter.whole-days");
        dueWithin.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(wholeDays)
                .setMinErrorMessage(wholeDays));
        search.setPlaceholder(getTranslation("recommendation.filter.search-hint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        publishedFrom.setClearButtonVisible(true);
        publishedTo.setClearButtonVisible(true);
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        clear.addClickListener(e -> onChange.accept(RegisterFilter.NONE));

        more.addThemeVariants(ButtonVariant.TERTIARY);
        more.addClickListener(e -> secondary.setVisible(!secondary.isVisible()));
        Div primary = new Div(search, watchdog, recipient, status, overdue, more, clear);
        primary.addClassName("register-filters");
        // the filters used less often stay folded away unless a link or the user sets one
        secondary.add(kind, theme, priority, dueWithin, publishedFrom, publishedTo);
        secondary.addClassNames("register-filters", "secondary-filters");
        secondary.setVisible(false);
        getContent().add(primary, secondary);
        getContent().addClassName("register-filter-bar");
        List<HasValue<?, ?>> fields = Arrays.asList(watchdog, recipient, status, kind, theme, priority, overdue, dueWithin,
                publishedFrom, publishedTo, search);
        fields.forEach(f -> f.addValueChangeListener(e -> {
            if (!showing) {
                onChange.accept(read());
            }
        }));
    }

    void onChange(Consumer<RegisterFilter> listener) {
        this.onChange = listener;
    }

    /** Fills the fields from the filter. Codes the lists do not know leave their field empty. */
    void show(RegisterFilter f) {
        showing = true;
        try {
            watchdog.setValue(byCode(watchdogs, f.watchdog()));
            recipient.setValue(byCode(recipients, f.force()));
            status.setValue(f.statuses());
            kind.setValue(f.kind());
            theme.setValue(themes.stream().filter(t -> t.code().equals(f.theme())).findFirst().orElse(null));
            priority.setValue(f.priority());
            overdue.setValue(f.overdue());
            dueWithin.setValue(f.dueWithin());
            publishedFrom.setValue(f.publishedFrom());
            publishedTo.setValue(f.publishedTo());
            search.setValue(Objects.requireNonNullElse(f.q(), ""));
            long set = Stream.of(f.kind(), f.theme(), f.priority(), f.dueWithin(), f.publishedFrom(), f.publishedTo())
                    .filter(Objects::nonNull).count();
            more.setText(getTranslation("recommendation.filter.more", set));
            if (set > 0) {
                secondary.setVisible(true);
            }
            clear.setEnabled(!f.isEmpty());
        } finally {
            showing = false;
        }
    }

    private RegisterFilter read() {
        return new RegisterFilter(code(watchdog), code(recipient), status.getValue(), kind.getValue(),
                theme.getValue() == null ? null : theme.getValue().code(), priority.getValue(), overdue.getValue(),
                dueWithin.getValue(), publishedFrom.getValue(), publishedTo.getValue(), search.getValue());
    }

    private static String code(AbstractField<?, OrganisationRef> field) {
        return field.getValue() == null ? null : field.getValue().code();
    }

    private static OrganisationRef byCode(List<OrganisationRef> list, String code) {
        return list.stream().filter(o -> o.code().equals(code)).findFirst().orElse(null);
    }
}
