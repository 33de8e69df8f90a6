package org.oversight.notification;

import org.oversight.security.SavedLanguages;
import static org.oversight.db.Tables.APP_USER;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.oversight.audit.AuditLog;
import org.oversight.deadline.DeadlineFilter;
import org.oversight.deadline.DeadlineProperties;
import org.oversight.deadline.DeadlineScope;
import org.oversight.deadline.JooqDeadlineQuery;
import org.oversight.notification.internal.CalendarFeedWriter;
import org.oversight.notification.internal.JooqMailRecipientQuery;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A per-user iCalendar feed of their deadlines at a secret address ({@code /calendar/<token>.ics}), for calendar
 * programs that cannot sign in. The token is 32 random bytes, URL-safe Base64; whoever has the address can read
 * the feed, so the user can replace it (the old address stops working at once) or switch the feed off.
 */
@Service
@Transactional
public class CalendarFeedService {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int TOKEN_BYTES = 32;

    private final DSLContext dsl;
    private final CurrentUser currentUser;
    private final JooqMailRecipientQuery people;
    private final JooqDeadlineQuery deadlines;
    private final CalendarFeedWriter writer;
    private final DeadlineProperties deadlineProperties;
    private final AuditLog audit;
    private final Links links;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private final SavedLanguages languages;

    CalendarFeedService(DSLContext dsl, CurrentUser currentUser, JooqMailRecipientQuery people, JooqDeadlineQuery deadlines,
                        CalendarFeedWriter writer, DeadlineProperties deadlineProperties, AuditLog audit, Links links,
                        Clock clock, SavedLanguages languages) {
        this.languages = languages;
        this.dsl = dsl;
        this.currentUser = currentUser;
        this.people = people;
        this.deadlines = deadlines;
        this.writer = writer;
        this.deadlineProperties = deadlineProperties;
        this.audit = audit;
        this.links = links;
        this.clock = clock;
    }

    /** The address of the signed-in user's feed, if they have switched it on. */
    @Transactional(readOnly = true)
    public Optional<String> myFeedUrl() {
        SignedInUser user = currentUser.require();
        return dsl.select(APP_USER.CALENDAR_TOKEN).from(APP_USER).where(APP_USER.ID.eq(user.id()))
                .fetchOptional(APP_USER.CALENDAR_TOKEN).map(links::calendar);
    }

    /** Switches the feed on at a new secret address, replacing any earlier one; returns the address. */
    public String issueMyFeed() {
        SignedInUser user = currentUser.require();
        boolean replacing = myFeedUrl().isPresent();
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        dsl.update(APP_USER).set(APP_USER.CALENDAR_TOKEN, token).where(APP_USER.ID.eq(user.id())).execute();
        // the token is a secret: the audit trail says that it changed, never what it is
        audit.record(replacing ? "CALENDAR_FEED_REPLACED" : "CALENDAR_FEED_ISSUED", "app_user", user.id(),
                Map.of("feed", replacing ? "on" : "off"), Map.of("feed", "on"));
        return links.calendar(token);
    }

    /** Switches the feed off: its address answers "not found" from now on. */
    public void revokeMyFeed() {
        SignedInUser user = currentUser.require();
        int changed = dsl.update(APP_USER).setNull(APP_USER.CALENDAR_TOKEN)
                .where(APP_USER.ID.eq(user.id())).and(APP_USER.CALENDAR_TOKEN.isNotNull()).execute();
        if (changed > 0) {
            audit.record("CALENDAR_FEED_REVOKED", "app_user", user.id(), Map.of("feed", "on"), Map.of("feed", "off"));
        }
    }

    /**
     * The feed behind a token, read without a session: the deadlines the token's owner would see in the app.
     * Empty for an unknown or revoked token, or a disabled account.
     */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Long userId = dsl.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.CALENDAR_TOKEN.eq(token)).and(APP_USER.ENABLED.isTrue())
                .fetchOptional(APP_USER.ID).orElse(null);
        if (userId == null) {
            return Optional.empty();
        }
        return people.byId(userId).map(person -> {
            LocalDate today = LocalDate.now(clock);
            DeadlineScope scope = DeadlineScope.of(person.asUser());
            var all = deadlines.list(scope, DeadlineFilter.ALL, today, deadlineProperties.dueSoonDays(), 0,
                    Integer.MAX_VALUE);
            var commissioners = deadlines.commissionerDeadlines(scope, today);
            // a calendar program asks with no session: the feed is written in its owner's saved language
            return languages.toWriteTo(person.id()).speak(() -> writer.write(person, all, commissioners, clock.instant()));
        });
    }
}
