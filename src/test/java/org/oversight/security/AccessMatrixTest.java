package org.oversight.security;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.security.Role.ADMIN;
import static org.oversight.security.Role.CHIEF_OFFICER;
import static org.oversight.security.Role.FORCE_LEAD;
import static org.oversight.security.Role.CHIEF_OFFICER;
import static org.oversight.security.Role.NATIONAL_LEAD;
import static org.oversight.security.Role.WATCHDOG;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.oversight.demo.DemoAccounts;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every view × every demo user and an anonymous visitor: who may open what, decided by Vaadin's own access check
 * (the one its navigation guard runs) on the view and on every layout around it, compared with the table below.
 * A view without a row fails the test, and so does a row for a view that no longer exists.
 * Adding a view: add one row. docs/security.md shows the same table; the test prints it when they differ.
 */
@DatabaseTest
class AccessMatrixTest {

    /** Route path → who may open it. One row per view. */
    static final Map<String, Access> EXPECTED = Map.ofEntries(
            entry("login", Access.anyone()),
            entry("", Access.signedIn()),
            entry("audit", Access.only(ADMIN, WATCHDOG)),
            entry("admin/users", Access.only(ADMIN)),
            entry("api-tokens", Access.signedIn()),
            entry("import", Access.only(WATCHDOG)),
            entry("import/actions", Access.only(FORCE_LEAD, NATIONAL_LEAD)),
            entry("outbox", Access.only(ADMIN)),
            entry("performance", Access.only(ADMIN, WATCHDOG, NATIONAL_LEAD, CHIEF_OFFICER)),
            entry("performance/themes", Access.only(ADMIN, WATCHDOG, NATIONAL_LEAD)),
            entry("reports", Access.signedIn()),
            entry("reports/:id", Access.signedIn()),
            entry("recommendations", Access.signedIn()),
            entry("recommendations/:id", Access.signedIn()),
            entry("recommendations/national/:recommendationId", Access.signedIn()),
            entry("queues", Access.only(WATCHDOG)),
            entry("publishing", Access.only(WATCHDOG)),
            entry("publishing/:id", Access.only(WATCHDOG)),
            entry("plans", Access.signedIn()),
            entry("plans/:planId/timeline", Access.signedIn()),
            entry("my-work", Access.only(FORCE_LEAD, NATIONAL_LEAD)),
            entry("deadlines", Access.signedIn()),
            entry("notifications", Access.signedIn()),
            entry("board-pack", Access.only(ADMIN, WATCHDOG, CHIEF_OFFICER)),
            entry("inbox", Access.signedIn()),
            entry("inbox/settings", Access.signedIn())
    );

    @Autowired UserDetailsService users;

    final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    @Test
    void everyViewOpensForExactlyThePeopleTheMatrixNames() {
        Map<String, Class<?>> routes = routes();
        List<String> problems = new ArrayList<>();
        routes.forEach((path, view) -> {
            if (!EXPECTED.containsKey(path)) {
                problems.add("view " + view.getSimpleName() + " (/" + path + ") has no access decision in the matrix: add a row to "
                        + "AccessMatrixTest.EXPECTED and to docs/security.md");
            }
        });
        EXPECTED.keySet().stream().filter(path -> !routes.containsKey(path))
                .forEach(path -> problems.add("the matrix has a row for /" + path + " but no view has that route"));
        for (var route : routes.entrySet()) {
            Access expected = EXPECTED.get(route.getKey());
            if (expected == null) {
                continue;
            }
            for (String who : people()) {
                boolean allowed = mayOpen(route.getValue(), who);
                if (allowed != expected.allows(role(who))) {
                    problems.add((who == null ? "anonymous" : who) + (allowed ? " may open " : " may not open ") + "/"
                            + route.getKey() + " (" + route.getValue().getSimpleName() + "), the matrix says the opposite");
                }
            }
        }
        assertThat(problems).as("access matrix").isEmpty();
    }

