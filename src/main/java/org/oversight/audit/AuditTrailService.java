package org.oversight.audit;

import org.oversight.base.i18n.Messages;
import java.time.Clock;
import java.util.List;
import org.oversight.audit.internal.JooqAuditQuery;
import org.oversight.base.DateWindow;
import org.oversight.base.InvalidInputException;
import org.oversight.base.export.Column;
import org.oversight.base.export.Table;
import org.oversight.base.export.TableWriter;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;
import org.oversight.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail for the people who oversee it: administrators see every event; watchdog staff see every event
 * about the register and plans but not account events (sign-ins, user administration), which are the
 * administrators' business. Nobody else reads it, whatever screen asks.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrailService {

    /** Entity types of account events: sign-ins, lockouts and user administration. */
    public static final String ACCOUNT_ENTITY = "app_user";

    private final JooqAuditQuery query;
    private final AuditChainVerifier verifier;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final DateWindow dates;

    AuditTrailService(JooqAuditQuery query, AuditChainVerifier verifier, CurrentUser currentUser, Clock clock,
                      DateWindow dates) {
        this.dates = dates;
        this.query = query;
        this.verifier = verifier;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        List<String> hidden = hiddenFor(reader());
        validate(filter);
        return query.page(filter, hidden, clock.getZone(), offset, limit);
    }

    public int count(AuditFilter filter) {
        List<String> hidden = hiddenFor(reader());
        validate(filter);
        return query.count(filter, hidden, clock.getZone());
    }

    /** The people who appear in the trail the reader may see, for the filter's choices. */
    public List<String> usernames() {
        return query.usernames(hiddenFor(reader()));
    }

    public List<String> entityTypes() {
        return query.entityTypes(hiddenFor(reader()));
    }

    /** The export's columns: every field of an event, times in UTC as stored, then the same in plain words. */
    static Table<AuditEntry> exportTable() {
        return Table.of(Messages.t("audit.trail.empty"),
            Column.number("id", AuditEntry::id),
            Column.dateTime("occurred_at_utc", AuditEntry::occurredAt),
            Column.text("user", AuditEntry::username),
            Column.text("action", AuditEntry::action),
            Column.text("entity_type", AuditEntry::entityType),
            Column.number("entity_id", AuditEntry::entityId),
            Column.text("before", AuditEntry::beforeJson),
            Column.text("after", AuditEntry::afterJson),
            Column.text("correlation_id", AuditEntry::correlationId),
            Column.text("hash", AuditEntry::hash),
            Column.text("what", AuditEntry::what),
            Column.text("changes", e -> String.join("; ", e.changes())));
    }

    /** Writes the events matching the filter, newest first, the same rows the view shows. */
    public long export(AuditFilter filter, TableWriter out) {
        List<String> hidden = hiddenFor(reader());
        validate(filter);
        return exportTable().write(out, sink -> query.forEach(filter, hidden, clock.getZone(), sink));
    }

    /** Checks the whole chain; both roles may, since the result names event numbers only. */
    public AuditChainVerifier.Result verifyChain() {
        reader();
        return verifier.verify();
    }

    private SignedInUser reader() {
        return currentUser.requireRole(Role.ADMIN, Role.WATCHDOG);
    }

    private static List<String> hiddenFor(SignedInUser user) {
        return user.is(Role.ADMIN) ? List.of() : List.of(ACCOUNT_ENTITY);
    }

    /** Checks a filter before the view applies it, so that the problem shows on the field rather than in the grid. */
    public void check(AuditFilter filter) {
        reader();
        validate(filter);
    }

    private void validate(AuditFilter filter) {
        if (filter.from() != null && !dates.contains(filter.from())) {
            throw new InvalidInputException("from", Messages.t("audit.filter.choose-start", dates.sentence()));
        }
        if (filter.to() != null && !dates.contains(filter.to())) {
            throw new InvalidInputException("to", Messages.t("audit.filter.choose-end", dates.sentence()));
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new InvalidInputException("to", Messages.t("audit.filter.ends-before-start"));
        }
        if (filter.entityId() != null && filter.entityId() < 1) {
            throw new InvalidInputException("entityId", Messages.t("audit.filter.whole-number"));
        }
    }
}
