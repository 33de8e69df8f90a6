package org.oversight.deadline.internal;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.CLOCK_EXTENSION;
import static org.oversight.db.Tables.CLOCK_MILESTONE;
import static org.oversight.db.Tables.CLOCK_PAUSE;
import static org.oversight.db.Tables.REPORT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.oversight.deadline.ClockRule;
import org.oversight.deadline.ClockSpec;
import org.oversight.deadline.Extension;
import org.oversight.deadline.Milestone;
import org.oversight.deadline.Pause;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clock tables: clocks, their extensions, pauses and milestones. Only the clocks this application starts
 * (those with a report; not the action plan's implementation targets) are read here.
 */
@Repository
public class JooqClockRepository {

    /** A clock as stored; {@code watchdogId} is the watchdog whose report started it. */
    public record StoredClock(long id, ClockRule rule, String label, long reportId, Long organisationId, Long trackedId,
                              LocalDate startsOn, LocalDate dueOn, LocalDate metOn, int version, long watchdogId) {
    }

    /** A clock to start. */
    public record NewClock(String subjectKey, ClockRule rule, String label, long reportId, Long organisationId,
                           Long trackedId, LocalDate startsOn, LocalDate dueOn, LocalDate metOn) {
    }

    private final DSLContext dsl;

    public JooqClockRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<StoredClock> find(long clockId) {
        return clocks(CLOCK.ID.eq(clockId)).stream().findFirst();
    }

    public List<StoredClock> clocks(Condition condition) {
        return dsl.select(CLOCK.ID, CLOCK.RULE, CLOCK.LABEL, CLOCK.REPORT_ID, CLOCK.ORGANISATION_ID,
                        CLOCK.TRACKED_RECOMMENDATION_ID, CLOCK.STARTS_ON, CLOCK.DUE_ON, CLOCK.MET_ON, CLOCK.VERSION,
                        REPORT.WATCHDOG_ID)
                .from(CLOCK).join(REPORT).on(REPORT.ID.eq(CLOCK.REPORT_ID))
                .where(condition).and(CLOCK.RULE.ne(ClockRule.ACTION_TARGET))
                .orderBy(CLOCK.STARTS_ON, CLOCK.ID)
                .fetch(Records.mapping(StoredClock::new));
    }

    /** What has happened to one clock since it started, read with it as nested collections. */
    private record History(long clockId, List<Pause> pauses, List<Extension> extensions) {

        ClockSpec spec(StoredClock clock) {
            return new ClockSpec(clock.rule(), clock.startsOn(), null, pauses, extensions, clock.metOn());
        }
    }

    /** The engine's view of each clock, with its pauses and extensions, loaded in one query. */
    public Map<Long, ClockSpec> specs(Collection<StoredClock> clocks) {
        List<Long> ids = clocks.stream().map(StoredClock::id).toList();
        Map<Long, History> histories = dsl.select(CLOCK.ID,
                        multiset(select(CLOCK_PAUSE.FROM_ON, CLOCK_PAUSE.TO_ON, CLOCK_PAUSE.REASON)
                                .from(CLOCK_PAUSE).where(CLOCK_PAUSE.CLOCK_ID.eq(CLOCK.ID))
                                .orderBy(CLOCK_PAUSE.FROM_ON, CLOCK_PAUSE.ID))
                                .convertFrom(r -> r.map(Records.mapping(Pause::new))),
                        multiset(select(CLOCK_EXTENSION.RECEIVED_ON, CLOCK_EXTENSION.NEW_DUE_ON, CLOCK_EXTENSION.REASON)
                                .from(CLOCK_EXTENSION).where(CLOCK_EXTENSION.CLOCK_ID.eq(CLOCK.ID))
                                .orderBy(CLOCK_EXTENSION.RECEIVED_ON, CLOCK_EXTENSION.ID))
                                .convertFrom(r -> r.map(Records.mapping(Extension::new))))
                .from(CLOCK).where(CLOCK.ID.in(ids))
                .fetchMap(CLOCK.ID, Records.mapping(History::new));
        return clocks.stream().collect(Collectors.toMap(StoredClock::id, c -> histories.get(c.id()).spec(c)));
    }

    public ClockSpec spec(StoredClock clock) {
        return specs(List.of(clock)).get(clock.id());
    }

    public Optional<Long> watchdogOfReport(long reportId) {
        return dsl.select(REPORT.WATCHDOG_ID).from(REPORT).where(REPORT.ID.eq(reportId)).fetchOptional(REPORT.WATCHDOG_ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(NewClock clock, OffsetDateTime now) {
        return dsl.insertInto(CLOCK)
                .set(CLOCK.SUBJECT_KEY, clock.subjectKey())
                .set(CLOCK.RULE, clock.rule())
                .set(CLOCK.LABEL, clock.label())
                .set(CLOCK.REPORT_ID, clock.reportId())
                .set(CLOCK.ORGANISATION_ID, clock.organisationId())
                .set(CLOCK.TRACKED_RECOMMENDATION_ID, clock.trackedId())
                .set(CLOCK.STARTS_ON, clock.startsOn())
                .set(CLOCK.DUE_ON, clock.dueOn())
                .set(CLOCK.MET_ON, clock.metOn())
                .set(CLOCK.CREATED_AT, now)
                .returning(CLOCK.ID).fetchOne(CLOCK.ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insertMilestones(long clockId, List<Milestone> milestones) {
        var batch = dsl.batch(milestones.stream().map(m -> dsl.insertInto(CLOCK_MILESTONE)
                .set(CLOCK_MILESTONE.CLOCK_ID, clockId)
                .set(CLOCK_MILESTONE.KIND, m.kind())
                .set(CLOCK_MILESTONE.LABEL, m.label())
                .set(CLOCK_MILESTONE.DUE_ON, m.dueOn())
                .set(CLOCK_MILESTONE.IS_PUBLIC, m.isPublic())).toList());
        if (!milestones.isEmpty()) {
            batch.execute();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insertExtension(long clockId, Extension extension, Long grantedBy, OffsetDateTime now) {
        dsl.insertInto(CLOCK_EXTENSION)
                .set(CLOCK_EXTENSION.CLOCK_ID, clockId)
                .set(CLOCK_EXTENSION.RECEIVED_ON, extension.receivedOn())
                .set(CLOCK_EXTENSION.NEW_DUE_ON, extension.newDueOn())
                .set(CLOCK_EXTENSION.REASON, extension.reason())
                .set(CLOCK_EXTENSION.GRANTED_BY, grantedBy)
                .set(CLOCK_EXTENSION.GRANTED_AT, now)
                .execute();
    }

    /** Where the published response that met a clock can be read. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertResponseLink(long clockId, String link, Long recordedBy, OffsetDateTime now) {
        dsl.insertInto(org.oversight.db.Tables.CLOCK_RESPONSE_LINK)
                .set(org.oversight.db.Tables.CLOCK_RESPONSE_LINK.CLOCK_ID, clockId)
                .set(org.oversight.db.Tables.CLOCK_RESPONSE_LINK.LINK, link)
                .set(org.oversight.db.Tables.CLOCK_RESPONSE_LINK.RECORDED_BY, recordedBy)
                .set(org.oversight.db.Tables.CLOCK_RESPONSE_LINK.RECORDED_AT, now)
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insertPause(long clockId, Pause pause, Long createdBy, OffsetDateTime now) {
        return dsl.insertInto(CLOCK_PAUSE)
                .set(CLOCK_PAUSE.CLOCK_ID, clockId)
                .set(CLOCK_PAUSE.FROM_ON, pause.from())
                .set(CLOCK_PAUSE.TO_ON, pause.toInclusive())
                .set(CLOCK_PAUSE.REASON, pause.reason())
                .set(CLOCK_PAUSE.CREATED_BY, createdBy)
                .set(CLOCK_PAUSE.CREATED_AT, now)
                .returning(CLOCK_PAUSE.ID).fetchOne(CLOCK_PAUSE.ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void endRunningPause(long clockId, LocalDate lastPausedDay) {
        dsl.update(CLOCK_PAUSE).set(CLOCK_PAUSE.TO_ON, lastPausedDay)
                .where(CLOCK_PAUSE.CLOCK_ID.eq(clockId)).and(CLOCK_PAUSE.TO_ON.isNull())
                .execute();
    }

    /**
     * Writes the clock's due date (and met date) if it is still at {@code expectedVersion}, and moves its version on.
     *
     * @return false if someone else changed the clock first
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean update(long clockId, int expectedVersion, LocalDate dueOn, LocalDate metOn) {
        return dsl.update(CLOCK)
                .set(CLOCK.DUE_ON, dueOn)
                .set(CLOCK.MET_ON, metOn)
                .set(CLOCK.VERSION, expectedVersion + 1)
                .where(CLOCK.ID.eq(clockId)).and(CLOCK.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /**
     * Starts a clock afresh under a corrected rule or start date (a report's publication date or kind was put
     * right): new start, due date and milestones, version moved on.
     *
     * @return false if someone else changed the clock first
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean restart(long clockId, int expectedVersion, ClockRule rule, String label, LocalDate startsOn,
                           LocalDate dueOn, List<Milestone> milestones) {
        boolean updated = dsl.update(CLOCK)
                .set(CLOCK.RULE, rule)
                .set(CLOCK.LABEL, label)
                .set(CLOCK.STARTS_ON, startsOn)
                .set(CLOCK.DUE_ON, dueOn)
                .set(CLOCK.VERSION, expectedVersion + 1)
                .where(CLOCK.ID.eq(clockId)).and(CLOCK.VERSION.eq(expectedVersion)).and(CLOCK.MET_ON.isNull())
                .execute() == 1;
        if (updated) {
            dsl.deleteFrom(CLOCK_MILESTONE).where(CLOCK_MILESTONE.CLOCK_ID.eq(clockId)).execute();
            insertMilestones(clockId, milestones);
        }
        return updated;
    }
}
