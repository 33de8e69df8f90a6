package org.oversight.recommendation.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.oversight.base.i18n.Messages;
import org.oversight.base.ui.Dates;
import org.oversight.base.ui.Filters;
import org.oversight.base.ui.Inputs;
import org.oversight.recommendation.KindLabels;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.RegisterFilter;
import org.oversight.recommendation.ThemeRef;

/**
 * The register's filters used less often: kind, theme, priority, due within, published from and to. The filter bar
 * makes them the first time they are shown, as most visits to the register never open them and six fields (two date
 * pickers among them) cost a visit more than the rest of the bar (docs/performance.md, "Capacity").
 */
final class SecondaryFilters {

    final ComboBox<RecommendationKind> kind = new ComboBox<>(Messages.t("recommendation.filter.kind"));
    final ComboBox<ThemeRef> theme = new ComboBox<>(Messages.t("recommendation.filter.theme"));
    final ComboBox<Priority> priority = new ComboBox<>(Messages.t("recommendation.filter.priority"));
    final IntegerField dueWithin = new IntegerField(Messages.t("recommendation.filter.due-within"));
    final DatePicker publishedFrom = new DatePicker(Messages.t("recommendation.filter.published-from"));
    final DatePicker publishedTo = new DatePicker(Messages.t("recommendation.filter.published-to"));
    private final List<ThemeRef> themes;

    SecondaryFilters(List<ThemeRef> themes) {
        this.themes = themes;
        kind.setItems(RecommendationKind.values());
        kind.setItemLabelGenerator(KindLabels::of);
        theme.setItems(themes);
        theme.setItemLabelGenerator(ThemeRef::name);
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(Priority::label);
        Filters.allWhenEmpty(kind, theme, priority);
        dueWithin.setMin(0);
        dueWithin.setStepButtonsVisible(true);
        dueWithin.setPlaceholder(Messages.t("recommendation.filter.days"));
        String wholeDays = Messages.t("recommendation.filter.whole-days");
        dueWithin.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(wholeDays)
                .setMinErrorMessage(wholeDays));
        for (DatePicker date : List.of(publishedFrom, publishedTo)) {
            Dates.configure(date);
            Inputs.explain(date);
            date.setClearButtonVisible(true);
        }
    }

    List<HasValue<?, ?>> fields() {
        return List.of(kind, theme, priority, dueWithin, publishedFrom, publishedTo);
    }

    /** How many of these filters the filter sets: the count on the "more filters" button. */
    static long countSet(RegisterFilter f) {
        return Stream.of(f.kind(), f.theme(), f.priority(), f.dueWithin(), f.publishedFrom(), f.publishedTo())
                .filter(Objects::nonNull).count();
    }

    /** Fills the fields from the filter; a theme the list does not know leaves its field empty. */
    void show(RegisterFilter f) {
        kind.setValue(f.kind());
        theme.setValue(known(themes, f.theme()));
        priority.setValue(f.priority());
        dueWithin.setValue(f.dueWithin());
        publishedFrom.setValue(f.publishedFrom());
        publishedTo.setValue(f.publishedTo());
    }

    /** These fields' part of a filter (the others left empty). */
    RegisterFilter read() {
        ThemeRef t = theme.getValue();
        return new RegisterFilter(null, null, Set.of(), kind.getValue(), t == null ? null : t.code(), priority.getValue(),
                false, dueWithin.getValue(), publishedFrom.getValue(), publishedTo.getValue(), null);
    }

    private static ThemeRef known(List<ThemeRef> themes, String code) {
        return themes.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
    }
}
