package org.oversight.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.DashboardPeriod;
import org.oversight.dashboard.FilterOptions;
import org.oversight.dashboard.FilterOptions.Option;

/** Watchdog, period and theme; each change hands the new filter on (the view puts it in the URL). */
class FilterBar extends Div {

    FilterBar(FilterOptions options, DashboardFilter filter, Consumer<DashboardFilter> onChange) {
        addClassName("dashboard-filters");

        Select<Option> watchdog = new Select<>();
        watchdog.setLabel(getTranslation("dashboard.filter.watchdog"));
        watchdog.setItems(options.watchdogs());
        watchdog.setItemLabelGenerator(o -> o == null ? getTranslation("dashboard.filter.all-watchdogs") : o.name());
        watchdog.setEmptySelectionAllowed(true);
        watchdog.setEmptySelectionCaption(getTranslation("dashboard.filter.all-watchdogs"));
        watchdog.setValue(find(options.watchdogs(), filter.watchdog()));

        Select<DashboardPeriod> period = new Select<>();
        period.setLabel(getTranslation("dashboard.filter.period"));
        period.setItems(DashboardPeriod.values());
        period.setItemLabelGenerator(DashboardPeriod::label);
        period.setValue(filter.period());

        ComboBox<Option> theme = new ComboBox<>(getTranslation("dashboard.filter.theme"));
        theme.setItems(options.themes());
        theme.setItemLabelGenerator(Option::name);
        theme.setPlaceholder(getTranslation("dashboard.filter.all-themes"));
        theme.setClearButtonVisible(true);
        theme.setValue(find(options.themes(), filter.theme()));

        watchdog.addValueChangeListener(e -> onChange.accept(filter.withWatchdog(code(e.getValue()))));
        period.addValueChangeListener(e -> onChange.accept(filter.withPeriod(e.getValue())));
        theme.addValueChangeListener(e -> onChange.accept(filter.withTheme(code(e.getValue()))));
        add(watchdog, period, theme);

        if (!filter.equals(DashboardFilter.NONE)) {
            Button clear = new Button(getTranslation("dashboard.filter.clear"), e -> onChange.accept(DashboardFilter.NONE));
            clear.addThemeVariants(ButtonVariant.TERTIARY);
            clear.addClassName("dashboard-filters-clear");
            add(clear);
        }
    }

    private static Option find(List<Option> options, String code) {
        return options.stream().filter(o -> Objects.equals(o.code(), code)).findFirst().orElse(null);
    }

    private static String code(Option option) {
        return option == null ? null : option.code();
    }
}
