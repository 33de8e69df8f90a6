package org.oversight.recommendation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.oversight.base.SubmissionKey;
import org.oversight.recommendation.FreshItems;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.RecommendationRegister;
import org.oversight.recommendation.RegisterFilter;
import org.oversight.recommendation.RegisterRow;
import org.oversight.recommendation.SortBy;
import org.oversight.report.RecommendationForm;
import org.oversight.report.ReportService;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * A text search across every organisation that matches more recommendations than may be written into a statement as
 * literal ids ({@link H2SearchWords#MAX_LITERAL_IDS}, decision 0129) is answered by the sub-query forms instead: the
 * same count, first page, next page and count for the API, in every order, as the same search answered by its ids.
 * The bound is lowered to two here, with three matching recommendations, rather than five thousand and one: on H2
 * the sub-query forms read the matching recommendations again for every item, which took minutes with five thousand.
 */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class SearchWithMoreMatchesThanLiteralsTest {

    private static final String WORD = "zqxwvfallback";
    private static final int BOUND = 2;

    @Autowired JooqRegisterQuery query;
    @Autowired RecommendationRegister register;
    @Autowired ReportService reports;
    @Autowired FreshItems fresh;
    @Autowired DSLContext dsl;
    @Autowired Clock clock;

    @Test
    void moreMatchesThanLiteralsCountAndShowTheRowsTheIdsShow() {
        long reportId = fresh.report();
        recommend(reportId, "1", "Review every " + WORD + " record", "SURREY", "DEVON_CORNWALL", "KENT");
        recommend(reportId, "2", "Train on every " + WORD + " kept", "SURREY");
        recommend(reportId, "3", "Audit every " + WORD + " again", "LANCASHIRE");
        var search = new RegisterFilter(null, null, Set.of(), null, null, null, false, null, null, null, "Every " + WORD);
        if (dsl.dialect().family() == SQLDialect.H2) {
            assertThat(H2SearchWords.ids(dsl, search.q(), H2SearchWords.MAX_LITERAL_IDS)).as("the ids path").hasSize(3);
            assertThat(H2SearchWords.ids(dsl, search.q(), BOUND)).as("more than the bound: the fallback").isNull();
        }
        JooqRegisterQuery fallback = new JooqRegisterQuery(dsl, BOUND);
        for (List<SortBy> sort : List.of(List.<SortBy>of(), List.of(SortBy.asc("reference")), List.of(SortBy.desc("due")))) {
            Screen byIds = screen(query, search, sort);
            assertThat(byIds.count()).as("five items of three recommendations").isEqualTo(5);
            assertThat(byIds.rows()).hasSize(5);
            assertThat(screen(fallback, search, sort)).as("by %s", sort).isEqualTo(byIds);
        }
    }

    private void recommend(long reportId, String number, String text, String... recipients) {
        Set<Long> to = new java.util.HashSet<>();
        for (String code : recipients) {
            to.add(fresh.orgId(code));
        }
        reports.addRecommendation(reportId, new RecommendationForm(number, RecommendationKind.RECOMMENDATION, text,
                Priority.HIGH, Set.of(), false, to), SubmissionKey.fresh());
    }

    /** What a register screen reads: the count with the first page, the pages of three, and the API's count. */
    private record Screen(int count, List<RegisterRow> firstPage, List<RegisterRow> rows, int apiCount) {
    }

    private Screen screen(JooqRegisterQuery q, RegisterFilter search, List<SortBy> sort) {
        ItemScope scope = register.scope();
        LocalDate today = LocalDate.now(clock);
        var counted = q.countWithFirstPage(search, scope, today, 3, sort);
        List<RegisterRow> first = counted.rows() != null ? counted.rows() : q.page(search, scope, today, null, 0, 3, sort);
        List<RegisterRow> rows = new ArrayList<>(q.page(search, scope, today, null, 0, 3, sort));
        rows.addAll(q.page(search, scope, today, null, 3, 3, sort));
        return new Screen(counted.count(), first, rows, q.count(search, scope, today));
    }
}
