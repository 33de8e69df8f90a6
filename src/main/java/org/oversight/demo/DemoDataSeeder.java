package org.oversight.demo;

import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.RECOMMENDATION_THEME;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.REPORT_FORCE;
import static org.oversight.db.Tables.REPORT_THEME;
import static org.oversight.db.Tables.THEME;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.oversight.deadline.ResponseDeadlines;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.RecommendationFanOut;
import org.oversight.recommendation.Status;
import org.oversight.security.Role;
import org.springframework.stereotype.Component;

/** Writes the demo reports, recommendations (fanned out per recipient) and their dated histories. */
@Component
class DemoDataSeeder {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final DSLContext dsl;
    private final DemoPlanSeeder plans;
    private final ResponseDeadlines deadlines;
    private final RecommendationFanOut fanOut;

    DemoDataSeeder(DSLContext dsl, DemoPlanSeeder plans, ResponseDeadlines deadlines, RecommendationFanOut fanOut) {
        this.fanOut = fanOut;
        this.dsl = dsl;
        this.plans = plans;
        this.deadlines = deadlines;
    }

    /** Must run inside a transaction: the demo is loaded whole or not at all. */
    void seed(DemoDataFile file, LocalDate today) {
        Lookup lookup = new Lookup(
                dsl.select(ORGANISATION.CODE, ORGANISATION.ID).from(ORGANISATION).fetchMap(ORGANISATION.CODE, ORGANISATION.ID),
                dsl.select(ORGANISATION.ID, ORGANISATION.KIND).from(ORGANISATION).fetchMap(ORGANISATION.ID, ORGANISATION.KIND),
                dsl.select(THEME.CODE, THEME.ID).from(THEME).fetchMap(THEME.CODE, THEME.ID),
                dsl.select(APP_USER.ORGANISATION_ID, APP_USER.ID).from(APP_USER).where(APP_USER.ORGANISATION_ID.isNotNull())
                        .and(APP_USER.ROLE.in(Role.WATCHDOG, Role.FORCE_LEAD, Role.NATIONAL_LEAD))
                        .fetchMap(APP_USER.ORGANISATION_ID, APP_USER.ID));
        for (DemoDataFile.Report report : file.reports()) {
            seedReport(report, lookup, today);
        }
    }

    private void seedReport(DemoDataFile.Report r, Lookup lookup, LocalDate today) {
        long watchdogId = lookup.org(r.watchdog());
        long reportId = dsl.insertInto(REPORT)
                .set(REPORT.WATCHDOG_ID, watchdogId)
                .set(REPORT.KIND, r.kind())
                .set(REPORT.TITLE, r.title())
                .set(REPORT.REFERENCE, r.reference())
                .set(REPORT.PUBLISHED_ON, r.published())
                .set(REPORT.LINK, r.link())
                .set(REPORT.SUMMARY, r.summary())
                .set(REPORT.ISSUED_AS, r.issuedAs())
                .set(REPORT.CREATED_AT, at(r.published()))
                .set(REPORT.CREATED_BY, lookup.users.get(watchdogId))
                .returning(REPORT.ID).fetchOne(REPORT.ID);
        r.forces().forEach(code -> dsl.insertInto(REPORT_FORCE).set(REPORT_FORCE.REPORT_ID, reportId)
                .set(REPORT_FORCE.ORGANISATION_ID, lookup.org(code)).execute());
        r.themes().forEach(code -> dsl.insertInto(REPORT_THEME).set(REPORT_THEME.REPORT_ID, reportId)
                .set(REPORT_THEME.THEME_ID, lookup.theme(code)).execute());

        Map<String, Map<Long, Long>> trackedByNumber = new HashMap<>();
        for (DemoDataFile.Recommendation rec : r.recommendations()) {
            long recId = dsl.insertInto(RECOMMENDATION)
                    .set(RECOMMENDATION.REPORT_ID, reportId)
                    .set(RECOMMENDATION.NUMBER, rec.number())
                    .set(RECOMMENDATION.KIND, rec.kind())
                    .set(RECOMMENDATION.TEXT, rec.text())
                    .set(RECOMMENDATION.PRIORITY, rec.priority())
                    .set(RECOMMENDATION.CREATED_AT, at(r.published()))
                    .returning(RECOMMENDATION.ID).fetchOne(RECOMMENDATION.ID);
            rec.themes().forEach(code -> dsl.insertInto(RECOMMENDATION_THEME).set(RECOMMENDATION_THEME.RECOMMENDATION_ID, recId)
                    .set(RECOMMENDATION_THEME.THEME_ID, lookup.theme(code)).execute());
            Map<Long, Long> tracked = new HashMap<>();
            for (String recipient : recipients(rec, lookup)) {
                long orgId = lookup.org(recipient);
                tracked.put(orgId, seedTracked(r, rec, recId, recipient, orgId, watchdogId, lookup, today));
            }
            trackedByNumber.put(rec.number(), tracked);
        }
        for (DemoDataFile.Plan plan : r.plans()) {
            long orgId = lookup.org(plan.organisation());
            plans.seed(reportId, orgId, lookup.users.get(orgId), lookup.users.get(watchdogId), plan, trackedByNumber, today);
        }
    }

