package org.oversight.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The package graph's rules, as docs/architecture.md and decision 0006 explain them. Each rule names what it
 * protects; {@code ArchitectureRulesCatchViolationsTest} shows that each one fails on a class that breaks it.
 */
@AnalyzeClasses(packages = "org.oversight", importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureTest {

    /** Generated jOOQ code: infrastructure every feature's data access reads, outside the feature graph. */
    static final String GENERATED = "org.oversight.db..";

    /** Feature packages form a one-way graph: no two of them depend on each other, directly or round a loop. */
    @ArchTest
    public static final ArchRule featuresFormNoCycle = slices().matching("org.oversight.(*)..")
            .namingSlices("$1")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage(GENERATED), DescribedPredicate.alwaysTrue())
            .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage(GENERATED));

    /**
     * The layers, bottom up: base (no feature), security (who is signed in), audit (the trail), recommendation (the
     * register's vocabulary and the only writer of tracked items), deadline (clocks), then the features that build on
     * them, then the demo story and the application shell, on which nothing depends.
     */
    @ArchTest
    public static final ArchRule layersPointDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Base").definedBy("org.oversight.base..")
            .layer("Security").definedBy("org.oversight.security..")
            .layer("Audit").definedBy("org.oversight.audit..")
            .layer("Register").definedBy("org.oversight.recommendation..")
            .layer("Deadline").definedBy("org.oversight.deadline..")
            .layer("Features").definedBy("org.oversight.actionplan..", "org.oversight.report..",
                    "org.oversight.notification..", "org.oversight.dashboard..", "org.oversight.admin..",
                    "org.oversight.publication..", "org.oversight.outcome..", "org.oversight.boardpack..",
                    "org.oversight.api..", "org.oversight.importing..")
            .layer("Demo").definedBy("org.oversight.demo..")
            .layer("App").definedBy("org.oversight.app..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Demo").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Features").mayOnlyBeAccessedByLayers("Features", "Demo", "App")
            .whereLayer("Deadline").mayOnlyBeAccessedByLayers("Features", "Demo", "App")
            .whereLayer("Register").mayOnlyBeAccessedByLayers("Deadline", "Features", "Demo", "App")
            .whereLayer("Audit").mayOnlyBeAccessedByLayers("Register", "Deadline", "Features", "Demo", "App")
            .whereLayer("Security").mayOnlyBeAccessedByLayers("Audit", "Register", "Deadline", "Features", "Demo", "App");

    /** A feature's {@code internal} package is its own business: other features use its public classes. */
    @ArchTest
    public static final ArchRule internalsStayInTheirFeature = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
            .classes().should(onlyReachInternalsOfTheirOwnFeature());

    /** Views talk to services; they never build queries or touch generated tables. */
    @ArchTest
    public static final ArchRule viewsNeverReachTheDatabase = noClasses().that().resideInAPackage("org.oversight..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", GENERATED, "org.oversight..internal..")
            .orShould().dependOnClassesThat().haveSimpleNameStartingWith("Jooq");

    /** The national data generator is a test-side tool: a production jar must not be able to rewrite history. */
    @ArchTest
    public static final ArchRule noGeneratorInProduction = noClasses().should().resideInAPackage("org.oversight.scale..");

    /**
     * Spring's method security is off (app.SecurityConfig, decisions 0121 and 0128): Spring's own method-security
     * annotations would be ignored without a word, so none may be used.
     */
    @ArchTest
    public static final ArchRule onlyJsr250GuardsMethods = noClasses().should().dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.security.access.prepost.PreAuthorize")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.security.access.prepost.PostAuthorize")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.security.access.prepost.PreFilter")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.security.access.prepost.PostFilter")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.security.access.annotation.Secured");

    private static final String[] ACCESS_ANNOTATIONS = {"jakarta.annotation.security.RolesAllowed",
            "jakarta.annotation.security.PermitAll", "jakarta.annotation.security.DenyAll",
            "com.vaadin.flow.server.auth.AnonymousAllowed"};

    /**
     * Who may open a view is Vaadin's navigation access control, which reads {@code @RolesAllowed}, {@code @PermitAll},
     * {@code @DenyAll} and {@code @AnonymousAllowed} on a view's or layout's class. Nothing else reads them since
     * Spring's method security is off (decision 0128): on a service, or on any method, such a guard would be ignored
     * without a word, so it may stand only on a {@code @Route} or {@code @Layout} class or an error view.
     */
    @ArchTest
    public static final ArchRule accessAnnotationsOnlyOnViews = com.tngtech.archunit.lang.CompositeArchRule
            .of(classes().that(annotatedWithAny(ACCESS_ANNOTATIONS))
                    .should(beReadByNavigation()))
            .and(noMethods().should(methodAnnotatedWithAny(ACCESS_ANNOTATIONS)));

    /** A view, a layout or an error view, or an abstract base of error views only (whose subclasses inherit it). */
    private static ArchCondition<JavaClass> beReadByNavigation() {
        return new ArchCondition<>("be a @Route or @Layout class or an error view") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                if (!readByNavigation(c)) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " has an access annotation that nothing reads"));
                }
            }
        };
    }

    private static boolean readByNavigation(JavaClass c) {
        return c.isAnnotatedWith("com.vaadin.flow.router.Route") || c.isAnnotatedWith("com.vaadin.flow.router.Layout")
                || c.isAssignableTo("com.vaadin.flow.router.HasErrorParameter")
                || c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
                && !c.getSubclasses().isEmpty() && c.getSubclasses().stream().allMatch(ArchitectureTest::readByNavigation);
    }

    private static DescribedPredicate<JavaClass> annotatedWithAny(String... annotations) {
        return DescribedPredicate.describe("are annotated with an access annotation",
                c -> java.util.Arrays.stream(annotations).anyMatch(c::isAnnotatedWith));
    }

    private static ArchCondition<com.tngtech.archunit.core.domain.JavaMethod> methodAnnotatedWithAny(String... annotations) {
        return new ArchCondition<>("be annotated with an access annotation") {
            @Override
            public void check(com.tngtech.archunit.core.domain.JavaMethod method, ConditionEvents events) {
                if (java.util.Arrays.stream(annotations).anyMatch(method::isAnnotatedWith)) {
                    events.add(SimpleConditionEvent.satisfied(method, method.getFullName() + " has an access annotation"));
                }
            }
        };
    }

    private static final Pattern FEATURE = Pattern.compile("^org\\.oversight\\.([a-z]+)(\\..*)?$");
    private static final Pattern INTERNAL = Pattern.compile("^org\\.oversight\\.([a-z]+)\\.internal(\\..*)?$");

    static ArchCondition<JavaClass> onlyReachInternalsOfTheirOwnFeature() {
        return new ArchCondition<>("only depend on internal packages of their own feature") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Optional<String> own = group(FEATURE, item.getPackageName());
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    Optional<String> target = group(INTERNAL, d.getTargetClass().getPackageName());
                    if (target.isPresent() && !target.equals(own)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> group(Pattern pattern, String packageName) {
        Matcher m = pattern.matcher(packageName);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** For the self-test: the rules above, checked against a chosen set of classes. */
    static void checkAll(JavaClasses classes) {
        featuresFormNoCycle.check(classes);
        layersPointDownwards.check(classes);
        internalsStayInTheirFeature.check(classes);
        viewsNeverReachTheDatabase.check(classes);
        noGeneratorInProduction.check(classes);
        onlyJsr250GuardsMethods.check(classes);
        accessAnnotationsOnlyOnViews.check(classes);
    }
}
