package org.oversight.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.oversight.deadline.DeadlineCounts;
import org.oversight.deadline.DeadlineService;
import org.oversight.notification.internal.JooqInboxQuery;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's inbox: the decisions addressed to them. Each person sees and marks only their own entries;
 * an entry id of someone else's is answered as if it did not exist.
 */
@Service
@Transactional
public class InboxService {

    /** The most entries the inbox lists; older ones stay in the plans' and items' histories. */
    public static final int LIMIT = 200;

    private final JooqInboxQuery query;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final DeadlineService deadlines;

    InboxService(JooqInboxQuery query, CurrentUser currentUser, Clock clock, DeadlineService deadlines) {
        this.query = query;
        this.currentUser = currentUser;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /** What the header's bell shows: the person's deadline counts and their unread entries. */
    public record Bell(DeadlineCounts deadlines, int unread) {
    }

    /**
     * The bell's counts, asked on every navigation: the deadline counts and the unread entries in one statement, so
     * from one snapshot without a transaction around it (decision 0149; before, three statements in one transaction,
     * decision 0128).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Bell bell() {
        return query.bell(deadlines.myBellTable(), currentUser.require().id());
    }

    @Transactional(readOnly = true)
    public List<InboxEntry> mine() {
        return query.entries(currentUser.require().id(), LIMIT);
    }

    @Transactional(readOnly = true)
    public int unreadCount() {
        return query.unread(currentUser.require().id());
    }

    /** Marks the entry read and returns where to act on it; empty if it is not the user's. */
    public Optional<String> open(long entryId) {
        SignedInUser user = currentUser.require();
        Optional<String> path = query.path(entryId, user.id());
        path.ifPresent(p -> query.markRead(entryId, user.id(), OffsetDateTime.now(clock)));
        return path;
    }

    /** @return how many entries were unread */
    public int markAllRead() {
        return query.markAllRead(currentUser.require().id(), OffsetDateTime.now(clock));
    }
}
