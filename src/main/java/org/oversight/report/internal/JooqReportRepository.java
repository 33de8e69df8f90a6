package org.oversight.report.internal;

import static org.jooq.impl.DSL.coalesce;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.AUDIT_EVENT;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.RECOMMENDATION_THEME;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.REPORT_FORCE;
import static org.oversight.db.Tables.REPORT_THEME;
import static org.oversight.db.Tables.THEME;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.report.RecommendationForm;
import org.oversight.report.ReportForm;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes reports and recommendations, and the look-ups the report service needs to check them. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class JooqReportRepository {

    /** The facts that decide who may change a report and which clocks its recommendations run on. */
    public record ReportKey(long id, int version, long watchdogId, String watchdogCode, String watchdogName, ReportKind kind,
                            LocalDate publishedOn) {
    }

    /** The facts that decide how a recommendation may change. */
    public record RecommendationKey(long id, int version, long reportId, String number, RecommendationKind kind) {
    }

    /** Who last changed a row and when, read from the audit trail for "changed by X at T" messages. */
    public record LastChange(String by, OffsetDateTime at) {
    }

    private final DSLContext dsl;

    public JooqReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<ReportKey> report(long reportId) {
        return dsl.select(REPORT.ID, REPORT.VERSION, REPORT.WATCHDOG_ID, ORGANISATION.CODE, ORGANISATION.NAME, REPORT.KIND,
                        REPORT.PUBLISHED_ON)
                .from(REPORT).join(ORGANISATION).on(ORGANISATION.ID.eq(REPORT.WATCHDOG_ID))
                .where(REPORT.ID.eq(reportId))
                .fetchOptional(Records.mapping(ReportKey::new));
    }

    public Optional<RecommendationKey> recommendation(long recommendationId) {
        var rec = RECOMMENDATION;
        return dsl.select(rec.ID, rec.VERSION, rec.REPORT_ID, rec.NUMBER, rec.KIND).from(rec).where(rec.ID.eq(recommendationId))
                .fetchOptional(Records.mapping(RecommendationKey::new));
    }

    public String watchdogCode(long watchdogId) {
        return dsl.select(ORGANISATION.CODE).from(ORGANISATION).where(ORGANISATION.ID.eq(watchdogId)).fetchSingle(ORGANISATION.CODE);
    }

    public boolean referenceTaken(long watchdogId, String reference, Long exceptReportId) {
        return dsl.fetchExists(REPORT, REPORT.WATCHDOG_ID.eq(watchdogId).and(REPORT.REFERENCE.equalIgnoreCase(reference))
                .and(exceptReportId == null ? REPORT.ID.isNotNull() : REPORT.ID.ne(exceptReportId)));
    }

    public boolean numberTaken(long reportId, String number, Long exceptRecommendationId) {
        var rec = RECOMMENDATION;
        return dsl.fetchExists(rec, rec.REPORT_ID.eq(reportId).and(rec.NUMBER.equalIgnoreCase(number))
                .and(exceptRecommendationId == null ? rec.ID.isNotNull() : rec.ID.ne(exceptRecommendationId)));
    }

    /** The kind (WATCHDOG, FORCE, NATIONAL_BODY) of each of the given organisations that exists. */
    public Map<Long, OrganisationRef.Kind> organisationKinds(Collection<Long> ids) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.KIND).from(ORGANISATION).where(ORGANISATION.ID.in(ids))
                .fetchMap(ORGANISATION.ID, ORGANISATION.KIND);
    }

    public List<Long> allForceIds() {
        return dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.KIND.eq(OrganisationRef.Kind.FORCE))
                .orderBy(ORGANISATION.NAME).fetch(ORGANISATION.ID);
    }

    public Set<Long> existingThemes(Collection<Long> ids) {
        return new HashSet<>(dsl.select(THEME.ID).from(THEME).where(THEME.ID.in(ids)).fetch(THEME.ID));
    }

    public Set<Long> recipientsOf(long recommendationId) {
        var tr = TRACKED_RECOMMENDATION;
        return new HashSet<>(dsl.select(tr.RECIPIENT_ID).from(tr).where(tr.RECOMMENDATION_ID.eq(recommendationId)).fetch(tr.RECIPIENT_ID));
    }

    public List<RecommendationKey> recommendationsOf(long reportId) {
        var rec = RECOMMENDATION;
        return dsl.select(rec.ID, rec.VERSION, rec.REPORT_ID, rec.NUMBER, rec.KIND).from(rec).where(rec.REPORT_ID.eq(reportId))
                .fetch(Records.mapping(RecommendationKey::new));
    }

    public long insertReport(long watchdogId, ReportForm f, long userId, OffsetDateTime now) {
        long id = dsl.insertInto(REPORT)
                .set(REPORT.WATCHDOG_ID, watchdogId)
                .set(REPORT.KIND, f.kind())
                .set(REPORT.TITLE, f.title())
                .set(REPORT.REFERENCE, f.reference())
                .set(REPORT.PUBLISHED_ON, f.publishedOn())
                .set(REPORT.LINK, f.link())
                .set(REPORT.SUMMARY, f.summary())
                .set(REPORT.CREATED_AT, now)
                .set(REPORT.CREATED_BY, userId)
                .returning(REPORT.ID).fetchOne(REPORT.ID);
        replaceForcesAndThemes(id, f);
        return id;
    }

    /** @return false when somebody else saved the report since {@code version} was read */
    public boolean updateReport(long id, int version, ReportForm f) {
        int n = dsl.update(REPORT)
                .set(REPORT.KIND, f.kind())
                .set(REPORT.TITLE, f.title())
                .set(REPORT.REFERENCE, f.reference())
                .set(REPORT.PUBLISHED_ON, f.publishedOn())
                .set(REPORT.LINK, f.link())
                .set(REPORT.SUMMARY, f.summary())
                .set(REPORT.VERSION, version + 1)
                .where(REPORT.ID.eq(id)).and(REPORT.VERSION.eq(version))
                .execute();
        if (n == 1) {
            replaceForcesAndThemes(id, f);
        }
        return n == 1;
    }

    private void replaceForcesAndThemes(long reportId, ReportForm f) {
        dsl.deleteFrom(REPORT_FORCE).where(REPORT_FORCE.REPORT_ID.eq(reportId)).execute();
        dsl.deleteFrom(REPORT_THEME).where(REPORT_THEME.REPORT_ID.eq(reportId)).execute();
        f.forceIds().forEach(o -> dsl.insertInto(REPORT_FORCE).set(REPORT_FORCE.REPORT_ID, reportId)
                .set(REPORT_FORCE.ORGANISATION_ID, o).execute());
        f.themeIds().forEach(t -> dsl.insertInto(REPORT_THEME).set(REPORT_THEME.REPORT_ID, reportId)
                .set(REPORT_THEME.THEME_ID, t).execute());
    }

    public long insertRecommendation(long reportId, RecommendationForm f, OffsetDateTime now) {
        var rec = RECOMMENDATION;
        long id = dsl.insertInto(rec)
                .set(rec.REPORT_ID, reportId)
                .set(rec.NUMBER, f.number())
                .set(rec.KIND, f.kind())
                .set(rec.TEXT, f.text())
                .set(rec.PRIORITY, f.priority())
                .set(rec.CREATED_AT, now)
                .returning(rec.ID).fetchOne(rec.ID);
        replaceThemes(id, f.themeIds());
        return id;
    }

    /** @return false when somebody else saved the recommendation since {@code version} was read */
    public boolean updateRecommendation(long id, int version, RecommendationForm f) {
        var rec = RECOMMENDATION;
        int n = dsl.update(rec)
                .set(rec.NUMBER, f.number())
                .set(rec.KIND, f.kind())
                .set(rec.TEXT, f.text())
                .set(rec.PRIORITY, f.priority())
                .set(rec.VERSION, version + 1)
                .where(rec.ID.eq(id)).and(rec.VERSION.eq(version))
                .execute();
        if (n == 1) {
            replaceThemes(id, f.themeIds());
        }
        return n == 1;
    }

    private void replaceThemes(long recommendationId, Set<Long> themeIds) {
        dsl.deleteFrom(RECOMMENDATION_THEME).where(RECOMMENDATION_THEME.RECOMMENDATION_ID.eq(recommendationId)).execute();
        themeIds.forEach(t -> dsl.insertInto(RECOMMENDATION_THEME).set(RECOMMENDATION_THEME.RECOMMENDATION_ID, recommendationId)
                .set(RECOMMENDATION_THEME.THEME_ID, t).execute());
    }

    public Optional<LastChange> lastChange(String entityType, long entityId) {
        // the user's display name, or the name recorded with the event when the user is gone
        return dsl.select(coalesce(APP_USER.DISPLAY_NAME, AUDIT_EVENT.USERNAME), AUDIT_EVENT.OCCURRED_AT).from(AUDIT_EVENT)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(AUDIT_EVENT.USER_ID))
                .where(AUDIT_EVENT.ENTITY_TYPE.eq(entityType)).and(AUDIT_EVENT.ENTITY_ID.eq(entityId))
                .orderBy(AUDIT_EVENT.ID.desc()).limit(1)
                .fetchOptional(Records.mapping(LastChange::new));
    }
}
