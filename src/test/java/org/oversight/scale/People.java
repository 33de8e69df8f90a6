package org.oversight.scale;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.oversight.security.Role;

/**
 * The generated accounts that history rows name: a few inspectors per watchdog, a lead and a chief officer per
 * force, a lead per national body. They cannot sign in (disabled, with a password hash nothing matches): they
 * exist so that "who did it" is a person. Each recipient also gets a pace (see {@link Lifecycle#planDates}).
 */
final class People {

    /** Not a BCrypt hash of anything: the account is disabled as well, so no password can open it. */
    static final String NO_PASSWORD = "{bcrypt}$2a$10$generated.account.that.cannot.sign.in.............";
    static final String PREFIX = "gen.";
    private static final int INSPECTORS_PER_WATCHDOG = 4;

    record Person(long id, String username) {
    }

    private final Map<Long, List<Person>> inspectors = new HashMap<>();
    private final Map<Long, Person> leads = new HashMap<>();
    private final Map<Long, Double> pace = new HashMap<>();

    People(Reference ref, Ids ids, Sinks sinks, SplittableRandom rng, OffsetDateTime createdAt) {
        for (Reference.Org w : ref.watchdogs()) {
            List<Person> staff = new ArrayList<>();
            for (int i = 1; i <= INSPECTORS_PER_WATCHDOG; i++) {
                staff.add(add(ids, sinks, rng, w, "." + i, Role.WATCHDOG, createdAt));
            }
            inspectors.put(w.id(), staff);
        }
        for (Reference.Org f : ref.forces()) {
            leads.put(f.id(), add(ids, sinks, rng, f, ".lead", Role.FORCE_LEAD, createdAt));
            add(ids, sinks, rng, f, ".chief", Role.CHIEF_OFFICER, createdAt);
            // most forces keep pace; a few are brisk and a few chronically slow, so comparisons show a spread
            pace.put(f.id(), 0.6 + rng.nextDouble() * (rng.nextDouble() < 0.15 ? 1.4 : 0.8));
        }
        for (Reference.Org n : ref.nationalBodies()) {
            leads.put(n.id(), add(ids, sinks, rng, n, ".lead", Role.NATIONAL_LEAD, createdAt));
            pace.put(n.id(), 0.8 + rng.nextDouble() * 0.8);
        }
    }

    private static Person add(Ids ids, Sinks sinks, SplittableRandom rng, Reference.Org org, String suffix, Role role,
                              OffsetDateTime createdAt) {
        long id = ids.user++;
        String username = PREFIX + org.code().toLowerCase(Locale.ROOT).replace('_', '-') + suffix;
        String name = Vocabulary.person(rng);
        sinks.users.add(id, username, name + " (" + org.shortName() + ")", username + "@generated.oversight.invalid",
                NO_PASSWORD, role.name(), org.id(), false, createdAt);
        return new Person(id, username);
    }

    Person inspector(long watchdogId, SplittableRandom rng) {
        List<Person> staff = inspectors.get(watchdogId);
        return staff.get(rng.nextInt(staff.size()));
    }

    Person lead(long recipientId) {
        return leads.get(recipientId);
    }

    double pace(long recipientId) {
        return pace.get(recipientId);
    }
}
