package org.oversight.testsupport;

import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Closes the application context of an {@link OwnDatabase} class of its own once the class has run (registered in
 * META-INF/spring.factories). No other class can use that context (its customizer is equal only for that class), yet
 * the context cache would keep it, its web server, connection pool and scheduled jobs alive until sixteen newer
 * contexts pushed it out: a suite run carried a dozen idle applications. Shared contexts (plain
 * {@code @DatabaseTest}, an {@link OwnDatabase#sharedBy} group) stay cached as before. A {@code @Nested} class uses
 * its outer class's context, which is closed after the outer class.
 */
public class OwnDatabaseClosesAfterItsClass implements TestExecutionListener, Ordered {

    @Override
    public void afterTestClass(TestContext testContext) {
        if (testContext.hasApplicationContext() && OwnDatabaseContextCustomizerFactory.ownedAlone(testContext.getTestClass())) {
            testContext.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
        }
    }

    /** First in order, so that its afterTestClass runs last, after every other listener is done with the context. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
