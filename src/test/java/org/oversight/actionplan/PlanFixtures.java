package org.oversight.actionplan;

import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.EVIDENCE;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.oversight.base.SubmissionKey;
import org.oversight.recommendation.FreshItems;
import org.oversight.recommendation.Status;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Finds the demo data's plans, actions and items by the names people use, and switches the signed-in user; and
 * makes rows of a test's own ({@link #evidenceOnAFreshItem}) for tests that must not depend on the demo story.
 */
@Component
public class PlanFixtures {

    public static final String SURREY_CONTACT_MANAGEMENT = "HMICFRS-2026-CM-SURREY";   // SUBMITTED to HMICFRS
    public static final String SURREY_MISSING_PERSON = "IOPC-2026-031";                 // DRAFT, rec 2 unanswered
    public static final String SURREY_BRECK = "IPCC-2015-001";                          // ACCEPTED, with evidence
    public static final String DEVON_CUSTODY = "HMICFRS-2026-CUST-DC";                  // RETURNED

    private final DSLContext dsl;
    private final UserDetailsService users;
    private final FreshItems fresh;
    private final ProgressService progress;
    private final ActionPlanService plans;
    private final ActionService actions;
    private final Clock clock;

    PlanFixtures(DSLContext dsl, UserDetailsService users, FreshItems fresh, ProgressService progress,
                 ActionPlanService plans, ActionService actions, Clock clock) {
        this.dsl = dsl;
        this.users = users;
        this.fresh = fresh;
        this.progress = progress;
        this.plans = plans;
        this.actions = actions;
        this.clock = clock;
    }

    /** A fresh item's plan, accepted by the watchdog, with one action answering the item. */
    public record AcceptedPlan(long item, long planId, long actionId) {
    }

    /**
     * A new HMICFRS report with one recommendation to the lead's organisation, whose plan the lead writes with one
     * action and submits and HMICFRS accepts; made through the services. Afterwards the lead is signed in.
     */
    public AcceptedPlan acceptedPlanOnAFreshItem(String lead, String organisationCode, String actionTitle) {
        AcceptedPlan plan = submittedPlanOnAFreshItem(lead, organisationCode, actionTitle);
        signIn("hmicfrs");
        plans.accept(plan.planId(), null, planVersion(plan.planId()));
        signIn(lead);
        return plan;
    }

    /** As {@link #acceptedPlanOnAFreshItem}, but HMICFRS returns the plan with {@code reason}. */
    public AcceptedPlan returnedPlanOnAFreshItem(String lead, String organisationCode, String actionTitle, String reason) {
        AcceptedPlan plan = submittedPlanOnAFreshItem(lead, organisationCode, actionTitle);
        signIn("hmicfrs");
        plans.returnPlan(plan.planId(), reason, planVersion(plan.planId()));
        signIn(lead);
        return plan;
    }

    /** As {@link #acceptedPlanOnAFreshItem}, up to the lead's submission (the watchdog has not decided). */
    public AcceptedPlan submittedPlanOnAFreshItem(String lead, String organisationCode, String actionTitle) {
        signIn("hmicfrs");
        long item = fresh.itemFor(organisationCode);
        long reportId = dsl.select(RECOMMENDATION.REPORT_ID).from(TRACKED_RECOMMENDATION).join(RECOMMENDATION)
                .on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .where(TRACKED_RECOMMENDATION.ID.eq(item)).fetchSingle(RECOMMENDATION.REPORT_ID);
        signIn(lead);
        long planId = plans.startPlan(reportId);
        long actionId = actions.addAction(planId, new ActionInput(actionTitle, null, "Head of Contact Centre",
                LocalDate.now(clock).plusMonths(3), 0, null, Set.of(item)), SubmissionKey.fresh());
        plans.saveSummary(planId, "Training and an audit of the signposting.", planVersion(planId));
        plans.submit(planId, planVersion(planId));
        return new AcceptedPlan(item, planId, actionId);
    }

    /**
     * HMICFRS returns Surrey's submitted contact management plan; Surrey rewrites the summary, replaces its first
     * action by a new one ("Quarterly random sample audit"), renames its second and gives it a new owner
     * ("Superintendent Contact"), and submits it again. Afterwards HMICFRS is signed in.
     */
    public long resubmittedContactManagementPlan() {
        long planId = plan(SURREY_CONTACT_MANAGEMENT, "SURREY");
        signIn("hmicfrs");
        plans.returnPlan(planId, "Say how the audit sample will be chosen.", planVersion(planId));
        signIn("surrey");
        PlanDetails returned = plans.plan(planId);
        ActionDetails replaced = returned.actions().get(0);
        ActionDetails renamed = returned.actions().get(1);
        plans.saveSummary(planId, "Audit a random sample of 200 calls each quarter.", planVersion(planId));
        actions.addAction(planId, new ActionInput("Quarterly random sample audit", null, "Head of Contact",
                replaced.dueOn(), 0, ActionStatus.NOT_STARTED, Set.copyOf(replaced.answers())), SubmissionKey.fresh());
        actions.deleteAction(replaced.id(), replaced.version());
        actions.editAction(renamed.id(), new ActionInput(renamed.title() + " (monthly)", renamed.description(),
                "Superintendent Contact", renamed.dueOn(), renamed.progress(), renamed.status(),
                Set.copyOf(renamed.answers())), renamed.version());
        plans.submit(planId, planVersion(planId));
        signIn("hmicfrs");
        return planId;
    }

