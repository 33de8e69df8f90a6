package org.oversight.importing.ui;

import org.oversight.base.ui.BuiltOnEntry;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import org.oversight.actionplan.ActionInput;
import org.oversight.actionplan.PlanSummary;
import org.oversight.base.SubmissionKey;
import org.oversight.importing.ActionImport;
import org.oversight.importing.ImportPreview;
import org.oversight.security.Role;

/**
 * Force and national leads import the actions of their organisation's action plan from a spreadsheet: choose the
 * plan, download its template (which lists the plan's recommendations), upload, read the preview, save all or none.
 */
@Route("import/actions")
@Menu(order = 46, title = "importing.actions.heading", icon = "vaadin:upload") // a message key, said by the layout in the reader's language
@RolesAllowed({Role.FORCE_LEAD_NAME, Role.NATIONAL_LEAD_NAME})
class ActionImportView extends ImportPage<ActionInput> implements HasDynamicTitle, BuiltOnEntry {

    private final ActionImport imports;
    private ComboBox<PlanSummary> plan;
    private final Div templates = new Div();

    ActionImportView(ActionImport imports) {
        super(ActionImport.MAX_ROWS);
        this.imports = imports;
        addClassName("import-view");
        setMaxWidth("90rem");
    }

    @Override
    public void build() {
        plan = new ComboBox<>(getTranslation("importing.actions.plan"));
        templates.removeAll();
        add(new H1(getTranslation("importing.actions.heading")));
        add(new Paragraph(getTranslation("importing.actions.intro")));

        plan.setItems(imports.plans());
        plan.setItemLabelGenerator(p -> getTranslation("importing.actions.plan.item", p.reportReference(), p.reportTitle(),
                p.status().label()));
        plan.setWidth("min(40rem, 100%)");
        plan.setHelperText(getTranslation("importing.actions.plan.hint"));
        plan.addValueChangeListener(e -> {
            clear();
            showTemplates(e.getValue());
        });
        add(plan, templates);
        addImportParts();
    }

    private void showTemplates(PlanSummary chosen) {
        templates.removeAll();
        if (chosen == null) {
            return;
        }
        long id = chosen.planId();
        HorizontalLayout links = new HorizontalLayout(
                template(getTranslation("importing.template.csv"), "actions-template.csv", "text/csv; charset=UTF-8",
                        () -> imports.csvTemplate(id)),
                template(getTranslation("importing.template.xlsx"), "actions-template.xlsx", XLSX_TYPE, () -> imports.xlsxTemplate(id)));
        links.setWrap(true);
        templates.add(links);
    }

    @Override
    Long target() {
        PlanSummary chosen = plan.getValue();
        plan.setInvalid(chosen == null);
        if (chosen == null) {
            plan.setErrorMessage(getTranslation("importing.actions.choose-plan"));
            return null;
        }
        return chosen.planId();
    }

    @Override
    ImportPreview<ActionInput> preview(long target, String fileName, Path file, IntConsumer progress) {
        return imports.preview(target, fileName, file, progress);
    }

    @Override
    int save(ImportPreview<ActionInput> preview, SubmissionKey key, IntConsumer progress) {
        return imports.save(preview, key, progress);
    }

    @Override
    String counted() {
        return "importing.actions";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("importing.actions.page-title");
    }

    @Override
    Anchor openSaved(long target) {
        return new Anchor("plans/" + target, getTranslation("importing.actions.open"));
    }

    @Override
    int wideColumn() {
        return 0;
    }
}
