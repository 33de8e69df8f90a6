package org.oversight.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules are only worth having if they fail: each is checked here against the production classes
 * plus one test-side fixture that breaks it ({@code archfixture} packages), and must name the offender.
 */
class ArchitectureRulesCatchViolationsTest {

    private static JavaClasses production;
    private static JavaClasses withFixtures;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.oversight");
        withFixtures = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/") || location.contains("/archfixture/"))
                .importPackages("org.oversight");
    }

    @Test
    void productionCodeKeepsEveryRule() {
        assertThatCode(() -> ArchitectureTest.checkAll(production)).doesNotThrowAnyException();
    }

    @Test
    void aLoopBetweenFeaturesFailsTheBuild() {
        assertFails(ArchitectureTest.featuresFormNoCycle, "RegisterAsksAClock");
        assertFails(ArchitectureTest.layersPointDownwards, "RegisterAsksAClock");
    }

    @Test
    void reachingIntoAnotherFeaturesInternalsFailsTheBuild() {
        assertFails(ArchitectureTest.internalsStayInTheirFeature, "ReportSyncsClocks");
    }

    @Test
    void aViewWithAQueryFailsTheBuild() {
        assertFails(ArchitectureTest.viewsNeverReachTheDatabase, "ViewWithAQuery");
    }

    @Test
    void aPreAuthorizeThatWouldBeIgnoredFailsTheBuild() {
        assertFails(ArchitectureTest.onlyJsr250GuardsMethods, "GuardedByPreAuthorize");
    }

    @Test
    void aRolesAllowedOutsideAViewFailsTheBuild() {
        assertFails(ArchitectureTest.accessAnnotationsOnlyOnViews, "GuardedByRolesAllowed");
        assertFails(ArchitectureTest.accessAnnotationsOnlyOnViews, "GuardedByRolesAllowed.closeEverything");
    }

    private static void assertFails(ArchRule rule, String offender) {
        assertThatThrownBy(() -> rule.check(withFixtures)).isInstanceOf(AssertionError.class).hasMessageContaining(offender);
    }
}
