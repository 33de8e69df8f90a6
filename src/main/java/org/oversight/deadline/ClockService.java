package org.oversight.deadline;

import org.oversight.base.i18n.Messages;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.REPORT;

import java.time.Clock;
import org.jooq.impl.DSL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.base.DateWindow;
import org.oversight.audit.AuditLog;
import org.oversight.base.Formats;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.base.Text;
import org.oversight.deadline.internal.ClockSync;
import org.oversight.deadline.internal.JooqItemClocksQuery;
import org.oversight.deadline.internal.JooqClockRepository;
import org.oversight.deadline.internal.JooqClockRepository.StoredClock;
import org.oversight.recommendation.ItemScope;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;
import org.oversight.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clocks kept in the database: read them for an item, start them for a report, stop a response clock when the
 * response comes in, and — for staff of the watchdog that made the recommendation only — grant extensions, record
 * pauses and record clocks met. Every change keeps tracked_recommendation.response_due_on and due_on in step and
 * is audited.
 */
@Service
@Transactional
public class ClockService {

    private final JooqClockRepository clocks;
    private final JooqItemClocksQuery itemClocks;
    private final ClockSync sync;
    private final ClockEngine engine;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final DateWindow dates;
    private final ClockChanges changes;
    private final ClockPauses pauses;

