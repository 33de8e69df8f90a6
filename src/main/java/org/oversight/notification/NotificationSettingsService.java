package org.oversight.notification;

import org.oversight.base.i18n.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.audit.AuditLog;
import org.oversight.base.InvalidInputException;
import org.oversight.notification.internal.JooqPreferenceRepository;
import org.oversight.notification.internal.JooqPreferenceRepository.Account;
import org.oversight.recommendation.HandoffKind;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;
import org.oversight.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's own choices: how they hear of each kind of handoff addressed to them, and a deputy who receives
 * their handoff mail while they are away. Only the signed-in person's own settings are read or changed. A deputy
 * must be someone else, active, of the same organisation.
 */
@Service
@Transactional
public class NotificationSettingsService {

    /** A colleague who may cover the person's mail. */
    public record Colleague(long id, String displayName) {
    }

    private final JooqPreferenceRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    NotificationSettingsService(JooqPreferenceRepository repository, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The kinds addressed to people in the user's role, with their choice (e-mail now unless they chose otherwise). */
    @Transactional(readOnly = true)
    public Map<HandoffKind, Channel> channels() {
        SignedInUser user = currentUser.require();
        Map<HandoffKind, Channel> chosen = repository.channels(user.id());
        Map<HandoffKind, Channel> result = new LinkedHashMap<>();
        kindsFor(user.role()).forEach(k -> result.put(k, chosen.getOrDefault(k, Channel.EMAIL)));
        return result;
    }

    public void setChannel(HandoffKind kind, Channel channel) {
        SignedInUser user = currentUser.require();
        if (!kindsFor(user.role()).contains(kind)) {
            throw new InvalidInputException("kind", Messages.t("notification.settings.error.kind", kind.label()));
        }
        repository.setChannel(user.id(), kind, channel);
        audit.record("NOTIFICATION_PREFERENCE_SET", "app_user", user.id(), null, Map.of("kind", kind.name(), "channel", channel.name()));
    }

    @Transactional(readOnly = true)
    public Optional<MailCover> cover() {
        return repository.cover(currentUser.require().id());
    }

    @Transactional(readOnly = true)
    public List<Colleague> possibleDeputies() {
        SignedInUser user = currentUser.require();
        if (user.organisationId() == null) {
            return List.of();
        }
        return repository.colleagues(user.id(), user.organisationId()).stream()
                .map(a -> new Colleague(a.id(), a.displayName())).toList();
    }

    /** Names a deputy for the dates given (both included), replacing any earlier cover. */
    public void setCover(Long deputyId, LocalDate startsOn, LocalDate endsOn) {
        SignedInUser user = currentUser.require();
        Map<String, String> errors = new LinkedHashMap<>();
        if (deputyId == null) {
            errors.put("deputy", Messages.t("notification.settings.error.deputy-missing"));
        } else if (deputyId == user.id()) {
            errors.put("deputy", Messages.t("notification.settings.error.deputy-self"));
        } else {
            Optional<Account> deputy = repository.account(deputyId);
            if (deputy.isEmpty() || deputy.get().organisationId() == null || !deputy.get().organisationId().equals(user.organisationId())) {
                errors.put("deputy", user.organisationName() == null ? Messages.t("notification.settings.error.deputy-elsewhere") : Messages.t("notification.settings.error.deputy-outside", user.organisationName()));
            } else if (!deputy.get().enabled()) {
                errors.put("deputy", Messages.t("notification.settings.error.deputy-inactive", deputy.get().displayName()));
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (startsOn == null) {
            errors.put("startsOn", Messages.t("notification.settings.error.starts-missing", example(today)));
        } else if (startsOn.isBefore(today.minusYears(1)) || startsOn.isAfter(today.plusYears(2))) {
            errors.put("startsOn", Messages.t("notification.settings.error.starts-range"));
        }
        if (endsOn == null) {
            errors.put("endsOn", Messages.t("notification.settings.error.ends-missing", example(today.plusWeeks(2))));
        } else if (startsOn != null && endsOn.isBefore(startsOn)) {
            errors.put("endsOn", Messages.t("notification.settings.error.ends-before"));
        } else if (endsOn.isBefore(today)) {
            errors.put("endsOn", Messages.t("notification.settings.error.ends-passed"));
        } else if (endsOn.isAfter(today.plusYears(2))) {
            errors.put("endsOn", Messages.t("notification.settings.error.ends-range"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        repository.setCover(user.id(), deputyId, startsOn, endsOn);
        audit.record("MAIL_COVER_SET", "app_user", user.id(), null,
                Map.of("deputyId", deputyId, "startsOn", startsOn, "endsOn", endsOn));
    }

    public void endCover() {
        SignedInUser user = currentUser.require();
        if (repository.endCover(user.id())) {
            audit.record("MAIL_COVER_ENDED", "app_user", user.id(), null, Map.of());
        }
    }

    static List<HandoffKind> kindsFor(Role role) {
        HandoffKind.Side side = role == Role.WATCHDOG ? HandoffKind.Side.WATCHDOG
                : role.answersRecommendations() ? HandoffKind.Side.RECIPIENT : null;
        return Arrays.stream(HandoffKind.values()).filter(k -> k.addressee() == side).toList();
    }

    private static String example(LocalDate day) {
        return day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
    }
}
