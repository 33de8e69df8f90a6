package org.oversight.testsupport;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin keeps the signed-in user in a holder strategy of its own, one instance per application context, and
 * installs it as Spring Security's global strategy when a context starts. Once a test class starts a second
 * context (other properties, say), the global strategy belongs to that one, while {@code @WithUserDetails}
 * signs in through the strategy of the context the next test uses: services would then see nobody signed in.
 * Before every test this puts back the strategy of the test's own context, so both sides use the same one.
 */
public class OneSecurityContextPerTest implements TestExecutionListener, Ordered {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifUnique(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }

    /** Before Spring Security's own listener (order 10000), which signs the test's user in. */
    @Override
    public int getOrder() {
        return 9_000;
    }
}
