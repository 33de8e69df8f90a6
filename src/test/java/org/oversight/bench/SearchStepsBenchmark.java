package org.oversight.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.oversight.recommendation.RecommendationRegister;
import org.oversight.recommendation.RegisterFilter;
import org.oversight.recommendation.RegisterPager;

/**
 * Where the national text search's screen (the pager's count with its first page, as
 * {@code register.service.national.search} times it) spends its time, statement by statement: each statement's
 * mean wall time (executed and fetched) over the timed rounds, keyed by the start of its SQL. For reading a plan's
 * cost, not a target: ./mvnw -Pbench verify -Dtest=SearchStepsBenchmark [-Dbench.q=police] (decision 0131).
 */
class SearchStepsBenchmark {

    @Test
    void nationalSearchStatementByStatement() {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        for (BenchDatabase db : BenchDatabase.all()) {
            RecommendationRegister register = db.bean(RecommendationRegister.class);
            var grooming = new RegisterFilter(null, null, Set.of(), null, null, null, false, null, null, null,
                    System.getProperty("bench.q", "grooming"));
            Runnable screen = () -> db.as("gen.hmicfrs.1", () -> {
                RegisterPager pager = new RegisterPager(register);
                return List.<Object>of(pager.count(grooming, List.of(), 50), pager.page(grooming, 0, 50, List.of()));
            });
            for (int i = 0; i < settings.warmup(); i++) {
                screen.run();
            }
            Map<String, long[]> steps = new LinkedHashMap<>();
            ExecuteListener timing = new ExecuteListener() {
                private long started;

                @Override
                public void start(ExecuteContext ctx) {
                    started = System.nanoTime();
                }

                @Override
                public void end(ExecuteContext ctx) {
                    String sql = ctx.sql() == null ? "?" : ctx.sql();
                    String key = sql.substring(0, Math.min(90, sql.length())) + (sql.contains("search_word") ? " [words]" : "")
                            + " (" + sql.length() + " chars)";
                    long[] s = steps.computeIfAbsent(key, k -> new long[2]);
                    s[0]++;
                    s[1] += System.nanoTime() - started;
                }
            };
            var configuration = db.dsl().configuration();
            var before = configuration.executeListenerProviders();
            var with = java.util.Arrays.copyOf(before, before.length + 1);
            with[before.length] = new DefaultExecuteListenerProvider(timing);
            configuration.set(with);
            long t0 = System.nanoTime();
            try {
                for (int i = 0; i < settings.iterations(); i++) {
                    screen.run();
                }
            } finally {
                configuration.set(before);
            }
            double screenMs = (System.nanoTime() - t0) / 1e6 / settings.iterations();
            BenchRunner.record(String.format(Locale.ROOT, "STEPS %s screen mean %.2f ms", db.name, screenMs));
            System.out.printf(Locale.ROOT, "STEPS %s screen mean %.2f ms%n", db.name, screenMs);
            steps.forEach((k, s) -> System.out.printf(Locale.ROOT, "STEPS %s %.2f ms x%.1f  %s%n", db.name,
                    s[1] / 1e6 / settings.iterations(), (double) s[0] / settings.iterations(), k));
        }
    }
}
