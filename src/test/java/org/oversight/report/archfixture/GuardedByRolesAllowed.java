package org.oversight.report.archfixture;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * Breaks ArchitectureTest.accessAnnotationsOnlyOnViews twice: Spring's method security is off, so neither the class's
 * guard nor the method's would do anything (only Vaadin reads them, and only on a view's class).
 */
@PermitAll
public class GuardedByRolesAllowed {

    @RolesAllowed("ADMIN")
    public void closeEverything() {
    }
}
