package org.oversight.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test class gets an application context and a database of its own, migrated and loaded with the demo data
 * afresh, so that what it commits is seen by no other test class and nothing another class committed is seen here.
 * For tests whose writes cannot be rolled back: a real server on a port (browser journeys, HTTP tests), MockMvc
 * without {@code @Transactional}, jobs that commit. On H2 it is an in-memory database of its own name; on
 * PostgreSQL (the "pg" profile) a schema of its own in the test database, dropped when the context closes.
 * Costs one context start per class, so a test that can roll back uses {@code @Transactional} instead.
 * See {@link OwnDatabaseContextCustomizerFactory} and docs/testing.md.
 * <p>
 * Classes that only look (commit nothing a test of another class could see, such as browser journeys that open pages
 * and check them) may name the same {@link #sharedBy} group: they share one such context and database, started once
 * for all of them, still apart from every other class. The context of a class of its own is closed when the class
 * has run ({@link OwnDatabaseClosesAfterItsClass}): no other class could use it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface OwnDatabase {

    /** The group of classes that only look and share one context and database; empty: this class's own. */
    String sharedBy() default "";
}
