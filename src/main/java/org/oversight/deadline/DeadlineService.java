package org.oversight.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.oversight.recommendation.ItemScope;
import org.oversight.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's deadlines (see {@link DeadlineScope}): the counts behind the header's bell and the
 * notifications list.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineService {

    private final JooqDeadlineQuery query;
    private final CurrentUser currentUser;
    private final DeadlineProperties properties;
    private final Clock clock;

    DeadlineService(JooqDeadlineQuery query, CurrentUser currentUser, DeadlineProperties properties, Clock clock) {
        this.query = query;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
    }

    /** Which items the signed-in user may read: whether a list spans several recipients, without testing roles. */
    public ItemScope itemScope() {
        return ItemScope.of(currentUser.require());
    }

    public DeadlineCounts myCounts() {
        return query.counts(DeadlineScope.of(currentUser.require()), today(), properties.dueSoonDays());
    }

    /** One page of the user's deadlines, soonest (most overdue) first. */
    public List<Deadline> myDeadlines(DeadlineFilter filter, int offset, int limit) {
        return query.list(DeadlineScope.of(currentUser.require()), filter, today(), properties.dueSoonDays(), offset, limit);
    }

    public int countMyDeadlines(DeadlineFilter filter) {
        return query.size(DeadlineScope.of(currentUser.require()), filter, today(), properties.dueSoonDays());
    }

    /** The commissioners' responses still owed that concern the user, soonest first (see {@link DeadlineScope}). */
    public List<CommissionerDeadline> myCommissionerDeadlines() {
        return query.commissionerDeadlines(DeadlineScope.of(currentUser.require()), today());
    }

    /** How many days ahead count as due soon. */
    public int dueSoonDays() {
        return properties.dueSoonDays();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
