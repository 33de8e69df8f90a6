package org.oversight.base;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A start that takes the start-up lock and never finishes, for {@link FirstStartLockTest} to kill: run in a JVM of its
 * own, it prints "holding" once the lock is held and then sleeps. Arguments: JDBC URL, user, password.
 */
final class FirstStartLockHolder {

    private FirstStartLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        SimpleDriverDataSource db = new SimpleDriverDataSource(java.sql.DriverManager.getDriver(args[0]), args[0], args[1], args[2]);
        new FirstStartLock(db).runAlone(() -> {
            System.out.println("holding"); // i18n-ok: a test's child process speaking to the test
            System.out.flush();
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
