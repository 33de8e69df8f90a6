package org.oversight.bench;

import java.util.ArrayList;
import java.util.List;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.DashboardService;

/**
 * The slot for service-layer measurements: each case runs a real service from the benchmark database's
 * application context, signed in as a generated account, and names the floor it is set against. When a feature
 * merges, add its cases here; for the dashboard, e.g.
 *
 * <pre>{@code
 * cases.add(BenchCase.of("dashboard.service.national",
 *         () -> db.as("gen.hmicfrs.1", () -> db.bean(DashboardService.class).dashboard(DashboardFilter.none())))
 *         .against("dashboard.floor.national"));
 * cases.add(BenchCase.of("dashboard.service.surrey",
 *         () -> db.as("gen.surrey.chief", () -> db.bean(DashboardService.class).dashboard(DashboardFilter.none())))
 *         .against("dashboard.floor.surrey"));
 * }</pre>
 *
 * and for the register (floor cases are named in {@link RegisterPageBenchmark}), e.g.
 * {@code BenchCase.of("register.service.surrey.open", () -> db.as("gen.surrey.lead", () -> register.page(…)))
 * .against("register.surrey.open")}. Generated accounts: gen.&lt;code&gt;.1 to .4 (watchdog staff, e.g.
 * gen.hmicfrs.1), gen.&lt;force&gt;.lead and gen.&lt;force&gt;.chief (e.g. gen.surrey.chief), gen.&lt;body&gt;.lead.
 */
final class ServiceCases {

    private ServiceCases() {
    }

    static List<BenchCase> dashboard(BenchDatabase db) {
        List<BenchCase> cases = new ArrayList<>();
        // the whole dashboard (headline figures and five charts' data) through the service layer
        cases.add(BenchCase.of("dashboard.service.national",
                () -> db.as("gen.hmicfrs.1", () -> db.bean(DashboardService.class).dashboard(DashboardFilter.NONE)))
                .against("dashboard.floor.national"));
        cases.add(BenchCase.of("dashboard.service.surrey",
                () -> db.as("gen.surrey.chief", () -> db.bean(DashboardService.class).dashboard(DashboardFilter.NONE)))
                .against("dashboard.floor.surrey"));
        return cases;
    }

    static List<BenchCase> register(BenchDatabase db) {
        // no register service on this branch yet: RegisterPageBenchmark times the jOOQ floor alone
        return new ArrayList<>();
    }
}
