package org.oversight.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.APP_USER;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes start at once on a database without the demo accounts: both run the account seeder at the same moment,
 * and the database ends with one set of accounts and neither node fails.
 */
@DatabaseTest
@OwnDatabase
class NodesStartingAtOnceMakeOneSetOfAccountsTest {

    @Autowired ApplicationContext context;
    @Autowired DSLContext dsl;
    @Autowired TransactionTemplate tx;

    @Test
    void twoSeedersAtOnceMakeOneSetAndNeitherFails() throws Exception {
        // the demo's accounts as if never made: their names are free again (the old rows keep the history's links)
        tx.executeWithoutResult(s -> dsl.update(APP_USER).set(APP_USER.USERNAME, DSL.concat(DSL.inline("was."), APP_USER.USERNAME))
                .where(APP_USER.USERNAME.in(DemoAccounts.ALL.stream().map(DemoAccounts.Account::username).toList())).execute());
        DemoAccountSeeder seeder = context.getBean(DemoAccountSeeder.class);
        CyclicBarrier together = new CyclicBarrier(2);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<?>> runs = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            runs.add(nodes.submit(() -> {
                try {
                    together.await();
                    seeder.afterSingletonsInstantiated();
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (Future<?> run : runs) {
            run.get(2, TimeUnit.MINUTES);
        }
        nodes.shutdown();

        assertThat(failures).isEmpty();
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            assertThat(dsl.fetchCount(APP_USER, APP_USER.USERNAME.eq(a.username()))).as(a.username()).isEqualTo(1);
        }
    }
}
