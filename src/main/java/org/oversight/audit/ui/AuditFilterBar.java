package org.oversight.audit.ui;

import org.oversight.base.i18n.Messages;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.oversight.audit.AuditWords;
import java.util.function.Consumer;
import org.oversight.base.ui.Dates;
import org.oversight.audit.AuditFilter;
import org.oversight.base.ui.FieldMessages;

/**
 * The audit view's filters: who, what entity, which days. Reports a new filter only when every field holds something
 * it can use; a field that does not (a word where a number belongs, a date that is not one) says so on itself.
 */
class AuditFilterBar extends Composite<HorizontalLayout> {

    final ComboBox<String> user = new ComboBox<>(Messages.t("audit.filter.user"));
    final ComboBox<String> entityType = new ComboBox<>(Messages.t("audit.filter.entity-type"));
    final TextField entityId = new TextField(Messages.t("audit.filter.entity-number"));
    final DatePicker from = new DatePicker(Messages.t("audit.filter.from"));
    final DatePicker to = new DatePicker(Messages.t("audit.filter.to"));
    private final Button clear = new Button(Messages.t("audit.filter.clear"));
    private Consumer<AuditFilter> listener = f -> { };
    private boolean quiet;
    /** The service's messages, cleared on the next change (the pickers' own messages stay). */
    private final FieldMessages serviceMessages = new FieldMessages().on("entityId", entityId).on("from", from).on("to", to);

    AuditFilterBar(List<String> usernames, List<String> entityTypes) {
        user.setItems(usernames);
        user.setClearButtonVisible(true);
        user.setPlaceholder(getTranslation("audit.filter.anyone"));
        entityType.setItems(entityTypes);
        entityType.setItemLabelGenerator(AuditWords::recordKind);
        entityType.setClearButtonVisible(true);
        entityType.setPlaceholder(getTranslation("audit.filter.any"));
        entityId.setClearButtonVisible(true);
        entityId.setPlaceholder(getTranslation("audit.filter.any"));
        entityId.setMaxLength(18);
        entityId.setValueChangeMode(ValueChangeMode.LAZY);
        entityId.setWidth("9em");
        for (DatePicker picker : List.of(from, to)) {
            Dates.configure(picker);
            picker.setClearButtonVisible(true);
            picker.setWidth("10em");
        }
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        clear.addClickListener(e -> set(AuditFilter.ALL));
        user.addValueChangeListener(e -> changed());
        entityType.addValueChangeListener(e -> changed());
        entityId.addValueChangeListener(e -> changed());
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());

        HorizontalLayout row = getContent();
        row.addClassName("audit-filters");
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.add(user, entityType, entityId, from, to, clear);
    }

    void onChange(Consumer<AuditFilter> listener) {
        this.listener = listener;
    }

    /** Shows a filter (e.g. from the link) without reporting it back as a change. */
    void set(AuditFilter filter) {
        quiet = true;
        try {
            user.setValue(filter.username());
            entityType.setValue(filter.entityType());
            entityId.setValue(filter.entityId() == null ? "" : filter.entityId().toString());
            from.setValue(filter.from());
            to.setValue(filter.to());
            clearMessages();
        } finally {
            quiet = false;
        }
        listener.accept(filter);
    }

    /** Messages from the service's check, shown on the fields they concern. */
    FieldMessages serviceMessages() {
        return serviceMessages;
    }

    private void changed() {
        if (quiet) {
            return;
        }
        clearMessages();
        Long id = entityNumber();
        if (id == null && !entityId.getValue().isBlank() || from.isInvalid() || to.isInvalid()) {
            return;
        }
        listener.accept(new AuditFilter(null, null, id, from.getValue(), to.getValue())
                .withUsername(user.getValue()).withEntityType(entityType.getValue()));
    }

    private Long entityNumber() {
        String text = entityId.getValue().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            entityId.setErrorMessage(getTranslation("audit.filter.enter-number"));
            entityId.setInvalid(true);
            return null;
        }
    }

    private void clearMessages() {
        entityId.setInvalid(false);
        serviceMessages.clear();
    }
}
