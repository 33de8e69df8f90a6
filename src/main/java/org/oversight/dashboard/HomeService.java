package org.oversight.dashboard;

import static org.jooq.impl.DSL.count;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.oversight.recommendation.RecommendationScope;
import org.oversight.recommendation.Status;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Headline figures for the home view, counted in SQL within what the user may see. */
@Service
@Transactional(readOnly = true)
public class HomeService {

    static final int DUE_SOON_DAYS = 30;

    private final DSLContext dsl;
    private final CurrentUser currentUser;
    private final Clock clock;

    HomeService(DSLContext dsl, CurrentUser currentUser, Clock clock) {
        this.dsl = dsl;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public HomeFigures figures() {
        SignedInUser user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        var t = TRACKED_RECOMMENDATION;
        var open = t.STATUS.notIn(Status.closedNames());
        return dsl.select(
                        count().filterWhere(open),
                        count().filterWhere(open.and(t.DUE_ON.lt(today))),
                        count().filterWhere(open.and(t.DUE_ON.between(today, today.plusDays(DUE_SOON_DAYS)))),
                        count().filterWhere(t.STATUS.eq(Status.VERIFIED_IMPLEMENTED.name())))
                .from(t)
                .where(RecommendationScope.visibleTo(user))
                .fetchOne(r -> new HomeFigures(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
