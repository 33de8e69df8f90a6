package org.oversight.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A force lead reviews the timeline of one action plan. */
class ForceLeadReviewsActionPlanGanttTest {

    private final ChartStyle style = ChartStyle.of(ChartStyle.Variant.LIGHT);

    @Test
    void seesEachActionTodayAndWhichAreDoneOrOverdueInWords() {
        ChartSpec spec = ActionPlanGanttChart.build(ChartSamples.plan(), style);
        Svg svg = Svg.parse(ChartRenderer.toSvg(spec.chart(), 800, spec.preferredHeight()));

        assertThat(svg.texts()).contains("Action plan: Custody improvement plan", "Today",
                "Review custody healthcare contract (done)", "Train custody sergeants",
                "Install CCTV in cells (overdue)", "Audit detention logs",
                "Open", "Overdue", "Done", "Original due date");
    }

    @Test
    void doneBarsAreHatchedSoTheyDifferFromOpenOnesInGreyscale() {
        ChartSpec spec = ActionPlanGanttChart.build(ChartSamples.plan(), style);
        Pixels pixels = Pixels.draw(spec.chart(), 800, spec.preferredHeight());

        // series 0 is the current plan; columns follow the actions: 0 done, 1 open, 2 overdue
        assertThat(pixels.greyLevelsInBar(0, 0)).as("done bar").isGreaterThan(1);
        assertThat(pixels.greyLevelsInBar(0, 1)).as("open bar").isEqualTo(1);
        assertThat(pixels.greyLevelsInBar(0, 2)).as("overdue bar").isEqualTo(1);
        assertThat(pixels.greyOfBar(0, 2)).as("overdue is much darker than open")
                .isLessThan(pixels.greyOfBar(0, 1) - 40);
    }

    @Test
    void altTextAndTableCarryTheDates() {
        ChartSpec spec = ActionPlanGanttChart.build(ChartSamples.plan(), style);

        assertThat(spec.altText()).isEqualTo("Action plan \u201cCustody improvement plan\u201d: 4 actions from "
                + "5 Jan 2026 to 28 Feb 2027; 1 done, 1 overdue as of 23 Nov 2026, 1 moved from the original due date.");
        assertThat(spec.table().headers()).containsExactly("Action", "Start", "Due", "Original due", "Status");
        assertThat(spec.table().rows()).containsExactly(
                List.of("Review custody healthcare contract", "5 Jan 2026", "30 Apr 2026", "30 Apr 2026", "Done"),
                List.of("Train custody sergeants", "5 Jan 2026", "18 Dec 2026", "30 Sept 2026", "Open"),
                List.of("Install CCTV in cells", "1 Mar 2026", "31 Oct 2026", "31 Oct 2026", "Overdue"),
                List.of("Audit detention logs", "1 Jun 2026", "28 Feb 2027", "28 Feb 2027", "Open"));
    }

    @Test
    void actionsWithTheSameNameStayApart() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        ActionPlanTimeline plan = new ActionPlanTimeline("Twins", d, List.of(
                new ActionPlanTimeline.PlannedAction("Brief staff", d, d.plusDays(10), false),
                new ActionPlanTimeline.PlannedAction("Brief staff", d, d.plusDays(20), false)));
        Svg svg = Svg.parse(ChartRenderer.toSvg(ActionPlanGanttChart.build(plan, style).chart(), 800, 300));

        assertThat(svg.texts()).contains("Brief staff", "Brief staff #2");
    }

    @Test
    void aPlanWithoutActionsSaysSo() {
        ActionPlanTimeline none = new ActionPlanTimeline("New plan", LocalDate.of(2026, 1, 1), List.of());
        ChartSpec spec = ActionPlanGanttChart.build(none, style);

        assertThat(spec.empty()).isTrue();
        assertThat(Svg.parse(ChartRenderer.toSvg(spec.chart(), 800, 300)).texts())
                .containsExactly("Action plan: New plan", "No actions in this plan yet" + ".");
    }

    private static String rgb(java.awt.Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }
}
