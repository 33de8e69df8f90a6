package org.oversight.journey;

import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.STATUS_CHANGE;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The main views, each with a user who may open it, for the accessibility checks in every variant: one list, so that
 * a view added here is checked in light, dark, phone (and Welsh) alike. Addresses with an id are filled with rich demo
 * data (a Surrey item with a plan and history, the report it belongs to, Surrey's plan with the most actions), so that
 * the checks see badges, cards and histories, not empty states.
 */
final class MainViews {

    /** username, address ({item}, {report} and {plan} stand for the ids above) */
    static final List<String[]> ALL = List.of(
            new String[] {"surrey", "/"},
            new String[] {"hmicfrs", "/"},
            new String[] {"chief.surrey", "/"},
            new String[] {"surrey", "/recommendations"},
            // watchdog staff's register has the filters a force's has not (force or national body: a long Welsh label)
            new String[] {"hmicfrs", "/recommendations"},
            new String[] {"surrey", "/recommendations/{item}"},
            new String[] {"hmicfrs", "/recommendations/{item}"},
            new String[] {"surrey", "/reports"},
            new String[] {"surrey", "/reports/{report}"},
            new String[] {"hmicfrs", "/reports/{report}"},
            new String[] {"surrey", "/my-work"},
            new String[] {"surrey", "/plans/{plan}"},
            new String[] {"hmicfrs", "/plans/{plan}"},
            new String[] {"hmicfrs", "/queues"},
            new String[] {"hmicfrs", "/deadlines/{item}"},
            new String[] {"surrey", "/notifications"},
            new String[] {"admin", "/audit"},
            new String[] {"admin", "/admin/users"},
            new String[] {"admin", "/outbox"});

    private MainViews() {
    }

    static Stream<Arguments> views() {
        return ALL.stream().map(v -> Arguments.of(v[0], v[1]));
    }

    /** Every view in every variant but the light desktop ({@code MainViewsAreAccessibleTest} checks that one) and the
     * Welsh phone (the phone and the Welsh cases between them cover it; it keeps the run shorter). */
    static Stream<Arguments> viewsInOtherVariants() {
        return Stream.of(Variant.values()).filter(v -> v != Variant.LIGHT_DESKTOP && v != Variant.WELSH_PHONE)
                .flatMap(variant -> ALL.stream().map(v -> Arguments.of(variant, v[0], v[1])));
    }

    /** "recommendations-item-surrey": a file name for the view as this user sees it. */
    static String name(String username, String path) {
        String name = path.replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
        return (name.isEmpty() ? "home" : name) + "-" + username;
    }

    static String resolve(DSLContext dsl, String path) {
        long item = surreyItemWithAPlan(dsl);
        return path.replace("{item}", String.valueOf(item))
                .replace("{report}", String.valueOf(reportOf(dsl, item)))
                .replace("{plan}", String.valueOf(surreyPlanWithMostActions(dsl)));
    }

    /** Surrey's item with the longest status history: it has a plan, updates and moves to show. */
    static long surreyItemWithAPlan(DSLContext dsl) {
        var t = TRACKED_RECOMMENDATION;
        return dsl.select(t.ID).from(t).join(ORGANISATION).on(ORGANISATION.ID.eq(t.RECIPIENT_ID))
                .leftJoin(STATUS_CHANGE).on(STATUS_CHANGE.TRACKED_RECOMMENDATION_ID.eq(t.ID))
                .where(ORGANISATION.CODE.eq("SURREY"))
                .groupBy(t.ID).orderBy(DSL.count(STATUS_CHANGE.ID).desc(), t.ID).limit(1).fetchSingle(t.ID);
    }

    static long reportOf(DSLContext dsl, long trackedId) {
        return dsl.select(RECOMMENDATION.REPORT_ID).from(RECOMMENDATION).join(TRACKED_RECOMMENDATION)
                .on(TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(RECOMMENDATION.ID))
                .where(TRACKED_RECOMMENDATION.ID.eq(trackedId)).fetchSingle(RECOMMENDATION.REPORT_ID);
    }

    static long surreyPlanWithMostActions(DSLContext dsl) {
        return dsl.select(ACTION_PLAN.ID).from(ACTION_PLAN).join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_PLAN.ORGANISATION_ID))
                .leftJoin(ACTION).on(ACTION.PLAN_ID.eq(ACTION_PLAN.ID))
                .where(ORGANISATION.CODE.eq("SURREY"))
                .groupBy(ACTION_PLAN.ID).orderBy(DSL.count(ACTION.ID).desc(), ACTION_PLAN.ID).limit(1).fetchSingle(ACTION_PLAN.ID);
    }
}