    /**
     * A new HMICFRS report with one recommendation to the lead's organisation, and an update on it by the lead with
     * one evidence file: returns the evidence's id. Made through the services, as the people would; the signed-in
     * user is the same afterwards as before.
     */
    public long evidenceOnAFreshItem(String lead, String organisationCode, String fileName, byte[] content) {
        var before = SecurityContextHolder.getContext();
        try {
            signInAlone("hmicfrs");
            long item = fresh.itemFor(organisationCode);
            signInAlone(lead);
            long update = progress.postItemUpdate(item, new NewUpdate("Evidence for the test.", null,
                    LocalDate.now(clock).minusDays(1), null, List.of(new EvidenceUpload(fileName, content))), SubmissionKey.fresh());
            return dsl.select(EVIDENCE.ID).from(EVIDENCE).where(EVIDENCE.UPDATE_ID.eq(update)).fetchSingle(EVIDENCE.ID);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private void signInAlone(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** Signs in as the demo user for the rest of the test (the test's own @WithUserDetails is replaced). */
    public void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public long organisation(String code) {
        return dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.CODE.eq(code)).fetchSingle(ORGANISATION.ID);
    }

    public long plan(String reportReference, String organisationCode) {
        return dsl.select(ACTION_PLAN.ID).from(ACTION_PLAN).join(REPORT).on(REPORT.ID.eq(ACTION_PLAN.REPORT_ID))
                .where(REPORT.REFERENCE.eq(reportReference).and(ACTION_PLAN.ORGANISATION_ID.eq(organisation(organisationCode))))
                .fetchSingle(ACTION_PLAN.ID);
    }

    public long report(String reference) {
        return dsl.select(REPORT.ID).from(REPORT).where(REPORT.REFERENCE.eq(reference)).fetchSingle(REPORT.ID);
    }

    public int planVersion(long planId) {
        return dsl.select(ACTION_PLAN.VERSION).from(ACTION_PLAN).where(ACTION_PLAN.ID.eq(planId)).fetchSingle(ACTION_PLAN.VERSION);
    }

    public PlanStatus planStatus(long planId) {
        return dsl.select(ACTION_PLAN.STATUS).from(ACTION_PLAN).where(ACTION_PLAN.ID.eq(planId)).fetchSingle(ACTION_PLAN.STATUS);
    }

    public long item(String reportReference, String number, String organisationCode) {
        return dsl.select(TRACKED_RECOMMENDATION.ID).from(TRACKED_RECOMMENDATION)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .where(REPORT.REFERENCE.eq(reportReference).and(RECOMMENDATION.NUMBER.eq(number))
                        .and(TRACKED_RECOMMENDATION.RECIPIENT_ID.eq(organisation(organisationCode))))
                .fetchSingle(TRACKED_RECOMMENDATION.ID);
    }

    public Status itemStatus(long trackedId) {
        return dsl.select(TRACKED_RECOMMENDATION.STATUS).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.ID.eq(trackedId)).fetchSingle(TRACKED_RECOMMENDATION.STATUS);
    }

    public org.oversight.db.tables.records.TrackedRecommendationRecord itemRow(long trackedId) {
        return dsl.selectFrom(TRACKED_RECOMMENDATION).where(TRACKED_RECOMMENDATION.ID.eq(trackedId)).fetchSingle();
    }

    public long action(long planId, String title) {
        return dsl.select(ACTION.ID).from(ACTION).where(ACTION.PLAN_ID.eq(planId).and(ACTION.TITLE.eq(title)))
                .fetchSingle(ACTION.ID);
    }

    public org.oversight.db.tables.records.ActionRecord actionRow(long actionId) {
        return dsl.selectFrom(ACTION).where(ACTION.ID.eq(actionId)).fetchSingle();
    }

    public long evidence(String fileName) {
        return dsl.select(EVIDENCE.ID).from(EVIDENCE).where(EVIDENCE.FILE_NAME.eq(fileName)).fetchSingle(EVIDENCE.ID);
    }

    public String evidenceSha(long evidenceId) {
        return dsl.select(EVIDENCE.SHA256).from(EVIDENCE).where(EVIDENCE.ID.eq(evidenceId)).fetchSingle(EVIDENCE.SHA256);
    }

    public long userId(String username) {
        return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle(APP_USER.ID);
    }

    /** A genuine one-page PDF, as small as a PDF gets. */
    public static byte[] smallPdf() {
        String body = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    /** The first bytes of a Windows executable ("MZ" header and DOS stub), which is what a renamed .exe starts with. */
    public static byte[] windowsExecutable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4e, stub.length);
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }
}