    @Test
    void theMatrixFindsTheViewsItProtects() {
        // a scan that found nothing would pass the test above without checking anything
        assertThat(routes()).containsKeys("login", "", "audit", "admin/users");
    }

    @Test
    void docsSecurityShowsTheSameMatrix() throws IOException {
        String table = markdownTable();
        String docs = Files.readString(Path.of("docs/security.md"));
        assertThat(docs).as("docs/security.md should contain this table:%n%s", table).contains(table);
    }

    private boolean mayOpen(Class<?> view, String who) {
        Principal principal = null;
        java.util.function.Function<String, Boolean> hasRole = role -> false;
        if (who != null) {
            UserDetails user = users.loadUserByUsername(who);
            principal = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
            hasRole = role -> user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
        }
        for (Class<?> target : chain(view)) {
            if (!checker.hasAccess(target, principal, hasRole)) {
                return false;
            }
        }
        return true;
    }

    /** The view and the layouts it is shown in: its explicit parent chain, or the automatic @Layout. */
    private static List<Class<?>> chain(Class<?> view) {
        List<Class<?>> chain = new ArrayList<>(List.of(view));
        Route route = view.getAnnotation(Route.class);
        Class<?> parent = route.layout();
        if (parent == UI.class && route.autoLayout()) {
            scan(Layout.class).values().stream().distinct().forEach(chain::add);
            return chain;
        }
        while (parent != null && parent != UI.class) {
            chain.add(parent);
            ParentLayout next = parent.getAnnotation(ParentLayout.class);
            parent = next == null ? null : next.value();
        }
        return chain;
    }

    static Map<String, Class<?>> routes() {
        Map<String, Class<?>> routes = new TreeMap<>();
        scan(Route.class).forEach((name, type) -> {
            String path = type.getAnnotation(Route.class).value();
            assertThat(path).as(type.getName() + " needs an explicit route path").isNotEqualTo(Route.NAMING_CONVENTION);
            routes.put(path.startsWith("/") ? path.substring(1) : path, type);
        });
        return routes;
    }

    private static Map<String, Class<?>> scan(Class<? extends java.lang.annotation.Annotation> annotation) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition bean) {
                return bean.getMetadata().isConcrete() && bean.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        Map<String, Class<?>> found = new LinkedHashMap<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("org.oversight")) {
            try {
                found.put(bean.getBeanClassName(), Class.forName(bean.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** The seven demo users and, as null, an anonymous visitor. */
    private static List<String> people() {
        List<String> people = new ArrayList<>();
        DemoAccounts.ALL.forEach(a -> people.add(a.username()));
        people.add(null);
        return people;
    }

    private static Role role(String username) {
        return username == null ? null : DemoAccounts.ALL.stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow().role();
    }

    /** The table as docs/security.md shows it. */
    static String markdownTable() {
        StringBuilder md = new StringBuilder("| view | anonymous |");
        DemoAccounts.ALL.forEach(a -> md.append(' ').append(a.username()).append(" |"));
        md.append("\n|---|---|");
        DemoAccounts.ALL.forEach(a -> md.append("---|"));
        new TreeMap<>(EXPECTED).forEach((path, access) -> {
            md.append("\n| `/").append(path).append("` | ").append(access.allows(null) ? "✓" : "—").append(" |");
            DemoAccounts.ALL.forEach(a -> md.append(' ').append(access.allows(a.role()) ? "✓" : "—").append(" |"));
        });
        return md.toString();
    }

    /** Who may open a view: some roles, and perhaps anonymous visitors too. */
    record Access(Set<Role> roles, boolean anonymous) {
        static Access anyone() {
            return new Access(EnumSet.allOf(Role.class), true);
        }

        static Access signedIn() {
            return new Access(EnumSet.allOf(Role.class), false);
        }

        static Access only(Role first, Role... more) {
            return new Access(EnumSet.of(first, more), false);
        }

        /** @param role null for an anonymous visitor */
        boolean allows(Role role) {
            return role == null ? anonymous : roles.contains(role);
        }
    }
}
