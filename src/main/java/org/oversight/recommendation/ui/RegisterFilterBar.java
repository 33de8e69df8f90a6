package org.oversight.recommendation.ui;

import org.oversight.base.i18n.Messages;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.oversight.base.ui.Filters;
import org.oversight.recommendation.OrganisationRef;
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
    final Checkbox overdue = new Checkbox(Messages.t("recommendation.filter.overdue"));
    final TextField search = new TextField(Messages.t("recommendation.filter.search"));
    final Button clear = new Button(Messages.t("recommendation.filter.clear"), VaadinIcon.CLOSE_SMALL.create());
    final Button more = new Button(Messages.t("recommendation.filter.more", 0), VaadinIcon.SLIDERS.create());
    private final Div secondary = new Div();
    /** The filters used less often, made the first time they are shown (most visits never open them). */
    private SecondaryFilters less;

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
        // an empty filter selects everything, and says so
        Filters.allWhenEmpty(watchdog, recipient, status);
        search.setPlaceholder(getTranslation("recommendation.filter.search-hint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        clear.addClickListener(e -> onChange.accept(RegisterFilter.NONE));

        more.addThemeVariants(ButtonVariant.TERTIARY);
        more.addClickListener(e -> {
            boolean open = !secondary.isVisible();
            if (open) {
                lessOften();
            }
            secondary.setVisible(open);
        });
        Div primary = new Div(search, watchdog, recipient, status, overdue, more, clear);
        primary.addClassName("register-filters");
        // the filters used less often stay folded away unless a link or the user sets one
        secondary.addClassNames("register-filters", "secondary-filters");
        secondary.setVisible(false);
        getContent().add(primary, secondary);
        getContent().addClassName("register-filter-bar");
        reportChanges(List.of(watchdog, recipient, status, overdue, search));
    }

    private void reportChanges(List<HasValue<?, ?>> fields) {
        fields.forEach(f -> f.addValueChangeListener(e -> {
            if (!showing) {
                onChange.accept(read());
            }
        }));
    }

    /**
     * The folded filters, made the first time they are needed. Until then the filter shown sets none of them (a
     * filter that sets one makes them at once), so they are empty when made.
     */
    private SecondaryFilters lessOften() {
        if (less == null) {
            less = new SecondaryFilters(themes);
            less.fields().forEach(f -> secondary.add((Component) f));
            reportChanges(less.fields());
        }
        return less;
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
            overdue.setValue(f.overdue());
            search.setValue(Objects.requireNonNullElse(f.q(), ""));
            long set = SecondaryFilters.countSet(f);
            more.setText(getTranslation("recommendation.filter.more", set));
            if (set > 0 || less != null) {
                lessOften().show(f);
            }
            if (set > 0) {
                secondary.setVisible(true);
            }
            clear.setEnabled(!f.isEmpty());
        } finally {
            showing = false;
        }
    }

    private RegisterFilter read() {
        RegisterFilter folded = less == null ? RegisterFilter.NONE : less.read();
        return new RegisterFilter(code(watchdog), code(recipient), status.getValue(), folded.kind(), folded.theme(),
                folded.priority(), overdue.getValue(), folded.dueWithin(), folded.publishedFrom(), folded.publishedTo(),
                search.getValue());
    }

    private static String code(AbstractField<?, OrganisationRef> field) {
        return field.getValue() == null ? null : field.getValue().code();
    }

    private static OrganisationRef byCode(List<OrganisationRef> list, String code) {
        return list.stream().filter(o -> o.code().equals(code)).findFirst().orElse(null);
    }
}
