package org.oversight.api;

import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.oversight.actionplan.ActionInput;
import org.oversight.actionplan.ActionPlanService;
import org.oversight.actionplan.ActionService;
import org.oversight.base.SubmissionKey;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.report.RecommendationForm;
import org.oversight.report.ReportForm;
import org.oversight.report.ReportService;
import org.oversight.testsupport.SignIn;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Test side: a fresh HMICFRS inspection of Surrey Police (so it has the commissioner's clock) with one
 * recommendation to Surrey, and Surrey's draft plan with a summary and one action answering it; made through the services inside
 * the test's transaction. Nobody is signed in afterwards.
 */
@Component
class ApiFixtures {

    record Inspection(long report, long recommendation, long item, long plan, long action) {
    }

    private final ReportService reports;
    private final ActionPlanService plans;
    private final ActionService actions;
    private final UserDetailsService users;
    private final DSLContext dsl;
    private final Clock clock;

    ApiFixtures(ReportService reports, ActionPlanService plans, ActionService actions, UserDetailsService users,
                DSLContext dsl, Clock clock) {
        this.reports = reports;
        this.plans = plans;
        this.actions = actions;
        this.users = users;
        this.dsl = dsl;
        this.clock = clock;
    }

    Inspection surreyInspectionWithADraftPlan() {
        SignIn.as(users, "hmicfrs");
        long surrey = dsl.select(org.oversight.db.Tables.ORGANISATION.ID).from(org.oversight.db.Tables.ORGANISATION)
                .where(org.oversight.db.Tables.ORGANISATION.CODE.eq("SURREY")).fetchSingle().value1();
        long report = reports.create(new ReportForm(ReportKind.INSPECTION, "Call handling inspection",
                "API-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.now(clock).minusDays(10),
                "https://example.org/report", "What we found.", Set.of(surrey), Set.of()), SubmissionKey.fresh());
        long recommendation = reports.addRecommendation(report, new RecommendationForm("1", RecommendationKind.RECOMMENDATION,
                "Answer calls sooner.", Priority.HIGH, Set.of(), false, Set.of(surrey)), SubmissionKey.fresh());
        long item = dsl.select(TRACKED_RECOMMENDATION.ID).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(recommendation)).fetchSingle(TRACKED_RECOMMENDATION.ID);
        SignIn.as(users, "surrey");
        long plan = plans.startPlan(report);
        long action = newAction(plan, item);
        plans.saveSummary(plan, "Answer every call within ten seconds.", dsl.select(ACTION_PLAN.VERSION).from(ACTION_PLAN)
                .where(ACTION_PLAN.ID.eq(plan)).fetchSingle(ACTION_PLAN.VERSION));
        SignIn.out();
        return new Inspection(report, recommendation, item, plan, action);
    }

    /** Another action on the plan answering the item, added as Surrey's lead; nobody is signed in afterwards. */
    long newActionAsSurrey(long plan, long item) {
        SignIn.as(users, "surrey");
        long action = newAction(plan, item);
        SignIn.out();
        return action;
    }

    private long newAction(long plan, long item) {
        return actions.addAction(plan, new ActionInput("Retrain call handlers", null, "Head of Contact",
                LocalDate.now(clock).plusMonths(2), 0, null, Set.of(item)), SubmissionKey.fresh());
    }
}
