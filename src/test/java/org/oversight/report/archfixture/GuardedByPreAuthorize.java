package org.oversight.report.archfixture;

import org.springframework.security.access.prepost.PreAuthorize;

/** Breaks ArchitectureTest.onlyJsr250GuardsMethods: @PreAuthorize is not switched on, so this guard would do nothing. */
public class GuardedByPreAuthorize {

    @PreAuthorize("hasRole('ADMIN')")
    public void closeEverything() {
    }
}
