package org.oversight.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of services and queries against a real database with the demo data loaded: H2 always, and PostgreSQL
 * as well when the build runs with OT_TEST_PG_URL set (the "pg" Maven profile reruns every test tagged "database").
 * Add {@code @Transactional} to a test class to roll each test's writes back: such classes share one database. A class
 * that must commit (HTTP through a real server, a job that commits) adds {@link OwnDatabase} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
public @interface DatabaseTest {
}
