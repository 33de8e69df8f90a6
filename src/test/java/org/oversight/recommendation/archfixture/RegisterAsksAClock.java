package org.oversight.recommendation.archfixture;

import org.oversight.deadline.ClockService;

/** Architecture self-test fixture: the register reaching up into deadlines closes a loop (never a bean). */
public class RegisterAsksAClock {
    public Object clocks(ClockService clocks) {
        return clocks.clocksOf(1L);
    }
}
