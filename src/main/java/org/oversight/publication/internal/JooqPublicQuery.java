package org.oversight.publication.internal;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.ACTION_RECOMMENDATION;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.PROGRESS_UPDATE;
import static org.oversight.db.Tables.PUBLICATION_DECISION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.RECOMMENDATION_THEME;
import static org.oversight.db.Tables.REDACTION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.STATUS_CHANGE;
import static org.oversight.db.Tables.THEME;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.oversight.actionplan.PlanStatus;
import org.oversight.db.tables.Organisation;
import org.oversight.publication.Ground;
import org.oversight.publication.PublicStatusChange;
import org.oversight.publication.Redactions.Passage;
import org.oversight.publication.SubjectKind;
import org.oversight.recommendation.OrganisationRef;
import org.springframework.stereotype.Repository;

/**
 * Reads what is public, and nothing else: every query here carries the publication conditions, so that an item
 * that is not published cannot be read through this class at all. Texts come back unredacted with their withheld
 * passages; {@code PublicRegister} redacts them.
 */
@Repository
public class JooqPublicQuery {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final DSLContext dsl;

    JooqPublicQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An item row as read, before redaction. */
    public record Row(long id, long recommendationId, String number, org.oversight.recommendation.RecommendationKind kind,
                      String text, org.oversight.recommendation.Status status, OffsetDateTime statusChangedAt,
                      LocalDate dueOn, LocalDate closedOn, String recipientCode, String recipientName,
                      long reportId, String reportReference, String reportTitle, org.oversight.recommendation.ReportKind reportKind,
                      LocalDate reportPublishedOn, String watchdogCode, String watchdogName) {
    }

    /** A report's published header. */
    public record ReportRow(long id, String reference, String title, org.oversight.recommendation.ReportKind kind,
                            LocalDate publishedOn, String watchdogCode, String watchdogName, String summary, String link) {
    }

    /** An item of a public report that the watchdog withholds: its place, not its content. */
    public record WithheldRow(long reportId, String number, org.oversight.recommendation.RecommendationKind kind, String recipientName, Ground ground) {
    }

    /** A text that may be public (a response or an update) with the organisation that wrote it. */
    public record TextRow(long id, OffsetDateTime at, String organisation, String text) {
    }

    /** Reports that are public today: published, or withheld until a day that has come. */
    static Condition reportIsPublic(Field<Long> reportId, LocalDate today) {
        var d = PUBLICATION_DECISION;
        return exists(selectOne().from(d).where(d.SUBJECT_KIND.eq(SubjectKind.REPORT.name()))
                .and(d.SUBJECT_ID.eq(reportId))
                .and(d.STATE.eq("PUBLISHED").or(d.WITHHELD_UNTIL.isNotNull().and(d.WITHHELD_UNTIL.le(today)))));
    }

    /** Items not withheld on their own (or whose withholding has lapsed). */
    static Condition itemNotWithheld(Field<Long> trackedId, LocalDate today) {
        var d = PUBLICATION_DECISION;
        return notExists(selectOne().from(d).where(d.SUBJECT_KIND.eq(SubjectKind.ITEM.name()))
                .and(d.SUBJECT_ID.eq(trackedId)).and(d.STATE.eq("WITHHELD"))
                .and(d.WITHHELD_UNTIL.isNull().or(d.WITHHELD_UNTIL.gt(today))));
    }

    /** A response or update the watchdog has published. */
    static Condition textIsPublished(SubjectKind kind, Field<Long> id) {
        var d = PUBLICATION_DECISION;
        return exists(selectOne().from(d).where(d.SUBJECT_KIND.eq(kind.name())).and(d.SUBJECT_ID.eq(id))
                .and(d.STATE.eq("PUBLISHED")));
    }

    /** Every public item, in report order. */
    public List<Row> items(LocalDate today) {
        return items(DSL.trueCondition(), today);
    }

    public Optional<Row> item(long trackedId, LocalDate today) {
        return items(TRACKED_RECOMMENDATION.ID.eq(trackedId), today).stream().findFirst();
    }