    private long seedTracked(DemoDataFile.Report r, DemoDataFile.Recommendation rec, long recId, String recipient,
                             long orgId, long watchdogId, Lookup lookup, LocalDate today) {
        Status status = Status.valueOf(rec.statusFor(recipient));
        DemoDataFile.Plan plan = r.plans().stream().filter(p -> p.organisation().equals(recipient)).findFirst().orElse(null);
        List<DemoHistory.Step> steps = DemoHistory.stepsTo(status, r.published(), plan, rec, today);
        LocalDate responseDue = deadlines.responseDue(r.watchdog(), r.kind(), rec.kind(), r.published());
        LocalDate target = plan == null ? null : plan.actions().stream()
                .filter(a -> a.answers().contains(rec.number())).map(DemoDataFile.Action::due)
                .max(LocalDate::compareTo).orElse(null);
        DemoHistory.Step last = steps.get(steps.size() - 1);
        List<RecommendationFanOut.PastStep> past = steps.stream().map(step -> new RecommendationFanOut.PastStep(step.from(),
                step.to(), at(step.on()), lookup.users.get(step.byRecipient() ? orgId : watchdogId), step.reason())).toList();
        return fanOut.openWithHistory(new RecommendationFanOut.PastItem(recId, orgId, status, responseDue, target,
                status == Status.REPORTED_COMPLETE || status == Status.VERIFIED_IMPLEMENTED ? rec.completionSummary() : null,
                status.isClosed() ? last.on() : null, past));
    }

    private static List<String> recipients(DemoDataFile.Recommendation rec, Lookup lookup) {
        if (rec.recipients().contains("ALL_FORCES")) {
            return lookup.orgIds.entrySet().stream()
                    .filter(e -> lookup.kinds.get(e.getValue()) == OrganisationRef.Kind.FORCE).map(Map.Entry::getKey).sorted().toList();
        }
        return rec.recipients();
    }

    static OffsetDateTime at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(UK).toOffsetDateTime();
    }

    /** Codes resolved once; an unknown code in the demo file is a mistake in the file, so it fails the load. */
    record Lookup(Map<String, Long> orgIds, Map<Long, OrganisationRef.Kind> kinds, Map<String, Long> themes, Map<Long, Long> users) {

        long org(String code) {
            Long id = orgIds.get(code);
            if (id == null) {
                throw new IllegalStateException("Demo data names an unknown organisation: " + code);
            }
            return id;
        }

        long theme(String code) {
            Long id = themes.get(code);
            if (id == null) {
                throw new IllegalStateException("Demo data names an unknown theme: " + code);
            }
            return id;
        }
    }
}
