package org.oversight.recommendation.internal;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.RECOMMENDATION_THEME;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.THEME;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Record1;
import org.jooq.SelectUnionStep;
import org.jooq.impl.DSL;
import org.jooq.SQLDialect;
import org.oversight.db.tables.Organisation;
import org.oversight.db.tables.Recommendation;
import org.oversight.db.tables.Report;
import org.oversight.recommendation.DeadlineStanding;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.RegisterFilter;
import org.oversight.recommendation.Status;

/**
 * The register's selection (the filter and the user's scope) as conditions on TRACKED_RECOMMENDATION alone: what
 * belongs to the recommendation, its report or an organisation is asked as {@code recommendation_id IN (…)} or
 * {@code recipient_id IN (…)}. The same conditions serve the count (which then joins nothing), the walk along the
 * deadline index that bounds a page, and the page itself; every item has exactly one recommendation, report,
 * recipient and watchdog, so asking through a sub-query selects the same items as asking the joined row did.
 */
final class RegisterConditions {

    private static final Organisation ORG = ORGANISATION.as("org_f");
    private static final Recommendation REC = RECOMMENDATION.as("rec_f");
    private static final Report REP = REPORT.as("report_f");
    private static final Recommendation TEXT_MATCH = RECOMMENDATION.as("text_match");
    private static final Recommendation REPORT_REC = RECOMMENDATION.as("report_rec");
    private static final Report REPORT_MATCH = REPORT.as("report_match");

    private RegisterConditions() {
    }

    /**
     * The filter and the scope; an empty list when neither narrows (the count is then the table's). The dialect
     * chooses the form of a text search across every organisation's items ({@link #matching}); the meaning is one.
     */
    static List<Condition> of(RegisterFilter f, ItemScope scope, LocalDate today, SQLDialect dialect) {
        return of(f, scope, today, dialect, null);
    }

    /**
     * As {@link #of(RegisterFilter, ItemScope, LocalDate, SQLDialect)}, with a text search across every
     * organisation's items asked by {@code amongMatches} when it is given: the recommendations
     * {@link #matchingRecommendations} found, as {@link #amongIds} writes them (decision 0129).
     */
    static List<Condition> of(RegisterFilter f, ItemScope scope, LocalDate today, SQLDialect dialect,
                              Condition amongMatches) {
        var tr = TRACKED_RECOMMENDATION;
        List<Condition> c = new ArrayList<>();
        if (!scope.seesEveryOrganisation()) {
            c.add(scope.items());
        }
        if (f.force() != null) {
            c.add(tr.RECIPIENT_ID.in(select(ORG.ID).from(ORG).where(ORG.CODE.eq(f.force()))));
        }
        if (!f.statuses().isEmpty()) {
            c.add(tr.STATUS.in(f.statuses().stream().map(Status::name).toList()));
        }
        // one definition of overdue and due soon (decision 0010): DeadlineStanding
        if (f.overdue() && f.dueWithin() != null) {
            c.add(DeadlineStanding.needsAttention(today, f.dueWithin()));
        } else if (f.overdue()) {
            c.add(DeadlineStanding.overdue(today));
        } else if (f.dueWithin() != null) {
            c.add(DeadlineStanding.dueSoon(today, f.dueWithin()));
        }
        List<Condition> ofRecommendation = recommendationConditions(f);
        if (!ofRecommendation.isEmpty()) {
            c.add(tr.RECOMMENDATION_ID.in(select(REC.ID).from(REC).join(REP).on(REP.ID.eq(REC.REPORT_ID))
                    .where(ofRecommendation)));
        }
        if (f.q() != null && amongMatches != null) {
            c.add(amongMatches);
        } else if (f.q() != null) {
            c.add(oneOrganisation(f, scope) ? matchingItem(f.q())
                    : dialect.family() == SQLDialect.POSTGRES ? matchingAsOneList(f.q()) : matching(f.q()));
        }
        return c;
    }

    /**
     * Whether the selection is narrow: a text search (the matching texts, found through their index on PostgreSQL)
     * or one organisation's items. A few thousand rows at most, reached through an index.
     */
    static boolean narrow(RegisterFilter f, ItemScope scope) {
        return f.q() != null || oneOrganisation(f, scope);
    }

