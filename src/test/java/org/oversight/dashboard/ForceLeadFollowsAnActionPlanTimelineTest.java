package org.oversight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.dashboard.chart.ActionPlanTimeline;
import org.oversight.dashboard.chart.ActionPlanTimeline.PlannedAction;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Chart 6: a force lead sees the actions of their own plan against their dates, and never another force's. */
@DatabaseTest
@Transactional
@WithUserDetails("surrey")
class ForceLeadFollowsAnActionPlanTimelineTest {

    @Autowired
    DashboardService service;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void theirPlanShowsEveryActionWithItsCurrentAndOriginalDueDate() {
        long plan = planOf("SURREY");
        record Row(String title, LocalDate due, LocalDate original, String status) {
        }
        List<Row> rows = jdbc.query("SELECT title, due_on, original_due_on, status FROM action WHERE plan_id = ? "
                        + "AND status <> 'CANCELLED' ORDER BY due_on, id",
                (rs, n) -> new Row(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4)), plan);

        ActionPlanTimeline timeline = service.planTimeline(plan);

        assertThat(rows).isNotEmpty();
        assertThat(timeline.plan()).startsWith("Surrey Police \u2013 ");
        assertThat(timeline.today()).isEqualTo(LocalDate.now(clock));
        assertThat(timeline.actions()).extracting(PlannedAction::name).containsExactlyElementsOf(
                rows.stream().map(Row::title).toList());
        assertThat(timeline.actions()).extracting(PlannedAction::due).containsExactlyElementsOf(
                rows.stream().map(Row::due).toList());
        assertThat(timeline.actions()).extracting(PlannedAction::originalDue).containsExactlyElementsOf(
                rows.stream().map(Row::original).toList());
        assertThat(timeline.actions()).extracting(PlannedAction::done).containsExactlyElementsOf(
                rows.stream().map(r -> r.status().equals("DONE")).toList());
        assertThat(timeline.actions()).allSatisfy(a -> assertThat(a.start()).isBeforeOrEqualTo(a.due()));
    }

    @Test
    void anotherForcesPlanIsReportedAsNotThere() {
        long devon = planOf("DEVON_CORNWALL");

        assertThatThrownBy(() -> service.planTimeline(devon)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("There is no action plan " + devon + " that you can see.");
        assertThatThrownBy(() -> service.planTimeline(-1)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.plans(DashboardFilter.NONE)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.label()).startsWith("Surrey Police"))
                .noneMatch(p -> p.id() == devon);
    }

    @Test
    void thePlansToChooseFromCountTheirActionsAndTheBusiestComesFirst() {
        List<PlanChoice> plans = service.plans(DashboardFilter.NONE);

        for (PlanChoice plan : plans) {
            int actions = jdbc.queryForObject("SELECT COUNT(*) FROM action WHERE plan_id = ? AND status <> 'CANCELLED'",
                    Integer.class, plan.id());
            int done = jdbc.queryForObject("SELECT COUNT(*) FROM action WHERE plan_id = ? AND status = 'DONE'",
                    Integer.class, plan.id());
            assertThat(plan.actions()).as(plan.label()).isEqualTo(actions);
            assertThat(plan.unfinished()).as(plan.label()).isEqualTo(actions - done);
        }
        int most = plans.stream().mapToInt(PlanChoice::unfinished).max().orElseThrow();
        assertThat(PlanChoice.busiest(plans)).hasValueSatisfying(p -> assertThat(p.unfinished()).isEqualTo(most));
    }

    private long planOf(String organisation) {
        return jdbc.queryForObject("""
                SELECT MIN(ap.id) FROM action_plan ap JOIN organisation o ON o.id = ap.organisation_id
                WHERE o.code = ? AND EXISTS (SELECT 1 FROM action a WHERE a.plan_id = ap.id)
                """, Long.class, organisation);
    }
}
