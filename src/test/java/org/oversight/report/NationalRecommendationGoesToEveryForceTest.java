package org.oversight.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.AUDIT_EVENT;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.STATUS_CHANGE;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.oversight.audit.AuditChainVerifier;
import org.oversight.base.SubmissionKey;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.deadline.ResponseDeadlines;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** "All forces" fans a recommendation out to one tracked item per force, each with its own status, dates and history. */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class NationalRecommendationGoesToEveryForceTest {

    @Autowired
    ReportService reports;
    @Autowired
    ResponseDeadlines deadlines;
    @Autowired
    AuditChainVerifier auditChain;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    @Test
    void allForcesMeansFortyFourItemsEachWithItsDeadlineAndFirstHistoryEntry() {
        LocalDate published = LocalDate.now(clock).minusDays(5);
        long reportId = reports.create(new ReportForm(ReportKind.INSPECTION, "Online grooming: a national thematic",
                "HMICFRS-TEST-OG", published, null, null, Set.of(), Set.of()), SubmissionKey.fresh());

        long recId = reports.addRecommendation(reportId, new RecommendationForm("2", RecommendationKind.RECOMMENDATION,
                "By the end of the year, every force should train its call handlers to recognise online grooming.",
                Priority.HIGH, Set.of(), true, Set.of()), SubmissionKey.fresh());

        var tr = TRACKED_RECOMMENDATION;
        var items = dsl.select(tr.ID, tr.RECIPIENT_ID, ORGANISATION.KIND, tr.STATUS, tr.RESPONSE_DUE_ON, tr.DUE_ON).from(tr)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(tr.RECIPIENT_ID))
                .where(tr.RECOMMENDATION_ID.eq(recId)).fetch();
        LocalDate due = deadlines.responseDue("HMICFRS", ReportKind.INSPECTION, RecommendationKind.RECOMMENDATION, published);
        assertThat(items).hasSize(44).allSatisfy(i -> assertThat(i.value3()).isEqualTo(OrganisationRef.Kind.FORCE));
        assertThat(items.map(i -> i.value2())).doesNotHaveDuplicates().contains(org("SURREY"), org("BTP"));
        assertThat(items).allSatisfy(i -> {
            assertThat(i.value4()).isEqualTo(Status.OPEN);
            assertThat(i.value5()).isEqualTo(due);
            assertThat(i.value6()).isEqualTo(due);
        });
        var ids = items.map(i -> i.value1());
        assertThat(dsl.fetchCount(STATUS_CHANGE, STATUS_CHANGE.TRACKED_RECOMMENDATION_ID.in(ids)
                .and(STATUS_CHANGE.FROM_STATUS.isNull()).and(STATUS_CHANGE.TO_STATUS.eq(Status.OPEN)))).isEqualTo(44);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq("tracked_recommendation")
                .and(AUDIT_EVENT.ENTITY_ID.in(ids)).and(AUDIT_EVENT.ACTION.eq("CREATE")))).isEqualTo(44);
        assertThat(auditChain.verify().intact()).isTrue();

        ReportRecommendation shown = reports.find(reportId).orElseThrow().recommendations().getFirst();
        assertThat(shown.allForces()).isTrue();
        assertThat(shown.recipients()).hasSize(44);
        assertThat(shown.summary().describe()).isEqualTo("44 recipients: 44 awaiting a plan");
    }

    @Test
    @WithUserDetails("surrey")
    void aForceLeadSeesOnlyTheirOwnItemOfANationalRecommendationButTheCountsOfAll() {
        long missingChildren = dsl.select(TRACKED_RECOMMENDATION.RECOMMENDATION_ID).from(TRACKED_RECOMMENDATION)
                .groupBy(TRACKED_RECOMMENDATION.RECOMMENDATION_ID).having(DSL.count().ge(44))
                .limit(1).fetchSingle().value1();
        long reportId = dsl.select(RECOMMENDATION.REPORT_ID).from(RECOMMENDATION)
                .where(RECOMMENDATION.ID.eq(missingChildren)).fetchSingle().value1();

        ReportRecommendation rec = reports.find(reportId).orElseThrow().recommendations().stream()
                .filter(r -> r.id() == missingChildren).findFirst().orElseThrow();

        assertThat(rec.recipients()).singleElement().satisfies(r -> assertThat(r.name()).isEqualTo("Surrey Police"));
        assertThat(rec.summary().total()).isGreaterThanOrEqualTo(44);
    }

    private long org(String code) {
        return dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.CODE.eq(code)).fetchSingle(ORGANISATION.ID);
    }
}
