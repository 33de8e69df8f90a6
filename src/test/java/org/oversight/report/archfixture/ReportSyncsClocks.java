package org.oversight.report.archfixture;

import org.oversight.deadline.internal.ClockSync;

/** Architecture self-test fixture: a feature reaching into another feature's internals (never a bean). */
public class ReportSyncsClocks {
    public Object sync(ClockSync sync) {
        return sync.keepItemInStep(1L);
    }
}
