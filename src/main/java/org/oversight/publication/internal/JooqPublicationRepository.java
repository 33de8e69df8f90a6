package org.oversight.publication.internal;

import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.PROGRESS_UPDATE;
import static org.oversight.db.Tables.PUBLICATION_DECISION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REDACTION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.oversight.publication.Ground;
import org.oversight.publication.StaffView.Decision;
import org.oversight.publication.StaffView.ItemLine;
import org.oversight.publication.StaffView.RecommendationLine;
import org.oversight.publication.StaffView.ReportLine;
import org.oversight.publication.StaffView.ReportPublication;
import org.oversight.publication.StaffView.ResponseLine;
import org.oversight.publication.StaffView.UpdateLine;
import org.oversight.publication.StaffView.Withheld;
import org.oversight.publication.SubjectKind;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Publication decisions and withheld passages: read for staff, written by {@code Publishing} alone. */
@Repository
public class JooqPublicationRepository {

    private final DSLContext dsl;

    JooqPublicationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The report a subject belongs to and the watchdog that issued it. */
    public record Owner(long reportId, long watchdogId) {
    }

    public Optional<Owner> owner(SubjectKind kind, long id) {
        var base = dsl.select(REPORT.ID, REPORT.WATCHDOG_ID).from(REPORT);
        return switch (kind) {
            case REPORT -> base.where(REPORT.ID.eq(id)).fetchOptional(r -> new Owner(r.value1(), r.value2()));
            case RECOMMENDATION -> base.join(RECOMMENDATION).on(RECOMMENDATION.REPORT_ID.eq(REPORT.ID))
                    .where(RECOMMENDATION.ID.eq(id)).fetchOptional(r -> new Owner(r.value1(), r.value2()));
            case ITEM -> base.join(RECOMMENDATION).on(RECOMMENDATION.REPORT_ID.eq(REPORT.ID))
                    .join(TRACKED_RECOMMENDATION).on(TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(RECOMMENDATION.ID))
                    .where(TRACKED_RECOMMENDATION.ID.eq(id)).fetchOptional(r -> new Owner(r.value1(), r.value2()));
            case RESPONSE -> base.join(ACTION_PLAN).on(ACTION_PLAN.REPORT_ID.eq(REPORT.ID))
                    .where(ACTION_PLAN.ID.eq(id)).fetchOptional(r -> new Owner(r.value1(), r.value2()));
            case UPDATE -> updateReport(id);
        };
    }

