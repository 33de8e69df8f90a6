package org.oversight.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.oversight.base.i18n.Messages;
import org.oversight.dashboard.internal.JooqPerformanceQuery;
import org.oversight.dashboard.internal.JooqReferenceForPerformance;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;
import org.oversight.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forces compared fairly (/performance): rates per force rather than raw counts. Watchdog staff, national leads and
 * administrators see every force. A chief officer sees their own force against the national median: like the
 * dashboard's status-by-force chart (decision 0005), the median counts every force's items, but only as figures;
 * another force's row is never shown to them, and the register behind each figure applies their scope. Force leads
 * have their work list instead.
 */
@Service
@Transactional(readOnly = true)
public class PerformanceService {

    private final JooqPerformanceQuery query;
    private final JooqReferenceForPerformance reference;
    private final CurrentUser currentUser;
    private final Clock clock;

    PerformanceService(JooqPerformanceQuery query, JooqReferenceForPerformance reference, CurrentUser currentUser,
                       Clock clock) {
        this.query = query;
        this.reference = reference;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public PerformanceTable compare(DashboardFilter filter) {
        SignedInUser user = currentUser.requireRole(Role.ADMIN, Role.WATCHDOG, Role.NATIONAL_LEAD, Role.CHIEF_OFFICER);
        List<ForcePerformance> all = query.perForce(filter, LocalDate.now(clock));
        ForcePerformance.Medians medians = ForcePerformance.Medians.of(all);
        if (user.is(Role.CHIEF_OFFICER)) {
            String own = reference.codeOf(user.organisationId())
                    .orElseThrow(() -> new AccessDeniedException(Messages.t("dashboard.rule.no-force")));
            return new PerformanceTable(all.stream().filter(f -> f.code().equals(own)).toList(), medians, own, all.size());
        }
        return new PerformanceTable(all, medians, null, all.size());
    }
}
