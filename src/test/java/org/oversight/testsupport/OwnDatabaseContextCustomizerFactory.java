package org.oversight.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every test class annotated {@link OwnDatabase} a database of its own (registered in META-INF/spring.factories),
 * and the other classes of a test JVM their fork's schema on PostgreSQL ({@link ForkSchemaCustomizer}).
 * The customizer is equal only for the same test class (or the classes of one {@link OwnDatabase#sharedBy} group), so
 * such a class never shares a cached context with any other, and its
 * settings go in front of every other property source (they beat SPRING_DATASOURCE_URL, which the "pg" profile sets):
 * <ul>
 * <li>H2: {@code jdbc:h2:mem:<name>}, kept while the context's pool has connections (and a minute after);</li>
 * <li>PostgreSQL: the same database, a fresh schema {@code <name>} that Flyway creates and migrates and every pooled
 * connection uses as its search path (jOOQ renders no schema); dropped when the context closes.</li>
 * </ul>
 */
public class OwnDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    private final String forkSchema;

    /** As Spring makes it: the fork's schema from surefire ({@code ot.test.schema}, {@code ot_fork_<n>}), if any. */
    public OwnDatabaseContextCustomizerFactory() {
        this(System.getProperty("ot.test.schema", ""));
    }

    OwnDatabaseContextCustomizerFactory(String forkSchema) {
        this.forkSchema = forkSchema;
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        Class<?> top = testClass;
        while (top.getEnclosingClass() != null && !java.lang.reflect.Modifier.isStatic(top.getModifiers())) {
            top = top.getEnclosingClass(); // a @Nested class uses its outer class's context and database
        }
        OwnDatabase own = AnnotatedElementUtils.findMergedAnnotation(top, OwnDatabase.class);
        if (own == null) {
            return forkSchema.matches("ot_fork_\\d+") ? new ForkSchemaCustomizer(forkSchema) : null;
        }
        return new OwnDatabaseCustomizer(own.sharedBy().isEmpty() ? top.getName() : "group " + own.sharedBy());
    }

    /** PostgreSQL: every pooled connection uses the schema as its search path, and Flyway makes and migrates it. */
    static Map<String, Object> inSchema(String schema) {
        return Map.of("spring.datasource.hikari.schema", schema, "spring.flyway.schemas", schema,
                "spring.flyway.default-schema", schema);
    }

    /** Top-level class whose context only it uses (no {@link OwnDatabase#sharedBy} group). */
    static boolean ownedAlone(Class<?> testClass) {
        OwnDatabase own = AnnotatedElementUtils.findMergedAnnotation(testClass, OwnDatabase.class);
        return own != null && own.sharedBy().isEmpty()
                && (testClass.getEnclosingClass() == null || java.lang.reflect.Modifier.isStatic(testClass.getModifiers()));
    }

    /**
     * The shared contexts of one test JVM (surefire's fork, {@code ot.test.schema}): on PostgreSQL a schema of the
     * fork's own, kept after the run as the public schema was, so that JVMs running side by side never read each other's
     * rows; on H2 nothing, as each JVM's in-memory database is its own. Equal for every class of the fork.
     */
    record ForkSchemaCustomizer(String schema) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            ConfigurableEnvironment env = context.getEnvironment();
            if (env.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:")) {
                env.getPropertySources().addFirst(new MapPropertySource("forkSchema", inSchema(schema)));
            }
        }
    }

    /** Equal for the same test class, or for the classes of one {@link OwnDatabase#sharedBy} group. */
    record OwnDatabaseCustomizer(String owner) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            ConfigurableEnvironment env = context.getEnvironment();
            String url = env.getProperty("spring.datasource.url", "");
            String name = nameFor(owner);
            Map<String, Object> own = new HashMap<>();
            if (url.startsWith("jdbc:h2:")) {
                own.put("spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=60");
            } else if (url.startsWith("jdbc:postgresql:")) {
                own.putAll(inSchema(name));
                context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
                    if (event.getApplicationContext() == context) {
                        new JdbcTemplate(context.getBean(DataSource.class)).execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
                    }
                });
            } else {
                throw new IllegalStateException("@OwnDatabase knows H2 and PostgreSQL, not " + url);
            }
            env.getPropertySources().addFirst(new MapPropertySource("ownDatabase:" + owner, own));
        }

        /** Lower case, letters, digits and underscores, at most 63 characters: a plain PostgreSQL identifier. */
        static String nameFor(String owner) {
            String simple = owner.substring(owner.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            return "ot_" + simple.substring(0, Math.min(simple.length(), 45)) + "_" + suffix;
        }
    }
}
