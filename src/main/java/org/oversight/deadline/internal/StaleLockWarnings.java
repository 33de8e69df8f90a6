package org.oversight.deadline.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ShedLock's provider, plus a warning when a job does not run here because another node holds its lock longer than
 * the job's hold time ({@code lockAtLeastFor}): that node is still running it, late, or has died holding it (the lock
 * then frees itself at {@code lock_until}). A lock held within its hold time is the normal case of two nodes and is
 * not logged. ShedLock itself reports a skipped run only at DEBUG.
 */
final class StaleLockWarnings implements LockProvider {

    private static final Logger log = LoggerFactory.getLogger(StaleLockWarnings.class);

    private final LockProvider delegate;
    private final JdbcTemplate jdbc;
    private final String nodeName;

    StaleLockWarnings(LockProvider delegate, JdbcTemplate jdbc, String nodeName) {
        this.delegate = delegate;
        this.jdbc = jdbc;
        this.nodeName = nodeName;
    }

    @Override
    public Optional<SimpleLock> lock(LockConfiguration configuration) {
        Optional<SimpleLock> lock = delegate.lock(configuration);
        if (lock.isEmpty()) {
            warnIfHeldPastItsHoldTime(configuration);
        }
        return lock;
    }

    private void warnIfHeldPastItsHoldTime(LockConfiguration configuration) {
        try {
            List<Holder> holders = jdbc.query(
                    "SELECT locked_by, locked_at, lock_until, CURRENT_TIMESTAMP AS db_now FROM shedlock WHERE name = ?",
                    (rs, i) -> new Holder(rs.getString(1), rs.getObject(2, OffsetDateTime.class),
                            rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class)),
                    configuration.getName());
            for (Holder h : holders) {
                if (h.lockedAt().plus(configuration.getLockAtLeastFor()).isBefore(h.dbNow())) {
                    log.warn("Scheduled job '{}' did not run on {}: node {} has held its lock since {}, past the job's "
                                    + "hold time; it is still running or has stopped. The lock frees itself at {}.",
                            configuration.getName(), nodeName, h.lockedBy(), h.lockedAt(), h.lockUntil());
                }
            }
        } catch (DataAccessException e) {
            log.warn("Scheduled job '{}' did not run on {}: its lock could not be read ({})", configuration.getName(),
                    nodeName, e.getClass().getSimpleName());
        }
    }

    private record Holder(String lockedBy, OffsetDateTime lockedAt, OffsetDateTime lockUntil, OffsetDateTime dbNow) {
    }
}
