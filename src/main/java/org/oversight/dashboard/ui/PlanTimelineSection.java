package org.oversight.dashboard.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.function.LongConsumer;
import org.oversight.dashboard.DashboardService;
import org.oversight.dashboard.PlanChoice;
import org.oversight.dashboard.chart.ChartKit;
import org.springframework.security.access.AccessDeniedException;

/** Chart 6 on the dashboard: pick one of the plans in the selection and see its actions against their dates. */
class PlanTimelineSection extends Section {

    PlanTimelineSection(DashboardService service, ChartKit kit, List<PlanChoice> plans, Long chosen,
                        LongConsumer onChoose) {
        addClassName("plan-timeline-section");
        add(new H2(getTranslation("dashboard.timeline.heading")));
        if (plans.isEmpty() && chosen == null) {
            Paragraph none = new Paragraph(getTranslation("dashboard.timeline.none"));
            none.addClassName("chart-empty");
            add(none);
            return;
        }
        long planId = chosen != null ? chosen : PlanChoice.busiest(plans).orElseThrow().id();
        ComboBox<PlanChoice> picker = new ComboBox<>(getTranslation("dashboard.timeline.picker"));
        picker.addClassName("plan-picker");
        picker.setItems(plans);
        picker.setItemLabelGenerator(PlanChoice::label);
        plans.stream().filter(p -> p.id() == planId).findFirst().ifPresent(picker::setValue);
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onChoose.accept(e.getValue().id());
            }
        });
        add(picker);
        try {
            add(new PlanGanttChart(service, kit, planId));
            add(DashboardLinks.timeline(getTranslation("dashboard.timeline.own-page"), planId));
        } catch (AccessDeniedException e) {
            Paragraph denied = new Paragraph(e.getMessage());
            denied.addClassName("chart-empty");
            add(denied);
        }
    }
}
