package org.oversight.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Each sentence worked out by hand from the rule, the calendar and the statute's words (decision 0010), not from
 * the engine's code.
 */
class ClockExplanationTest {

    private final ClockEngine engine = Clocks.engine();
    private final ClockExplanation explanation = new ClockExplanation(engine, Clocks.properties(),
            Clocks.ENGLAND_AND_WALES);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 20);

    @Test
    void anActionPlanDueOnNewYearsDaySaysItIsABankHoliday() {
        // Published Fri 20 Nov 2026; six weeks (42 days) later is Fri 1 Jan 2027, New Year's Day
        ClockSpec plan = ClockSpec.starting(ClockRule.HMICFRS_ACTION_PLAN, LocalDate.of(2026, 11, 20));

        assertThat(explanation.explain(plan, TODAY))
                .isEqualTo("Published 20 Nov 2026, plus 6 weeks: 1 Jan 2027 (New Year's Day, a bank holiday).");
    }

    @Test
    void aPauseAndThenAnExtensionEachSayWhatTheyDid() {
        // paused 1–10 Dec 2026: 10 days, so 1 Jan + 10 = 11 Jan 2027 (a Monday, not a bank holiday); then an
        // application received 15 Dec 2026 moved it to 25 Feb 2027
        ClockSpec plan = ClockSpec.starting(ClockRule.HMICFRS_ACTION_PLAN, LocalDate.of(2026, 11, 20))
                .withPause(new Pause(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10), "Judicial review"));
        plan = engine.grantExtension(plan, new Extension(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 2, 25),
                "Chief constable's application"));

        assertThat(explanation.explain(plan, TODAY)).isEqualTo(
                "Published 20 Nov 2026, plus 6 weeks: 1 Jan 2027 (New Year's Day, a bank holiday); "
                        + "+10 days paused for judicial review, 1–10 Dec 2026: 11 Jan 2027; "
                        + "extended to 25 Feb 2027 on an application received 15 Dec 2026.");
        assertThat(engine.dueOn(plan)).contains(LocalDate.of(2027, 2, 25));
    }

    @Test
    void aRunningPauseSaysTheDateIsNoEarlierThanItsDaysSoFarAllow() {
        // made 1 Mar 2026; 56 days beginning with that day end on Sat 25 Apr 2026. Paused since 20 Apr; on 25 Apr
        // six days (20–25 Apr) have been paused, so the date is at least 25 Apr + 6 = Fri 1 May 2026
        ClockSpec learning = ClockSpec.starting(ClockRule.IOPC_LEARNING_RESPONSE, LocalDate.of(2026, 3, 1))
                .withPause(Pause.running(LocalDate.of(2026, 4, 20), "Judicial review proceedings"));

        assertThat(explanation.explain(learning, LocalDate.of(2026, 4, 25))).isEqualTo(
                "Made 1 Mar 2026, 56 days beginning with that day: 25 Apr 2026; paused for judicial review "
                        + "proceedings since 20 Apr 2026 (6 days so far, a day later for each further day): "
                        + "no earlier than 1 May 2026.");
    }

    @Test
    void aResponseMetLateSaysHowLate() {
        // due Sat 25 Apr 2026, received Thu 30 Apr: 5 days late
        ClockSpec learning = ClockSpec.starting(ClockRule.IOPC_LEARNING_RESPONSE, LocalDate.of(2026, 3, 1))
                .withMetOn(LocalDate.of(2026, 4, 30));

        assertThat(explanation.explain(learning, TODAY))
                .isEqualTo("Made 1 Mar 2026, 56 days beginning with that day: 25 Apr 2026; met on 30 Apr 2026, 5 days late.");
    }

    @Test
    void aPccResponseMetOnTimeAndAnEasterPause() {
        // published Wed 1 Apr 2026 + 56 days = Wed 27 May 2026; paused Fri 3 Apr (Good Friday) to Mon 6 Apr
        // (Easter Monday): 4 days, so 31 May 2026; met 29 May, on time
        ClockSpec pcc = ClockSpec.starting(ClockRule.PCC_RESPONSE, LocalDate.of(2026, 4, 1))
                .withPause(new Pause(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), "Awaiting the inspectorate"))
                .withMetOn(LocalDate.of(2026, 5, 29));

        assertThat(explanation.explain(pcc, TODAY)).isEqualTo("Published 1 Apr 2026, plus 56 days: 27 May 2026; "
                + "+4 days paused for awaiting the inspectorate, 3–6 Apr 2026: 31 May 2026; met on 29 May 2026, on time.");
    }

    @Test
    void anApprovedMoveOfAnActionTargetIsSaidAsAMove() {
        ClockSpec target = new ClockSpec(ClockRule.ACTION_TARGET, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 20),
                null, null, null);
        target = engine.grantExtension(target, new Extension(LocalDate.of(2027, 2, 10), LocalDate.of(2027, 4, 30),
                "Supplier delay"));

        assertThat(explanation.explain(target, TODAY)).isEqualTo(
                "Target agreed in the action plan: 20 Feb 2027; moved to 30 Apr 2027 on a request received 10 Feb 2027.");
    }

    @Test
    void aLongReasonIsCutToItsFirstClauseInTheSentence() {
        assertThat(ClockExplanation.firstClause("Judicial review proceedings in progress: the officer's claim "
                + "challenging the findings on which the recommendation rests.")).isEqualTo(
                "Judicial review proceedings in progress");
        assertThat(ClockExplanation.firstClause("Judicial review")).isEqualTo("Judicial review");
    }

    @Test
    void rangesReadAsPeopleWriteThem() {
        assertThat(ClockExplanation.range(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 3)))
                .isEqualTo("28 Nov – 3 Dec 2026");
        assertThat(ClockExplanation.range(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2)))
                .isEqualTo("30 Dec 2026 – 2 Jan 2027");
        assertThat(ClockExplanation.range(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1))).isEqualTo("1 Dec 2026");
    }
}
