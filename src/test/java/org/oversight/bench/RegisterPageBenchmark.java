package org.oversight.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oversight.recommendation.Status;

/**
 * One register screen on the national data set: 50 rows and the count of the selection, with the filters a
 * user combines (force, status, overdue, free text) and a deep page, as plain jOOQ (the floor); the register
 * service's cases plug in through {@link ServiceCases#register}.
 */
class RegisterPageBenchmark {

    @Test
    void registerPagesWithFiltersAndTheirCount() {
        BenchRunner runner = new BenchRunner(BenchSettings.fromSystemProperties());
        for (BenchDatabase db : BenchDatabase.all()) {
            RegisterPageQuery register = new RegisterPageQuery(db.dsl());
            LocalDate today = db.today();
            long surrey = db.organisationId("SURREY");
            List<Status> open = List.copyOf(Status.openStates());
            record Screen(String name, RegisterPageQuery.Filter filter, int offset) {
            }
            List<Screen> screens = List.of(
                    new Screen("register.national.first-page", new RegisterPageQuery.Filter(null, null, false, null), 0),
                    new Screen("register.national.page-200", new RegisterPageQuery.Filter(null, null, false, null), 9_950),
                    new Screen("register.surrey.open", new RegisterPageQuery.Filter(surrey, open, false, null), 0),
                    new Screen("register.national.overdue.page-3", new RegisterPageQuery.Filter(null, null, true, null), 100),
                    new Screen("register.national.search", new RegisterPageQuery.Filter(null, null, false, "grooming"), 0),
                    new Screen("register.national.search.common", new RegisterPageQuery.Filter(null, null, false, "police"), 0),
                    new Screen("register.surrey.overdue.search", new RegisterPageQuery.Filter(surrey, null, true, "training"), 0));
            List<BenchCase> cases = new ArrayList<>();
            for (Screen s : screens) {
                cases.add(BenchCase.of(s.name(), () -> List.of(register.page(s.filter(), today, s.offset(), 50),
                        register.count(s.filter(), today))));
                cases.add(BenchCase.of(s.name() + ".rows", () -> register.page(s.filter(), today, s.offset(), 50)));
                cases.add(BenchCase.of(s.name() + ".count", () -> register.count(s.filter(), today)));
                BenchRunner.record(String.format(Locale.ROOT, "# %s %s selects %d items", db.name, s.name(),
                        register.count(s.filter(), today)));
            }
            cases.addAll(ServiceCases.register(db));
            runner.run(db.name, cases);

            var all = new RegisterPageQuery.Filter(null, null, false, null);
            assertThat(register.page(all, today, 0, 50)).hasSize(50);
            assertThat(register.count(all, today)).isEqualTo(db.dsl().fetchCount(org.oversight.db.Tables.TRACKED_RECOMMENDATION));
            var surreyOpen = new RegisterPageQuery.Filter(surrey, open, false, null);
            assertThat(register.page(surreyOpen, today, 0, 50)).allSatisfy(r -> assertThat(r.recipient()).isEqualTo("Surrey"));
        }
    }
}
