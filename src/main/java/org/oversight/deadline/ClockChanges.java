package org.oversight.deadline;

import org.oversight.base.i18n.Messages;
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
            throw new ConcurrentEditException(Messages.t("deadline.this-clock"), null, null);
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
                .orElseThrow(() -> new AccessDeniedException(Messages.t("deadline.no-clock", String.valueOf(clockId))));
        if (!user.is(Role.WATCHDOG) || !user.actsFor(c.watchdogId())) {
            throw new AccessDeniedException(Messages.t("deadline.only-watchdog-staff"));
        }
        return c;
    }


    static String reason(String reason, String missing, Map<String, String> problems) {
        String clean = Text.clean(reason);
        if (clean.isEmpty()) {
            problems.put("reason", missing);
        } else if (clean.length() > MAX_REASON) {
            problems.put("reason", Messages.t("deadline.reason-too-long", String.valueOf(MAX_REASON)));
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