    ClockService(JooqClockRepository clocks, JooqItemClocksQuery itemClocks, ClockSync sync, ClockEngine engine,
                 CurrentUser currentUser, AuditLog audit, Clock clock, DateWindow dates, ClockChanges changes,
                 ClockPauses pauses) {
        this.dates = dates;
        this.changes = changes;
        this.pauses = pauses;
        this.clocks = clocks;
        this.itemClocks = itemClocks;
        this.sync = sync;
        this.engine = engine;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Brings every clock in step with the register (starts missing clocks, stops answered ones, moves dates a
     * corrected report changed), as the system rather than a user: used by the reminder run before it reads the
     * deadlines, so that a reminder never names a date the register has since changed.
     */
    public void syncAll(OffsetDateTime now) {
        sync.sync(DSL.trueCondition(), now);
    }

    /** The clocks of a tracked recommendation the user may read, evaluated today. */
    @Transactional(readOnly = true)
    public ItemClocks clocksOf(long trackedId) {
        SignedInUser user = currentUser.require();
        JooqItemClocksQuery.Item item = readableItem(user, trackedId);
        return new ItemClocks(item.trackedId(), item.reportReference(), item.reportTitle(), item.recommendationNumber(),
                item.recipientName(), item.watchdogName(), item.status(),
                user.is(Role.WATCHDOG) && user.actsFor(item.watchdogId()), itemClocks.clocksOf(item, today()),
                (user.is(Role.WATCHDOG) && user.actsFor(item.watchdogId()))
                        || (user.is(Role.FORCE_LEAD) && user.actsFor(item.recipientId())));
    }

    /** Whether the item exists and the user may read its clocks, as {@link #clocksOf} decides, in one indexed query. */
    @Transactional(readOnly = true)
    public boolean canSeeItem(long trackedId) {
        return visibleItem(currentUser.require(), trackedId).isPresent();
    }

    /**
     * Whether the user may see the clock: its organisation's items are in their scope (a clock of a whole report,
     * with no organisation, only for those who see every organisation's). The API answers 404 otherwise.
     */
    @Transactional(readOnly = true)
    public boolean canSee(long clockId) {
        ItemScope scope = ItemScope.of(currentUser.require());
        return clocks.find(clockId).map(c -> c.organisationId() == null ? scope.organisationId() == null
                : scope.includes(c.organisationId())).orElse(false);
    }

    /**
     * For e-mails the system sends (reminders, hand-offs): one line per clock of the item that still runs,
     * "Label: sentence" as {@link ClockExplanation} words it, evaluated today. No user is checked: the caller sends
     * only to the item's owners, whom it has chosen itself. Empty for an unknown item.
     */
    @Transactional(readOnly = true)
    public List<String> explanationsForMail(long trackedId) {
        return itemClocks.item(trackedId).map(item -> itemClocks.clocksOf(item, today()).stream()
                .filter(ClockDetails::isRunning)
                .map(c -> c.label() + ": " + c.explanation()).toList()).orElse(List.of());
    }

    /**
     * Starts the clocks of a report that are not running yet: each tracked recommendation's response clock (rule
     * from {@link DeadlinePolicy}, starting on publication, with the inquiry milestones) and, for an HMICFRS
     * inspection, the commissioner's clock for each force it concerns. Safe to call again.
     *
     * @return how many clocks were started
     */
    public int startClocks(long reportId) {
        SignedInUser user = currentUser.require();
        if (!user.is(Role.ADMIN)) {
            Long watchdogId = clocks.watchdogOfReport(reportId)
                    .orElseThrow(() -> new AccessDeniedException(Messages.t("deadline.no-report", String.valueOf(reportId))));
            if (!user.is(Role.WATCHDOG) || !user.actsFor(watchdogId)) {
                throw new AccessDeniedException(Messages.t("deadline.only-publisher"));
            }
        }
        ClockSync.Outcome outcome = sync.sync(REPORT.ID.eq(reportId), now());
        if (outcome.started() > 0) {
            audit.record("CLOCKS_STARTED", "report", reportId, null, Map.of("clocks", outcome.started()));
        }
        return outcome.started();
    }

    /**
     * For the action plan feature: the recipient's plan or response to this item was received on {@code receivedOn}.
     * Stops its response clock (and starts the IOPC's publication clock for a learning recommendation). Joins the
     * caller's transaction; does nothing if the clock has already stopped. The scheduled sync does the same from
     * the register's history (the first move to PLAN_SUBMITTED), so a caller that forgets is caught up within
     * minutes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void responseReceived(long trackedId, LocalDate receivedOn) {
        SignedInUser user = currentUser.require();
        JooqItemClocksQuery.Item item = readableItem(user, trackedId);
        boolean recipient = user.role().answersRecommendations() && user.actsFor(item.recipientId());
        if (!recipient && !(user.is(Role.WATCHDOG) && user.actsFor(item.watchdogId()))) {
            throw new AccessDeniedException(Messages.t("deadline.only-recipient-or-watchdog"));
        }
        for (StoredClock c : clocks.clocks(CLOCK.TRACKED_RECOMMENDATION_ID.eq(trackedId))) {
            if (c.rule().timesRecommendationResponse() && c.metOn() == null) {
                LocalDate metOn = receivedOn.isBefore(c.startsOn()) ? c.startsOn() : receivedOn;
                ClockSpec met = clocks.spec(c).withMetOn(metOn);
                changes.write(c, c.version(), engine.dueOn(met).orElseThrow(), metOn);
                audit.record("CLOCK_MET", "clock", c.id(), Map.of("metOn", "none"), Map.of("metOn", metOn.toString()));
            }
        }
        sync.startPublicationClocks(REPORT.ID.eq(item.reportId()), now());
        sync.keepItemInStep(trackedId);
    }

    /**
     * Grants an extension. For an IOPC learning recommendation the application must have been received before
     * the period ended.
     *
     * @throws ExtensionRefusedException when the rules do not allow it (the message is for the user)
     */
    public void grantExtension(long clockId, int expectedVersion, LocalDate receivedOn, LocalDate newDueOn, String reason) {
        StoredClock c = changes.manageableClock(clockId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (receivedOn == null) {
            problems.put("receivedOn", Messages.t("deadline.extension.enter-received"));
        } else if (receivedOn.isAfter(today())) {
            problems.put("receivedOn", Messages.t("deadline.extension.received-future"));
        }
        if (newDueOn == null) {
            problems.put("newDueOn", Messages.t("deadline.extension.enter-due"));
        } else {
            dates.problem(newDueOn, Messages.t("deadline.extension.the-new-due-date")).ifPresent(m -> problems.put("newDueOn", m));
        }
        String cleanReason = ClockChanges.reason(reason, Messages.t("deadline.extension.reason"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ClockSpec extended = engine.grantExtension(clocks.spec(c), new Extension(receivedOn, newDueOn, cleanReason));
        LocalDate due = sync.dueOn(extended, today());
        changes.write(c, expectedVersion, due, c.metOn());
        clocks.insertExtension(c.id(), new Extension(receivedOn, newDueOn, cleanReason), currentUser.require().id(), now());
        changes.keepItemInStep(c);
        audit.record("CLOCK_EXTENDED", "clock", c.id(), Map.of("dueOn", c.dueOn().toString()),
                Map.of("dueOn", due.toString(), "receivedOn", receivedOn.toString(), "reason", cleanReason));
    }

    /**
     * Records days on which the clock does not run, such as judicial review proceedings in progress (see
     * {@link ClockPauses}).
     *
     * @param toInclusive the last paused day, or null while the proceedings are still going on
     */
    public void recordPause(long clockId, int expectedVersion, LocalDate from, LocalDate toInclusive, String reason) {
        pauses.record(clockId, expectedVersion, from, toInclusive, reason);
    }

    /** Ends the running pause: {@code lastPausedDay} is the last day the clock did not run. */
    public void endPause(long clockId, int expectedVersion, LocalDate lastPausedDay) {
        pauses.end(clockId, expectedVersion, lastPausedDay);
    }

    /** Records the day a commissioner's response or the IOPC's publication happened, which stops that clock. */
    public void recordMet(long clockId, int expectedVersion, LocalDate metOn) {
        recordMet(clockId, expectedVersion, metOn, null);
    }

    /**
     * Records the day a commissioner's response or the IOPC's publication was published, and where it can be read,
     * which stops that clock. The commissioner's response may be recorded by the watchdog's staff or by a lead of
     * the force it concerns; the IOPC's publication by the IOPC's staff only.
     *
     * @param link the web address of the published response, or null
     */
    public void recordMet(long clockId, int expectedVersion, LocalDate metOn, String link) {
        StoredClock c = clocks.find(clockId)
                .orElseThrow(() -> new AccessDeniedException(Messages.t("deadline.no-clock", String.valueOf(clockId))));
        if (!mayRecordMet(currentUser.require(), c)) {
            changes.manageableClock(clockId); // throws with the watchdog's message
        }
        String cleanLink = Text.cleanOrNull(link);
        if (cleanLink != null && (cleanLink.length() > 2000 || !isWebAddress(cleanLink))) {
            throw new InvalidInputException("link", Messages.t("deadline.met.link"));
        }
        if (c.rule() != ClockRule.PCC_RESPONSE && c.rule() != ClockRule.IOPC_PUBLICATION) {
            throw new RuleViolationException(Messages.t("deadline.met.stops-itself"));
        }
        if (c.metOn() != null) {
            throw new RuleViolationException(Messages.t("deadline.met.already", Formats.longDate(c.metOn())));
        }
        if (metOn == null || metOn.isBefore(c.startsOn()) || metOn.isAfter(today())) {
            throw new InvalidInputException("metOn", Messages.t("deadline.met.range", Formats.longDate(c.startsOn())));
        }
        LocalDate due = engine.dueOn(clocks.spec(c).withMetOn(metOn)).orElseThrow();
        changes.write(c, expectedVersion, due, metOn);
        if (cleanLink != null) {
            clocks.insertResponseLink(c.id(), cleanLink, currentUser.require().id(), now());
        }
        audit.record("CLOCK_MET", "clock", c.id(), Map.of("metOn", "none"),
                cleanLink == null ? Map.of("metOn", metOn.toString()) : Map.of("metOn", metOn.toString(), "link", cleanLink));
    }

    /**
     * Who may record a clock as met by hand: the watchdog's staff for its own reports' clocks, and for a
     * commissioner's response also a lead of the force it concerns (the force sees the response first).
     */
    static boolean mayRecordMet(SignedInUser user, StoredClock c) {
        if (user.is(Role.WATCHDOG) && user.actsFor(c.watchdogId())) {
            return true;
        }
        return c.rule() == ClockRule.PCC_RESPONSE && user.is(Role.FORCE_LEAD) && c.organisationId() != null
                && user.actsFor(c.organisationId());
    }

    private static boolean isWebAddress(String link) {
        try {
            java.net.URI uri = new java.net.URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private JooqItemClocksQuery.Item readableItem(SignedInUser user, long trackedId) {
        return visibleItem(user, trackedId)
                .orElseThrow(() -> new AccessDeniedException(Messages.t("deadline.no-recommendation", String.valueOf(trackedId))));
    }

    /** The item, if it exists and the user may read it; one query on the item's primary key. */
    private Optional<JooqItemClocksQuery.Item> visibleItem(SignedInUser user, long trackedId) {
        return itemClocks.item(trackedId).filter(i -> ItemScope.of(user).includes(i.recipientId()));
    }

    private LocalDate today() {
        return changes.today();
    }

    private OffsetDateTime now() {
        return changes.now();
    }
}