    /**
     * Whether the selection is a text search across every organisation's items: the one whose matching texts are
     * worth finding once for the count and the first page together (decision 0125).
     */
    static boolean searchAcrossOrganisations(RegisterFilter f, ItemScope scope) {
        return f.q() != null && !oneOrganisation(f, scope);
    }

    /** Whether only one organisation's items are selected: the user's scope, or the filter's force. */
    private static boolean oneOrganisation(RegisterFilter f, ItemScope scope) {
        return f.force() != null || !scope.seesEveryOrganisation();
    }

    /** Whether the selection holds only items with a current deadline (overdue, due within), so none sorts last. */
    static boolean onlyDated(RegisterFilter f) {
        return f.overdue() || f.dueWithin() != null;
    }

    /** The watchdog, kind, theme, priority and period: properties of the recommendation and its report. */
    private static List<Condition> recommendationConditions(RegisterFilter f) {
        List<Condition> c = new ArrayList<>();
        if (f.watchdog() != null) {
            c.add(REP.WATCHDOG_ID.in(select(ORG.ID).from(ORG).where(ORG.CODE.eq(f.watchdog()))));
        }
        if (f.kind() != null) {
            c.add(REC.KIND.eq(f.kind()));
        }
        if (f.theme() != null) {
            c.add(exists(selectOne().from(RECOMMENDATION_THEME).join(THEME).on(THEME.ID.eq(RECOMMENDATION_THEME.THEME_ID))
                    .where(RECOMMENDATION_THEME.RECOMMENDATION_ID.eq(REC.ID)).and(THEME.CODE.eq(f.theme()))));
        }
        if (f.priority() != null) {
            c.add(REC.PRIORITY.eq(f.priority()));
        }
        if (f.publishedFrom() != null) {
            c.add(REP.PUBLISHED_ON.ge(f.publishedFrom()));
        }
        if (f.publishedTo() != null) {
            c.add(REP.PUBLISHED_ON.le(f.publishedTo()));
        }
        return c;
    }

