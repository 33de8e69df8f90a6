package org.oversight.dashboard;

import java.util.List;
import org.oversight.dashboard.internal.JooqThemeYearsQuery;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Themes over time (/performance/themes): how many recommendations per theme were made, closed and assessed
 * effective, year by year, across every watchdog and recipient. National figures only, so for the roles that see
 * every force on /performance: watchdog staff, national leads and administrators.
 */
@Service
@Transactional(readOnly = true)
public class ThemesOverTimeService {

    private final JooqThemeYearsQuery query;
    private final CurrentUser currentUser;

    ThemesOverTimeService(JooqThemeYearsQuery query, CurrentUser currentUser) {
        this.query = query;
        this.currentUser = currentUser;
    }

    /** Every theme's years with any figure, by theme name then year. */
    public List<ThemeYear> themeYears() {
        currentUser.requireRole(Role.ADMIN, Role.WATCHDOG, Role.NATIONAL_LEAD);
        return query.themeYears();
    }
}
