package org.oversight.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.oversight.base.ConcurrentEditException;
import org.oversight.base.Text;
import org.oversight.deadline.internal.ClockSync;
import org.oversight.deadline.internal.JooqClockRepository;
import org.oversight.deadline.internal.JooqClockRepository.StoredClock;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;
import org.oversight.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every change the watchdog makes to a clock shares, for {@link ClockService} and {@link ClockPauses}: who may
 * make it (staff of the watchdog that made the recommendation), the version check on the write, the item's dates
 * kept in step, and the reason's rules.
 */
@Component
class ClockChanges {

    static final int MAX_REASON = 4000;

    private final JooqClockRepository clocks;
    private final ClockSync sync;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClockChanges(JooqClockRepository clocks, ClockSync sync, CurrentUser currentUser, Clock clock) {
        this.clocks = clocks;
        this.sync = sync;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    void write(StoredClock c, int expectedVersion, LocalDate dueOn, LocalDate metOn) {
        if (!clocks.update(c.id(), expectedVersion, dueOn, metOn)) {
            throw new ConcurrentEditException("This clock", null, null);
        }
    }

    void keepItemInStep(StoredClock c) {
        if (c.trackedId() != null && c.rule().timesRecommendationResponse()) {
            sync.keepItemInStep(c.trackedId());
        }
    }

    StoredClock manageableClock(long clockId) {
        SignedInUser user = currentUser.require();
        StoredClock c = clocks.find(clockId)
                .orElseThrow(() -> new AccessDeniedException("There is no clock " + clockId + "."));
        if (!user.is(Role.WATCHDOG) || !user.actsFor(c.watchdogId())) {
            throw new AccessDeniedException("Only staff of the watchdog that made the recommendation may grant "
                    + "extensions, record pauses or record a clock as met.");
        }
        return c;
    }


    static String reason(String reason, String missing, Map<String, String> problems) {
        String clean = Text.clean(reason);
        if (clean.isEmpty()) {
            problems.put("reason", missing);
        } else if (clean.length() > MAX_REASON) {
            problems.put("reason", "Keep the reason to " + MAX_REASON + " characters or fewer.");
        }
        return clean;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
