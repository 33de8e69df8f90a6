package org.oversight.deadline.internal;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (clock sync, reminders) run on one node at a time: ShedLock keeps a row per job in the shedlock
 * table. Lock times come from the database's clock ({@code usingDbTime}), so nodes with drifting clocks still agree.
 * A lock is held at most five minutes unless a job says otherwise, so a node that dies holding it blocks the job
 * for minutes, not half an hour; {@code locked_by} names the node ({@code oversight.node-name}, by default the host
 * name and the process id, which differ between two nodes on one host or in look-alike containers), and a run
 * skipped because another node has held the lock past its hold time is logged as a warning ({@link StaleLockWarnings}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
class SchedulerLockConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource, @Value("${oversight.node-name:}") String nodeName) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return new StaleLockWarnings(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc)
                .withTableName("shedlock")
                .withLockedByValue(nodeName.isBlank() ? defaultNodeName() : nodeName.strip())
                .usingDbTime()
                .build()), jdbc, nodeName.isBlank() ? defaultNodeName() : nodeName.strip());
    }

    /** For work outside a scheduled method that must not overlap with it (the clock backfill at start). */
    @Bean
    LockingTaskExecutor lockingTaskExecutor(LockProvider lockProvider) {
        return new DefaultLockingTaskExecutor(lockProvider);
    }

    static String defaultNodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