    private List<Row> items(Condition where, LocalDate today) {
        var t = TRACKED_RECOMMENDATION;
        Organisation recipient = ORGANISATION.as("recipient");
        Organisation watchdog = ORGANISATION.as("watchdog");
        return dsl.select(t.ID, RECOMMENDATION.ID, RECOMMENDATION.NUMBER, RECOMMENDATION.KIND, RECOMMENDATION.TEXT,
                        t.STATUS, t.STATUS_CHANGED_AT, t.DUE_ON, t.CLOSED_ON, recipient.CODE, recipient.NAME,
                        REPORT.ID, REPORT.REFERENCE, REPORT.TITLE, REPORT.KIND, REPORT.PUBLISHED_ON, watchdog.CODE, watchdog.NAME)
                .from(t)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(recipient).on(recipient.ID.eq(t.RECIPIENT_ID))
                .join(watchdog).on(watchdog.ID.eq(REPORT.WATCHDOG_ID))
                .where(where)
                .and(reportIsPublic(REPORT.ID, today))
                .and(itemNotWithheld(t.ID, today))
                .orderBy(REPORT.PUBLISHED_ON.desc(), REPORT.ID.desc(), RECOMMENDATION.ID, recipient.NAME)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), r.value13(), r.value14(),
                        r.value15(), r.value16(), r.value17(), r.value18()));
    }

    /** The themes of every public recommendation: recommendation id → (code, name) in name order. */
    public Map<Long, List<String[]>> themes(LocalDate today) {
        Map<Long, List<String[]>> out = new HashMap<>();
        dsl.select(RECOMMENDATION_THEME.RECOMMENDATION_ID, THEME.CODE, THEME.NAME)
                .from(RECOMMENDATION_THEME).join(THEME).on(THEME.ID.eq(RECOMMENDATION_THEME.THEME_ID))
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(RECOMMENDATION_THEME.RECOMMENDATION_ID))
                .where(reportIsPublic(RECOMMENDATION.REPORT_ID, today))
                .orderBy(THEME.NAME)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new String[] {r.value2(), r.value3()}));
        return out;
    }

    /** The withheld passages of the given subjects: subject id → passages. */
    public Map<Long, List<Passage>> passages(SubjectKind kind, Collection<Long> ids) {
        Map<Long, List<Passage>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        dsl.select(REDACTION.SUBJECT_ID, REDACTION.PASSAGE, REDACTION.GROUND).from(REDACTION)
                .where(REDACTION.SUBJECT_KIND.eq(kind.name())).and(REDACTION.SUBJECT_ID.in(ids))
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Passage(r.value2(), Ground.valueOf(r.value3()))));
        return out;
    }

    /** Every withheld passage of recommendation texts (for the whole register at once). */
    public Map<Long, List<Passage>> recommendationPassages() {
        Map<Long, List<Passage>> out = new HashMap<>();
        dsl.select(REDACTION.SUBJECT_ID, REDACTION.PASSAGE, REDACTION.GROUND).from(REDACTION)
                .where(REDACTION.SUBJECT_KIND.eq(SubjectKind.RECOMMENDATION.name()))
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Passage(r.value2(), Ground.valueOf(r.value3()))));
        return out;
    }

    public Optional<ReportRow> report(long reportId, LocalDate today) {
        Organisation watchdog = ORGANISATION.as("watchdog");
        return dsl.select(REPORT.ID, REPORT.REFERENCE, REPORT.TITLE, REPORT.KIND, REPORT.PUBLISHED_ON, watchdog.CODE,
                        watchdog.NAME, REPORT.SUMMARY, REPORT.LINK)
                .from(REPORT).join(watchdog).on(watchdog.ID.eq(REPORT.WATCHDOG_ID))
                .where(REPORT.ID.eq(reportId)).and(reportIsPublic(REPORT.ID, today))
                .fetchOptional(r -> new ReportRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }

    /** The items of a public report withheld on their own, with their ground. */
    public List<WithheldRow> withheldItems(long reportId, LocalDate today) {
        var t = TRACKED_RECOMMENDATION;
        var d = PUBLICATION_DECISION;
        return dsl.select(RECOMMENDATION.REPORT_ID, RECOMMENDATION.NUMBER, RECOMMENDATION.KIND, ORGANISATION.NAME, d.GROUND)
                .from(t).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(t.RECIPIENT_ID))
                .join(d).on(d.SUBJECT_KIND.eq(SubjectKind.ITEM.name())).and(d.SUBJECT_ID.eq(t.ID))
                .where(RECOMMENDATION.REPORT_ID.eq(reportId)).and(reportIsPublic(RECOMMENDATION.REPORT_ID, today))
                .and(d.STATE.eq("WITHHELD")).and(d.WITHHELD_UNTIL.isNull().or(d.WITHHELD_UNTIL.gt(today)))
                .orderBy(RECOMMENDATION.ID, ORGANISATION.NAME)
                .fetch(r -> new WithheldRow(r.value1(), r.value2(), r.value3(), r.value4(), Ground.valueOf(r.value5())));
    }

    /** The dated status history of an item (never who moved it). */
    public List<PublicStatusChange> history(long trackedId) {
        return dsl.select(STATUS_CHANGE.CHANGED_AT, STATUS_CHANGE.FROM_STATUS, STATUS_CHANGE.TO_STATUS)
                .from(STATUS_CHANGE).where(STATUS_CHANGE.TRACKED_RECOMMENDATION_ID.eq(trackedId))
                .orderBy(STATUS_CHANGE.CHANGED_AT, STATUS_CHANGE.ID)
                .fetch(r -> new PublicStatusChange(r.value1().atZoneSameInstant(UK).toLocalDate(), r.value2(), r.value3()));
    }

    /** The recipient's response (its action plan for the report) to an item, if the watchdog has published it. */
    public Optional<TextRow> response(long trackedId) {
        var t = TRACKED_RECOMMENDATION;
        return dsl.select(ACTION_PLAN.ID, ACTION_PLAN.SUBMITTED_AT, ORGANISATION.NAME, ACTION_PLAN.SUMMARY)
                .from(t).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                .join(ACTION_PLAN).on(ACTION_PLAN.REPORT_ID.eq(RECOMMENDATION.REPORT_ID))
                .and(ACTION_PLAN.ORGANISATION_ID.eq(t.RECIPIENT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(t.RECIPIENT_ID))
                .where(t.ID.eq(trackedId)).and(ACTION_PLAN.STATUS.ne(PlanStatus.DRAFT))
                .and(ACTION_PLAN.SUMMARY.isNotNull())
                .and(textIsPublished(SubjectKind.RESPONSE, ACTION_PLAN.ID))
                .fetchOptional(r -> new TextRow(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The published updates on an item: posted on the item itself or on an action that answers it. */
    public List<TextRow> updates(long trackedId) {
        var u = PROGRESS_UPDATE;
        var t = TRACKED_RECOMMENDATION;
        return dsl.select(u.ID, u.POSTED_AT, ORGANISATION.NAME, u.BODY)
                .from(u).join(t).on(t.ID.eq(trackedId))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(t.RECIPIENT_ID))
                .where(u.TRACKED_RECOMMENDATION_ID.eq(trackedId).or(u.ACTION_ID.in(
                        DSL.select(ACTION_RECOMMENDATION.ACTION_ID).from(ACTION_RECOMMENDATION)
                                .where(ACTION_RECOMMENDATION.TRACKED_RECOMMENDATION_ID.eq(trackedId)))))
                .and(textIsPublished(SubjectKind.UPDATE, u.ID))
                .orderBy(u.POSTED_AT, u.ID)
                .fetch(r -> new TextRow(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** When anything the public register shows last changed: a decision, or an item's status. */
    public Optional<OffsetDateTime> lastChange() {
        OffsetDateTime decided = dsl.select(DSL.max(PUBLICATION_DECISION.DECIDED_AT)).from(PUBLICATION_DECISION).fetchOne(0, OffsetDateTime.class);
        OffsetDateTime redacted = dsl.select(DSL.max(REDACTION.DECIDED_AT)).from(REDACTION).fetchOne(0, OffsetDateTime.class);
        OffsetDateTime moved = dsl.select(DSL.max(TRACKED_RECOMMENDATION.STATUS_CHANGED_AT)).from(TRACKED_RECOMMENDATION).fetchOne(0, OffsetDateTime.class);
        return java.util.stream.Stream.of(decided, redacted, moved).filter(java.util.Objects::nonNull).max(OffsetDateTime::compareTo);
    }

    /** Organisations by kind, for the filters and summaries' names. */
    public List<OrganisationRef> organisations() {
        return dsl.select(ORGANISATION.ID, ORGANISATION.CODE, ORGANISATION.NAME, ORGANISATION.SHORT_NAME, ORGANISATION.KIND)
                .from(ORGANISATION).orderBy(ORGANISATION.NAME)
                .fetch(r -> new OrganisationRef(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
