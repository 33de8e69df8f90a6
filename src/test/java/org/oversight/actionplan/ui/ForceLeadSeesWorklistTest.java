package org.oversight.actionplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouterLink;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.actionplan.PlanSummary;
import org.oversight.actionplan.WorkItem;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class ForceLeadSeesWorklistTest extends SpringBrowserlessTest {

    @Autowired PlanFixtures fx;

    @SuppressWarnings("unchecked")
    private Grid<WorkItem> worklist() {
        return find(Grid.class).withClassName("worklist").single();
    }

    @Test
    @WithUserDetails("surrey")
    void surreysLeadSeesTheirItemsOverdueFirstWithDaysOverdueAndLinks() {
        navigate(MyWorkView.class);

        assertThat(find(H1.class).withText("My work").exists()).isTrue();
        var grid = test(worklist());
        assertThat(grid.size()).isGreaterThan(5);
        List<String> deadlines = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (int row = 0; row < grid.size(); row++) {
            deadlines.add(((Span) grid.getCellComponent(row, "deadline")).getText());
            RouterLink link = (RouterLink) ((Div) grid.getCellComponent(row, "recommendation")).getComponentAt(0);
            links.add(link.getText() + " -> " + link.getHref());
        }
        assertThat(deadlines.getFirst()).endsWith("overdue");
        int firstNotOverdue = deadlines.indexOf(deadlines.stream().filter(d -> !d.endsWith("overdue")).findFirst().orElseThrow());
        assertThat(deadlines.subList(firstNotOverdue, deadlines.size())).noneMatch(d -> d.endsWith("overdue"));
        assertThat(links).anyMatch(l -> l.startsWith("IOPC-2026-031 · Recommendation 2 -> recommendations/"
                + fx.item(PlanFixtures.SURREY_MISSING_PERSON, "2", "SURREY")));
        assertThat(links).as("nothing of Devon and Cornwall's").noneMatch(l -> l.contains("CUST-DC"));
        long overdue = deadlines.stream().filter(d -> d.endsWith("overdue")).count();
        assertThat(find(Span.class).withClassName("work-figure", "alarm").single().getText()).isEqualTo(overdue + " overdue");
    }

    @Test
    @WithUserDetails("surrey")
    void theirPlansAreListedWithLinks() {
        navigate(MyWorkView.class);

        @SuppressWarnings("unchecked")
        Grid<PlanSummary> plans = find(Grid.class).withClassName("plan-list").single();
        var tester = test(plans);
        List<String> hrefs = new ArrayList<>();
        for (int row = 0; row < tester.size(); row++) {
            hrefs.add(((RouterLink) ((Div) tester.getCellComponent(row, "report")).getComponentAt(0)).getHref());
        }
        assertThat(hrefs).contains("plans/" + fx.plan(PlanFixtures.SURREY_BRECK, "SURREY"),
                "plans/" + fx.plan(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "SURREY"));
        assertThat(hrefs).doesNotContain("plans/" + fx.plan(PlanFixtures.DEVON_CUSTODY, "DEVON_CORNWALL"));
    }

    @Test
    @WithUserDetails("devon")
    void startingAPlanFromTheWorklistOpensTheNewDraft() {
        navigate(MyWorkView.class);
        var grid = test(worklist());
        int row = -1;
        for (int r = 0; r < grid.size(); r++) {
            if (grid.getCellComponent(r, "plan") instanceof Button) {
                row = r;
                break;
            }
        }
        assertThat(row).as("an item awaiting a plan that has none yet").isNotNegative();

        test((Button) grid.getCellComponent(row, "plan")).click();

        PlanView plan = (PlanView) getCurrentView();
        assertThat(plan).isNotNull();
        assertThat(find(Span.class).withText("Draft").exists()).isTrue();
        assertThat(find(Button.class).withText("Add action").exists()).isTrue();
    }
}
