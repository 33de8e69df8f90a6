package org.oversight.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.deadline.DeadlineFilter;
import org.oversight.deadline.DeadlineScope;
import org.oversight.deadline.DeadlineService;
import org.oversight.deadline.JooqDeadlineQuery;
import org.oversight.notification.InboxService;
import org.oversight.security.CurrentUser;

/**
 * What every signed-in page asks on every navigation, on the national data set: the header's bell (the user's
 * deadline counts, the commissioners' responses owed and the unread inbox entries, {@link InboxService#bell}), each of
 * its statements alone, the commissioners' responses as the Deadlines page, reminders and calendar list them, and the
 * Deadlines list's first page with its count, for watchdog staff (their watchdog's
 * reports: most of the country), a force lead and a chief officer. Run with {@code ./mvnw -Pbench verify
 * -Dtest=ShellBenchmark} (docs/performance.md).
 */
class ShellBenchmark {

    private static final List<String> USERS = List.of("gen.hmicfrs.1", "gen.iopc.1", "gen.surrey.lead", "gen.surrey.chief");

    @Test
    void theBellAndTheDeadlinesListForEachKindOfUser() {
        BenchRunner runner = new BenchRunner(BenchSettings.fromSystemProperties());
        for (BenchDatabase db : BenchDatabase.all()) {
            LocalDate today = db.today();
            int dueSoon = db.dueSoonDays();
            JooqDeadlineQuery query = db.bean(JooqDeadlineQuery.class);
            List<BenchCase> cases = new ArrayList<>();
            for (String user : USERS) {
                String name = "shell." + user.substring("gen.".length());
                DeadlineScope scope = db.as(user, () -> DeadlineScope.of(db.bean(CurrentUser.class).require()));
                cases.add(BenchCase.of(name + ".bell", () -> db.as(user, () -> db.bean(InboxService.class).bell())));
                cases.add(BenchCase.of(name + ".bell.deadline-counts", () -> query.counts(scope, today, dueSoon)));
                cases.add(BenchCase.of(name + ".bell.commissioners", () -> query.commissionerCounts(scope, today, dueSoon)));
                cases.add(BenchCase.of(name + ".commissioners-list", () -> query.commissionerDeadlines(scope, today)));
                cases.add(BenchCase.of(name + ".bell.unread", () -> db.as(user, () -> db.bean(InboxService.class).unreadCount())));
                cases.add(BenchCase.of(name + ".deadlines-page", () -> db.as(user, () -> {
                    DeadlineService deadlines = db.bean(DeadlineService.class);
                    return List.of(deadlines.mySizes().get(DeadlineFilter.ALL),
                            deadlines.myDeadlines(DeadlineFilter.ALL, 0, 50));
                })));
            }
            runner.run(db.name, cases);

            // the figures timed are real ones: the watchdog's staff owe and are owed across the country
            InboxService.Bell national = db.as("gen.hmicfrs.1", () -> db.bean(InboxService.class).bell());
            assertThat(national.deadlines().overdue()).isPositive();
            InboxService.Bell surrey = db.as("gen.surrey.lead", () -> db.bean(InboxService.class).bell());
            assertThat(surrey.deadlines().overdue() + surrey.deadlines().dueSoon())
                    .isLessThan(national.deadlines().overdue() + national.deadlines().dueSoon());
        }
    }
}