    /**
     * The item's recommendation text, or its report's title or reference, contains {@code q} ignoring case, asked of
     * the item itself: for a narrow selection (one organisation's items), where reading the few texts of the items
     * selected costs less than finding every matching text first (a common word matches thousands).
     */
    private static Condition matchingItem(String q) {
        return exists(selectOne().from(REC).join(REP).on(REP.ID.eq(REC.REPORT_ID))
                .where(REC.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .and(REC.TEXT.containsIgnoreCase(q).or(REP.TITLE.containsIgnoreCase(q)).or(REP.REFERENCE.containsIgnoreCase(q))));
    }

    /**
     * The recommendations whose text, or whose report's title or reference, contains {@code q} ignoring case: the
     * same "contains" as ever (jOOQ's {@code containsIgnoreCase}), asked once per text, and one list of
     * recommendations that the items are looked up in (H2 reads every text, decision 0115 as amended). Two lists,
     * not one UNION of them: H2 computes an IN list of a UNION again for every item, but a plain sub-query's once.
     */
    private static Condition matching(String q) {
        return TRACKED_RECOMMENDATION.RECOMMENDATION_ID.in(textMatches(q))
                .or(TRACKED_RECOMMENDATION.RECOMMENDATION_ID.in(reportMatches(q)));
    }

    /**
     * {@link #matching} as one list, the UNION of the same two, for PostgreSQL (decision 0125): each text through its
     * trigram index (decision 0085; with {@link #ilike}, decision 0131), and a single {@code IN} that the planner turns into a hash semi-join over the
     * items (one hashed list of about 1,800 recommendations for "grooming") rather than testing every item against two
     * hashed lists (docs/performance.md, "The national text search: the count with the first page").
     */
    private static Condition matchingAsOneList(String q) {
        return TRACKED_RECOMMENDATION.RECOMMENDATION_ID.in(select(TEXT_MATCH.ID).from(TEXT_MATCH).where(ilike(TEXT_MATCH.TEXT, q))
                .union(select(REPORT_REC.ID).from(REPORT_REC).join(REPORT_MATCH).on(REPORT_MATCH.ID.eq(REPORT_REC.REPORT_ID))
                        .where(ilike(REPORT_MATCH.REFERENCE, q).or(ilike(REPORT_MATCH.TITLE, q)))));
    }

    /**
     * The items of the given recommendations, their ids written in as literals (decision 0129), in one of two forms
     * that H2 answers differently (decision 0140): through the index of the items' recommendation, each id looked up
     * (the cheaper for a few), or asked of each item as it is read ({@code recommendation_id + 0}, which no index
     * answers, against H2's hash of the constants), so that a page's walk along the deadline index stops after the
     * page instead of reading and sorting every match. Same items either way.
     */
    static Condition amongIds(List<Long> ids, boolean throughIndex) {
        var recommendation = TRACKED_RECOMMENDATION.RECOMMENDATION_ID;
        return ids.isEmpty() ? DSL.falseCondition()
                : (throughIndex ? recommendation : recommendation.plus(DSL.inline(0L))).in(literals(ids));
    }

    /** Ids written into a statement as literals: H2 compares an IN list of bound parameters one by one (decision 0129). */
    static List<org.jooq.Field<Long>> literals(List<Long> ids) {
        return ids.stream().<org.jooq.Field<Long>>map(DSL::inline).toList();
    }

    /**
     * The recommendations whose text, or whose report's title or reference, contains {@code q} ignoring case (the
     * same two lists as {@link #matching}, as one statement of their own): their ids are then written into the
     * selection as literals, so that each statement of a screen (count, due dates, page) finds the items by key
     * instead of making the lists again or joining and ordering every match (decision 0129).
     */
    static SelectUnionStep<Record1<Long>> matchingRecommendations(String q) {
        return textMatches(q).union(reportMatches(q));
    }

    /**
     * {@link #matchingRecommendations} with each recommendation's report id (the report the item's own recommendation
     * belongs to), for PostgreSQL's search rows, which order by the report's columns without looking every match's
     * recommendation up again (decision 0131).
     */
    static SelectUnionStep<org.jooq.Record2<Long, Long>> matchingWithReports(String q) {
        return select(TEXT_MATCH.ID, TEXT_MATCH.REPORT_ID).from(TEXT_MATCH).where(ilike(TEXT_MATCH.TEXT, q))
                .union(select(REPORT_REC.ID, REPORT_REC.REPORT_ID).from(REPORT_REC).join(REPORT_MATCH)
                        .on(REPORT_MATCH.ID.eq(REPORT_REC.REPORT_ID))
                        .where(ilike(REPORT_MATCH.REFERENCE, q).or(ilike(REPORT_MATCH.TITLE, q))));
    }

    /**
     * {@code column} contains {@code q} ignoring case, as PostgreSQL's {@code ILIKE} with the pattern bound whole, which
     * the trigram indexes answer (decision 0131). jOOQ's {@code containsIgnoreCase} renders {@code lower(column) LIKE
     * lower(…)} there, which no index on the column answers: every text was read. Same meaning: {@code %}, {@code _}
     * and the escape character itself are escaped, so {@code q} is matched literally.
     */
    static Condition ilike(org.jooq.Field<String> column, String q) {
        String escaped = q.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return column.likeIgnoreCase("%" + escaped + "%", '!');
    }

    /** The filter without its text search: the selection's other conditions, for {@link SearchRows} (decision 0131). */
    static RegisterFilter withoutText(RegisterFilter f) {
        return new RegisterFilter(f.watchdog(), f.force(), f.statuses(), f.kind(), f.theme(), f.priority(), f.overdue(),
                f.dueWithin(), f.publishedFrom(), f.publishedTo(), null);
    }

    private static org.jooq.SelectConditionStep<org.jooq.Record1<Long>> textMatches(String q) {
        return select(TEXT_MATCH.ID).from(TEXT_MATCH).where(TEXT_MATCH.TEXT.containsIgnoreCase(q));
    }

    private static org.jooq.SelectConditionStep<org.jooq.Record1<Long>> reportMatches(String q) {
        return select(REPORT_REC.ID).from(REPORT_REC).join(REPORT_MATCH).on(REPORT_MATCH.ID.eq(REPORT_REC.REPORT_ID))
                .where(REPORT_MATCH.REFERENCE.containsIgnoreCase(q).or(REPORT_MATCH.TITLE.containsIgnoreCase(q)));
    }
}
