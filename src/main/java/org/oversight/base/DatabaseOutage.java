package org.oversight.base;

import java.net.ConnectException;
import org.oversight.base.i18n.Messages;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database could not be used (stopped, unreachable, out of connections), as opposed to
 * a refusal or a bug. The views show such failures in plain words ({@link #message()}) and never the exception's text.
 */
public final class DatabaseOutage {

    private static final String MESSAGE = "base.outage";
    private static final String SAVED_AT_ONCE = "base.saved-at-once";

    private DatabaseOutage() {
    }

    /** What a person reads when the database cannot be reached, in their language. */
    public static String message() {
        return Messages.t(MESSAGE);
    }

    /**
     * What a person reads for {@code failure}: that someone else's save held the same rows at the same moment (a lock
     * not had in time, or a deadlock the database broke; decision 0133), or else {@link #message()}.
     */
    public static String message(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PessimisticLockingFailureException) {
                return Messages.t(SAVED_AT_ONCE);
            }
        }
        return message();
    }

    /**
     * True for Spring's data-access and transaction failures (a pooled connection that could not be had, a
     * transaction that could not start or commit), jOOQ's own data-access exception, and the JDBC and network
     * exceptions under them, wherever they are in the chain of causes.
     */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof TransactionSystemException
                    || t instanceof org.jooq.exception.DataAccessException
                    || t instanceof SQLTransientException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
