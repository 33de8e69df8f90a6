package org.oversight.dashboard.internal;

import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.extract;
import static org.oversight.db.Tables.OUTCOME_ASSESSMENT;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.RECOMMENDATION_THEME;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.THEME;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.oversight.dashboard.ThemeYear;
import org.oversight.outcome.OutcomeRating;
import org.oversight.recommendation.Status;
import org.springframework.stereotype.Repository;

/** Themes over time: per theme and year, recommendations made, items closed and items assessed effective. */
@Repository
public class JooqThemeYearsQuery {

    private final DSLContext dsl;

    JooqThemeYearsQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every theme's years with any figure, by theme name then year. */
    public List<ThemeYear> themeYears() {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String[]> names = new TreeMap<>();
        var t = TRACKED_RECOMMENDATION;
        Field<Integer> published = extract(REPORT.PUBLISHED_ON, DatePart.YEAR);
        dsl.select(THEME.CODE, THEME.NAME, published, countDistinct(RECOMMENDATION.ID))
                .from(RECOMMENDATION).join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(RECOMMENDATION_THEME).on(RECOMMENDATION_THEME.RECOMMENDATION_ID.eq(RECOMMENDATION.ID))
                .join(THEME).on(THEME.ID.eq(RECOMMENDATION_THEME.THEME_ID))
                .groupBy(THEME.CODE, THEME.NAME, published)
                .forEach(r -> add(counts, names, r.value1(), r.value2(), r.value3(), 0, r.value4()));
        Field<Integer> closed = extract(t.CLOSED_ON, DatePart.YEAR);
        dsl.select(THEME.CODE, THEME.NAME, closed, countDistinct(t.ID))
                .from(t).join(RECOMMENDATION_THEME).on(RECOMMENDATION_THEME.RECOMMENDATION_ID.eq(t.RECOMMENDATION_ID))
                .join(THEME).on(THEME.ID.eq(RECOMMENDATION_THEME.THEME_ID))
                .where(t.STATUS.in(Status.CLOSED)).and(t.CLOSED_ON.isNotNull())
                .groupBy(THEME.CODE, THEME.NAME, closed)
                .forEach(r -> add(counts, names, r.value1(), r.value2(), r.value3(), 1, r.value4()));
        var o = OUTCOME_ASSESSMENT;
        Field<Integer> assessed = extract(o.ASSESSED_ON, DatePart.YEAR);
        dsl.select(THEME.CODE, THEME.NAME, assessed, countDistinct(t.ID))
                .from(o).join(t).on(t.ID.eq(o.TRACKED_RECOMMENDATION_ID))
                .join(RECOMMENDATION_THEME).on(RECOMMENDATION_THEME.RECOMMENDATION_ID.eq(t.RECOMMENDATION_ID))
                .join(THEME).on(THEME.ID.eq(RECOMMENDATION_THEME.THEME_ID))
                .where(o.RATING.eq(OutcomeRating.EFFECTIVE.name()))
                .groupBy(THEME.CODE, THEME.NAME, assessed)
                .forEach(r -> add(counts, names, r.value1(), r.value2(), r.value3(), 2, r.value4()));
        List<ThemeYear> out = new ArrayList<>();
        counts.forEach((key, c) -> {
            String[] n = names.get(key);
            out.add(new ThemeYear(n[0], n[1], Integer.parseInt(n[2]), c[0], c[1], c[2]));
        });
        return out;
    }

    private static void add(Map<String, int[]> counts, Map<String, String[]> names, String code, String name, int year,
                            int figure, int n) {
        String key = name + "\u0000" + year;
        names.putIfAbsent(key, new String[] {code, name, String.valueOf(year)});
        counts.computeIfAbsent(key, k -> new int[3])[figure] += n;
    }
}