    private Optional<Owner> updateReport(long updateId) {
        var u = PROGRESS_UPDATE;
        Long viaItem = dsl.select(RECOMMENDATION.REPORT_ID).from(u)
                .join(TRACKED_RECOMMENDATION).on(TRACKED_RECOMMENDATION.ID.eq(u.TRACKED_RECOMMENDATION_ID))
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .where(u.ID.eq(updateId)).fetchOne(RECOMMENDATION.REPORT_ID);
        Long viaAction = viaItem != null ? viaItem : dsl.select(ACTION_PLAN.REPORT_ID).from(u)
                .join(ACTION).on(ACTION.ID.eq(u.ACTION_ID)).join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION.PLAN_ID))
                .where(u.ID.eq(updateId)).fetchOne(ACTION_PLAN.REPORT_ID);
        return viaAction == null ? Optional.empty() : owner(SubjectKind.REPORT, viaAction);
    }

    /** The whole text a passage may be withheld from. */
    public Optional<String> text(SubjectKind kind, long id) {
        return switch (kind) {
            case RECOMMENDATION -> dsl.select(RECOMMENDATION.TEXT).from(RECOMMENDATION).where(RECOMMENDATION.ID.eq(id)).fetchOptional(0, String.class);
            case RESPONSE -> dsl.select(ACTION_PLAN.SUMMARY).from(ACTION_PLAN).where(ACTION_PLAN.ID.eq(id)).fetchOptional(0, String.class);
            case UPDATE -> dsl.select(PROGRESS_UPDATE.BODY).from(PROGRESS_UPDATE).where(PROGRESS_UPDATE.ID.eq(id)).fetchOptional(0, String.class);
            default -> Optional.empty();
        };
    }

    /** The tracked items a response (action plan) answers: the recipient's items of the report. */
    public List<Long> itemsOfResponse(long planId) {
        return dsl.select(TRACKED_RECOMMENDATION.ID).from(ACTION_PLAN)
                .join(RECOMMENDATION).on(RECOMMENDATION.REPORT_ID.eq(ACTION_PLAN.REPORT_ID))
                .join(TRACKED_RECOMMENDATION).on(TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(RECOMMENDATION.ID))
                .and(TRACKED_RECOMMENDATION.RECIPIENT_ID.eq(ACTION_PLAN.ORGANISATION_ID))
                .where(ACTION_PLAN.ID.eq(planId)).orderBy(TRACKED_RECOMMENDATION.ID).fetch(TRACKED_RECOMMENDATION.ID);
    }

    public Optional<Decision> decision(SubjectKind kind, long id) {
        return decisions(kind, List.of(id)).values().stream().findFirst();
    }

    private Map<Long, Decision> decisions(SubjectKind kind, List<Long> ids) {
        var d = PUBLICATION_DECISION;
        Map<Long, Decision> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        dsl.select(d.SUBJECT_ID, d.STATE, d.WITHHELD_UNTIL, d.GROUND, APP_USER.DISPLAY_NAME, d.DECIDED_AT)
                .from(d).join(APP_USER).on(APP_USER.ID.eq(d.DECIDED_BY))
                .where(d.SUBJECT_KIND.eq(kind.name())).and(d.SUBJECT_ID.in(ids))
                .forEach(r -> out.put(r.value1(), new Decision("PUBLISHED".equals(r.value2()), r.value3(),
                        r.value4() == null ? null : Ground.valueOf(r.value4()), r.value5(), r.value6())));
        return out;
    }

    /** Records a decision on a subject, replacing the one before. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void decide(SubjectKind kind, long id, boolean published, LocalDate until, Ground ground, long userId,
                       OffsetDateTime at) {
        var d = PUBLICATION_DECISION;
        int updated = dsl.update(d).set(d.STATE, published ? "PUBLISHED" : "WITHHELD").set(d.WITHHELD_UNTIL, until)
                .set(d.GROUND, ground == null ? null : ground.name()).set(d.DECIDED_BY, userId).set(d.DECIDED_AT, at)
                .set(d.VERSION, d.VERSION.plus(1))
                .where(d.SUBJECT_KIND.eq(kind.name())).and(d.SUBJECT_ID.eq(id)).execute();
        if (updated == 0) {
            dsl.insertInto(d).set(d.SUBJECT_KIND, kind.name()).set(d.SUBJECT_ID, id)
                    .set(d.STATE, published ? "PUBLISHED" : "WITHHELD").set(d.WITHHELD_UNTIL, until)
                    .set(d.GROUND, ground == null ? null : ground.name()).set(d.DECIDED_BY, userId).set(d.DECIDED_AT, at)
                    .execute();
        }
    }

    /** Removes a subject's decision (an item no longer withheld follows its report again). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean undecide(SubjectKind kind, long id) {
        var d = PUBLICATION_DECISION;
        return dsl.deleteFrom(d).where(d.SUBJECT_KIND.eq(kind.name())).and(d.SUBJECT_ID.eq(id)).execute() > 0;
    }

    public boolean hasPassage(SubjectKind kind, long id, String passage) {
        return dsl.fetchExists(REDACTION, REDACTION.SUBJECT_KIND.eq(kind.name()).and(REDACTION.SUBJECT_ID.eq(id))
                .and(REDACTION.PASSAGE.eq(passage)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long withhold(SubjectKind kind, long id, String passage, Ground ground, long userId, OffsetDateTime at) {
        return dsl.insertInto(REDACTION).set(REDACTION.SUBJECT_KIND, kind.name()).set(REDACTION.SUBJECT_ID, id)
                .set(REDACTION.PASSAGE, passage).set(REDACTION.GROUND, ground.name()).set(REDACTION.DECIDED_BY, userId)
                .set(REDACTION.DECIDED_AT, at).returning(REDACTION.ID).fetchOne(REDACTION.ID);
    }

    /** The subject of a withheld passage, to check who may release it. */
    public Optional<org.jooq.Record2<String, Long>> passageSubject(long redactionId) {
        return dsl.select(REDACTION.SUBJECT_KIND, REDACTION.SUBJECT_ID).from(REDACTION).where(REDACTION.ID.eq(redactionId))
                .fetchOptional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean release(long redactionId) {
        return dsl.deleteFrom(REDACTION).where(REDACTION.ID.eq(redactionId)).execute() > 0;
    }

    private Map<Long, List<Withheld>> passages(SubjectKind kind, List<Long> ids) {
        Map<Long, List<Withheld>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        dsl.select(REDACTION.SUBJECT_ID, REDACTION.ID, REDACTION.PASSAGE, REDACTION.GROUND, APP_USER.DISPLAY_NAME, REDACTION.DECIDED_AT)
                .from(REDACTION).join(APP_USER).on(APP_USER.ID.eq(REDACTION.DECIDED_BY))
                .where(REDACTION.SUBJECT_KIND.eq(kind.name())).and(REDACTION.SUBJECT_ID.in(ids))
                .orderBy(REDACTION.ID)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(
                        new Withheld(r.value2(), r.value3(), Ground.valueOf(r.value4()), r.value5(), r.value6())));
        return out;
    }

    /** A watchdog's reports, newest first, with their decisions. */
    public List<ReportLine> reports(long watchdogId) {
        List<ReportLine> lines = dsl.select(REPORT.ID, REPORT.REFERENCE, REPORT.TITLE, REPORT.PUBLISHED_ON).from(REPORT)
                .where(REPORT.WATCHDOG_ID.eq(watchdogId)).orderBy(REPORT.PUBLISHED_ON.desc(), REPORT.ID.desc())
                .fetch(r -> new ReportLine(r.value1(), r.value2(), r.value3(), r.value4(), Optional.empty()));
        Map<Long, Decision> d = decisions(SubjectKind.REPORT, lines.stream().map(ReportLine::reportId).toList());
        return lines.stream().map(l -> new ReportLine(l.reportId(), l.reference(), l.title(), l.publishedOn(),
                Optional.ofNullable(d.get(l.reportId())))).toList();
    }

    public Optional<ReportPublication> report(long reportId) {
        var head = dsl.select(REPORT.ID, REPORT.REFERENCE, REPORT.TITLE, REPORT.WATCHDOG_ID, ORGANISATION.NAME)
                .from(REPORT).join(ORGANISATION).on(ORGANISATION.ID.eq(REPORT.WATCHDOG_ID))
                .where(REPORT.ID.eq(reportId)).fetchOne();
        if (head == null) {
            return Optional.empty();
        }
        var recs = dsl.select(RECOMMENDATION.ID, RECOMMENDATION.NUMBER, RECOMMENDATION.TEXT).from(RECOMMENDATION)
                .where(RECOMMENDATION.REPORT_ID.eq(reportId)).orderBy(RECOMMENDATION.ID).fetch();
        List<Long> recIds = recs.map(r -> r.value1());
        var items = dsl.select(TRACKED_RECOMMENDATION.ID, TRACKED_RECOMMENDATION.RECOMMENDATION_ID, ORGANISATION.NAME)
                .from(TRACKED_RECOMMENDATION).join(ORGANISATION).on(ORGANISATION.ID.eq(TRACKED_RECOMMENDATION.RECIPIENT_ID))
                .where(TRACKED_RECOMMENDATION.RECOMMENDATION_ID.in(recIds)).orderBy(ORGANISATION.NAME).fetch();
        Map<Long, Decision> itemDecisions = decisions(SubjectKind.ITEM, items.map(r -> r.value1()));
        Map<Long, List<Withheld>> recPassages = passages(SubjectKind.RECOMMENDATION, recIds);
        List<RecommendationLine> recommendations = recs.map(r -> new RecommendationLine(r.value1(), r.value2(), r.value3(),
                recPassages.getOrDefault(r.value1(), List.of()),
                items.stream().filter(i -> i.value2().equals(r.value1()))
                        .map(i -> new ItemLine(i.value1(), i.value3(), Optional.ofNullable(itemDecisions.get(i.value1()))))
                        .toList()));
        var plans = dsl.select(ACTION_PLAN.ID, ORGANISATION.NAME, ACTION_PLAN.STATUS, ACTION_PLAN.SUMMARY).from(ACTION_PLAN)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_PLAN.ORGANISATION_ID))
                .where(ACTION_PLAN.REPORT_ID.eq(reportId)).orderBy(ORGANISATION.NAME).fetch();
        Map<Long, Decision> planDecisions = decisions(SubjectKind.RESPONSE, plans.map(r -> r.value1()));
        Map<Long, List<Withheld>> planPassages = passages(SubjectKind.RESPONSE, plans.map(r -> r.value1()));
        List<ResponseLine> responses = plans.map(p -> new ResponseLine(p.value1(), p.value2(), p.value3(), p.value4(),
                Optional.ofNullable(planDecisions.get(p.value1())), planPassages.getOrDefault(p.value1(), List.of())));
        var u = PROGRESS_UPDATE;
        var ups = dsl.select(u.ID, ORGANISATION.NAME, u.POSTED_AT, u.BODY).from(u)
                .join(ACTION).on(ACTION.ID.eq(u.ACTION_ID)).join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION.PLAN_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_PLAN.ORGANISATION_ID))
                .where(ACTION_PLAN.REPORT_ID.eq(reportId))
                .unionAll(DSL.select(u.ID, ORGANISATION.NAME, u.POSTED_AT, u.BODY).from(u)
                        .join(TRACKED_RECOMMENDATION).on(TRACKED_RECOMMENDATION.ID.eq(u.TRACKED_RECOMMENDATION_ID))
                        .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                        .join(ORGANISATION).on(ORGANISATION.ID.eq(TRACKED_RECOMMENDATION.RECIPIENT_ID))
                        .where(RECOMMENDATION.REPORT_ID.eq(reportId)).and(u.ACTION_ID.isNull()))
                .fetch();
        List<Long> updateIds = ups.map(r -> r.value1());
        Map<Long, Decision> updateDecisions = decisions(SubjectKind.UPDATE, updateIds);
        Map<Long, List<Withheld>> updatePassages = passages(SubjectKind.UPDATE, updateIds);
        List<UpdateLine> updates = ups.stream()
                .sorted(java.util.Comparator.comparing((org.jooq.Record4<Long, String, OffsetDateTime, String> r) -> r.value3()).reversed())
                .map(r -> new UpdateLine(r.value1(), r.value2(), r.value3(), r.value4(),
                        Optional.ofNullable(updateDecisions.get(r.value1())), updatePassages.getOrDefault(r.value1(), List.of())))
                .toList();
        return Optional.of(new ReportPublication(head.value1(), head.value2(), head.value3(), head.value4(), head.value5(),
                decision(SubjectKind.REPORT, reportId), recommendations, responses, updates));
    }
}
