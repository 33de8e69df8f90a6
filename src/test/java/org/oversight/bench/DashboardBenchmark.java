package org.oversight.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's aggregates on the national data set: the plain-SQL floor for the whole dashboard and for each
 * aggregate, nationally and for Surrey, then the service-layer cases of {@link ServiceCases} against them.
 * Run with {@code ./mvnw -Pbench verify} (see docs/performance.md).
 */
class DashboardBenchmark {

    @Test
    void dashboardAggregatesAgainstThePlainSqlFloor() {
        BenchRunner runner = new BenchRunner(BenchSettings.fromSystemProperties());
        for (BenchDatabase db : BenchDatabase.all()) {
            DashboardFloor floor = new DashboardFloor(db.dataSource(), db.postgres(), db.dueSoonDays());
            LocalDate today = db.today();
            long surrey = db.organisationId("SURREY");
            List<BenchCase> cases = new ArrayList<>();
            for (Long scope : new Long[] {null, surrey}) {
                String s = scope == null ? "national" : "surrey";
                cases.add(BenchCase.of("dashboard.floor." + s, () -> floor.all(scope, today)));
                cases.add(BenchCase.of("dashboard.floor." + s + ".headline", () -> floor.headline(scope, today)));
                cases.add(BenchCase.of("dashboard.floor." + s + ".open-vs-closed", () -> floor.openVsClosed(scope)));
                cases.add(BenchCase.of("dashboard.floor." + s + ".overdue-by-watchdog", () -> floor.overdueByWatchdog(scope, today)));
                cases.add(BenchCase.of("dashboard.floor." + s + ".slippage", () -> floor.slippage(scope, today)));
                cases.add(BenchCase.of("dashboard.floor." + s + ".themes-by-force", () -> floor.themesByForce(scope)));
            }
            cases.add(BenchCase.of("dashboard.floor.status-by-force.forces", () -> floor.statusByForce(true, today)));
            cases.add(BenchCase.of("dashboard.floor.status-by-force.all", () -> floor.statusByForce(false, today)));
            cases.addAll(ServiceCases.dashboard(db));
            runner.run(db.name, cases);

            // the service and its floor count the same things, or the comparison would mean nothing
            FloorMatchesService.check(db, floor, surrey, "gen.surrey.chief");
            FloorMatchesService.check(db, floor, null, "gen.hmicfrs.1");
            DashboardFloor.Headline national = floor.headline(null, today);
            assertThat(national.open()).isPositive();
            assertThat(national.overdue()).isPositive().isLessThan(national.open());
            assertThat(floor.statusByForce(true, today)).hasSize(44 * DashboardFloor.STATUS_GROUPS.size());
        }
    }
}
