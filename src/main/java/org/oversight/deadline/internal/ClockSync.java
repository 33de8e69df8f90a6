package org.oversight.deadline.internal;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.selectOne;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.CLOCK_EXTENSION;
import static org.oversight.db.Tables.CLOCK_PAUSE;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.REPORT_FORCE;
import static org.oversight.db.Tables.STATUS_CHANGE;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.oversight.deadline.ClockEngine;
import org.oversight.deadline.ClockLabels;
import org.oversight.deadline.ClockRule;
import org.oversight.deadline.ClockSpec;
import org.oversight.deadline.DeadlinePolicy;
import org.oversight.deadline.internal.JooqClockRepository.NewClock;
import org.oversight.deadline.internal.JooqClockRepository.StoredClock;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.recommendation.Status;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the clock tables in step with the register: starts the clocks an item or report lacks, stops response
 * clocks when the register shows the plan or response was submitted, and writes each clock's current due date
 * back to its item ({@link ItemsInStep}, through the register's {@code ItemDates}). Every step only
 * does what is still missing, so it can run at start, on a schedule and after each change.
 */
@Component
public class ClockSync {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** What one pass did. */
    public record Outcome(int started, int stopped, int datesMoved) {
        public boolean changedAnything() {
            return started + stopped + datesMoved > 0;
        }
    }

    private final DSLContext dsl;
    private final JooqClockRepository clocks;
    private final ClockEngine engine;
    private final DeadlinePolicy policy;
    private final ClockLabels labels;
    private final ItemsInStep items;

    ClockSync(DSLContext dsl, JooqClockRepository clocks, ClockEngine engine, DeadlinePolicy policy, ClockLabels labels,
              ItemsInStep items) {
        this.items = items;
        this.dsl = dsl;
        this.clocks = clocks;
        this.engine = engine;
        this.policy = policy;
        this.labels = labels;
    }

    /** Brings the clocks of the reports matching {@code reports} (a condition on REPORT) up to date. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome sync(Condition reports, OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(UK).toLocalDate();
        int restarted = restartCorrectedClocks(reports);
        int started = startResponseClocks(reports, now) + startCommissionerClocks(reports, now);
        int stopped = stopAnsweredResponseClocks(reports);
        started += startPublicationClocks(reports, now);
        stopped += stopDecidedPublicationClocks(reports);
        int moved = restarted + refreshDueDates(reports, today) + items.keepInStep(reports);
        return new Outcome(started, stopped, moved);
    }

    /**
     * The due date to store for a clock: final once met; while a pause with no end yet holds it, the earliest it
     * can be as of today (it moves a day later each paused day, see the scheduled sync).
     */
    public LocalDate dueOn(ClockSpec spec, LocalDate today) {
        return spec.isMet() ? engine.dueOn(spec).orElseThrow() : engine.evaluate(spec, today).dueOn();
    }

    /** Gives a response clock's due date to its item ({@link ItemsInStep}), if it moved. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int keepItemInStep(long trackedId) {
        return items.keepInStep(TRACKED_RECOMMENDATION.ID.eq(trackedId));
    }

    /** Starts the IOPC's publication clock once the response to a learning recommendation has come in. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int startPublicationClocks(Condition reports, OffsetDateTime now) {
        var pub = CLOCK.as("pub");
        List<StoredClock> answered = clocks.clocks(reports
                .and(CLOCK.RULE.eq(ClockRule.IOPC_LEARNING_RESPONSE)).and(CLOCK.MET_ON.isNotNull())
                .andNotExists(selectOne().from(pub).where(pub.TRACKED_RECOMMENDATION_ID.eq(CLOCK.TRACKED_RECOMMENDATION_ID))
                        .and(pub.RULE.eq(ClockRule.IOPC_PUBLICATION))));
        Map<Long, ClockSpec> specs = clocks.specs(answered);
        for (StoredClock c : answered) {
            ClockSpec publication = engine.publicationClock(specs.get(c.id()));
            clocks.insert(new NewClock("publication:" + c.trackedId(), ClockRule.IOPC_PUBLICATION,
                    labels.of(ClockRule.IOPC_PUBLICATION), c.reportId(), c.organisationId(), c.trackedId(),
                    publication.startsOn(), engine.originalDueOn(publication), null), now);
        }
        return answered.size();
    }

    /**
     * Running clocks that start on publication (responses, the commissioner's) whose report's publication date or
     * kind has since been corrected start again under the rule and date the report now gives. A clock a watchdog
     * has extended or paused keeps the date that decision gave it.
     */
    private int restartCorrectedClocks(Condition reports) {
        record RunningClock(long clockId, ClockRule rule, LocalDate startsOn, int version, LocalDate publishedOn,
                            ReportKind reportKind, String watchdog, RecommendationKind recommendationKind) {
        }
        var rows = dsl.select(CLOCK.ID, CLOCK.RULE, CLOCK.STARTS_ON, CLOCK.VERSION, REPORT.PUBLISHED_ON, REPORT.KIND,
                        ORGANISATION.CODE, RECOMMENDATION.KIND)
                .from(CLOCK).join(REPORT).on(REPORT.ID.eq(CLOCK.REPORT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(REPORT.WATCHDOG_ID))
                .leftJoin(TRACKED_RECOMMENDATION).on(TRACKED_RECOMMENDATION.ID.eq(CLOCK.TRACKED_RECOMMENDATION_ID))
                .leftJoin(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .where(reports).and(CLOCK.MET_ON.isNull())
                .and(CLOCK.RULE.in(ClockLabels.responseRules()).or(CLOCK.RULE.eq(ClockRule.PCC_RESPONSE)))
                .andNotExists(selectOne().from(CLOCK_PAUSE).where(CLOCK_PAUSE.CLOCK_ID.eq(CLOCK.ID)))
                .andNotExists(selectOne().from(CLOCK_EXTENSION).where(CLOCK_EXTENSION.CLOCK_ID.eq(CLOCK.ID)))
                .fetch(Records.mapping(RunningClock::new));
        int restarted = 0;
        for (RunningClock r : rows) {
            ClockRule rule = r.recommendationKind() == null ? r.rule()
                    : policy.responseRule(r.watchdog(), r.reportKind(), r.recommendationKind());
            if (rule == r.rule() && r.publishedOn().equals(r.startsOn())) {
                continue;
            }
            ClockSpec spec = ClockSpec.starting(rule, r.publishedOn());
            if (clocks.restart(r.clockId(), r.version(), rule, labels.of(rule), spec.startsOn(), engine.originalDueOn(spec),
                    engine.milestones(spec))) {
                restarted++;
            }
        }
        return restarted;
    }

    private int startResponseClocks(Condition reports, OffsetDateTime now) {
        record ItemWithoutClock(long trackedId, long recipientId, long reportId, LocalDate publishedOn,
                                ReportKind reportKind, String watchdog, RecommendationKind recommendationKind) {
        }
        var tr = TRACKED_RECOMMENDATION;
        var missing = dsl.select(tr.ID, tr.RECIPIENT_ID, REPORT.ID, REPORT.PUBLISHED_ON, REPORT.KIND, ORGANISATION.CODE,
                        RECOMMENDATION.KIND)
                .from(tr).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(REPORT.WATCHDOG_ID))
                .where(reports)
                .andNotExists(selectOne().from(CLOCK).where(CLOCK.TRACKED_RECOMMENDATION_ID.eq(tr.ID))
                        .and(CLOCK.RULE.in(ClockLabels.responseRules())))
                .orderBy(tr.ID)
                .fetch(Records.mapping(ItemWithoutClock::new));
        for (ItemWithoutClock r : missing) {
            ClockRule rule = policy.responseRule(r.watchdog(), r.reportKind(), r.recommendationKind());
            ClockSpec spec = ClockSpec.starting(rule, r.publishedOn());
            long clockId = clocks.insert(new NewClock("response:" + r.trackedId(), rule, labels.of(rule), r.reportId(),
                    r.recipientId(), r.trackedId(), spec.startsOn(), engine.originalDueOn(spec), null), now);
            clocks.insertMilestones(clockId, engine.milestones(spec));
        }
        return missing.size();
    }

    /** The police and crime commissioner's 56-day clock, one per force an HMICFRS inspection concerns. */
    private int startCommissionerClocks(Condition reports, OffsetDateTime now) {
        record ForceConcerned(long reportId, long forceId, LocalDate publishedOn, ReportKind reportKind, String watchdog) {
        }
        var missing = dsl.select(REPORT.ID, REPORT_FORCE.ORGANISATION_ID, REPORT.PUBLISHED_ON, REPORT.KIND, ORGANISATION.CODE)
                .from(REPORT).join(REPORT_FORCE).on(REPORT_FORCE.REPORT_ID.eq(REPORT.ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(REPORT.WATCHDOG_ID))
                .where(reports)
                .andNotExists(selectOne().from(CLOCK).where(CLOCK.REPORT_ID.eq(REPORT.ID))
                        .and(CLOCK.ORGANISATION_ID.eq(REPORT_FORCE.ORGANISATION_ID))
                        .and(CLOCK.RULE.eq(ClockRule.PCC_RESPONSE)))
                .fetch(Records.mapping(ForceConcerned::new));
        int started = 0;
        for (ForceConcerned r : missing) {
            if (policy.reportRules(r.watchdog(), r.reportKind()).contains(ClockRule.PCC_RESPONSE)) {
                ClockSpec spec = ClockSpec.starting(ClockRule.PCC_RESPONSE, r.publishedOn());
                clocks.insert(new NewClock("pcc:" + r.reportId() + ":" + r.forceId(), ClockRule.PCC_RESPONSE,
                        labels.of(ClockRule.PCC_RESPONSE), r.reportId(), r.forceId(), null, spec.startsOn(),
                        engine.originalDueOn(spec), null), now);
                started++;
            }
        }
        return started;
    }

    /** A response clock stops on the first day the register shows the plan (or response) submitted. */
    private int stopAnsweredResponseClocks(Condition reports) {
        Map<Long, OffsetDateTime> firstSubmitted = dsl.select(CLOCK.ID, min(STATUS_CHANGE.CHANGED_AT))
                .from(CLOCK).join(REPORT).on(REPORT.ID.eq(CLOCK.REPORT_ID))
                .join(STATUS_CHANGE).on(STATUS_CHANGE.TRACKED_RECOMMENDATION_ID.eq(CLOCK.TRACKED_RECOMMENDATION_ID))
                .where(reports).and(CLOCK.MET_ON.isNull()).and(CLOCK.RULE.in(ClockLabels.responseRules()))
                .and(STATUS_CHANGE.TO_STATUS.eq(Status.PLAN_SUBMITTED))
                .groupBy(CLOCK.ID)
                .fetchMap(CLOCK.ID, min(STATUS_CHANGE.CHANGED_AT));
        return stop(firstSubmitted);
    }

    /**
     * The register has no publication step yet, so the IOPC's publication clock stops when the IOPC records
     * publication on the clock page or, failing that, on the day it accepts or returns the response.
     */
    private int stopDecidedPublicationClocks(Condition reports) {
        Map<Long, OffsetDateTime> decided = new HashMap<>();
        dsl.select(CLOCK.ID, CLOCK.STARTS_ON, STATUS_CHANGE.CHANGED_AT)
                .from(CLOCK).join(REPORT).on(REPORT.ID.eq(CLOCK.REPORT_ID))
                .join(STATUS_CHANGE).on(STATUS_CHANGE.TRACKED_RECOMMENDATION_ID.eq(CLOCK.TRACKED_RECOMMENDATION_ID))
                .where(reports).and(CLOCK.MET_ON.isNull()).and(CLOCK.RULE.eq(ClockRule.IOPC_PUBLICATION))
                .and(STATUS_CHANGE.FROM_STATUS.eq(Status.PLAN_SUBMITTED))
                .orderBy(STATUS_CHANGE.CHANGED_AT)
                .forEach(r -> {
                    if (!ukDate(r.get(STATUS_CHANGE.CHANGED_AT)).isBefore(r.get(CLOCK.STARTS_ON))) {
                        decided.putIfAbsent(r.get(CLOCK.ID), r.get(STATUS_CHANGE.CHANGED_AT));
                    }
                });
        return stop(decided);
    }

    private int stop(Map<Long, OffsetDateTime> metAt) {
        if (metAt.isEmpty()) {
            return 0;
        }
        List<StoredClock> toStop = clocks.clocks(CLOCK.ID.in(metAt.keySet()));
        Map<Long, ClockSpec> specs = clocks.specs(toStop);
        for (StoredClock c : toStop) {
            LocalDate metOn = later(ukDate(metAt.get(c.id())), c.startsOn());
            ClockSpec met = specs.get(c.id()).withMetOn(metOn);
            clocks.update(c.id(), c.version(), engine.dueOn(met).orElseThrow(), metOn);
        }
        return toStop.size();
    }

    /** Clocks with pauses or extensions: their due date follows the engine (daily, while a pause runs). */
    private int refreshDueDates(Condition reports, LocalDate today) {
        List<StoredClock> moved = clocks.clocks(reports.and(
                exists(selectOne().from(CLOCK_PAUSE).where(CLOCK_PAUSE.CLOCK_ID.eq(CLOCK.ID)))
                        .or(exists(selectOne().from(CLOCK_EXTENSION).where(CLOCK_EXTENSION.CLOCK_ID.eq(CLOCK.ID))))));
        Map<Long, ClockSpec> specs = clocks.specs(moved);
        int changed = 0;
        for (StoredClock c : moved) {
            LocalDate due = dueOn(specs.get(c.id()), today);
            if (!due.equals(c.dueOn()) && clocks.update(c.id(), c.version(), due, c.metOn())) {
                changed++;
            }
        }
        return changed;
    }

    private static LocalDate ukDate(OffsetDateTime time) {
        return time.atZoneSameInstant(UK).toLocalDate();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
