package org.oversight.demo;

import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.OUTCOME_ASSESSMENT;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.RECOMMENDATION_LINK;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.oversight.base.DemoMode;
import org.oversight.base.SubmissionKey;
import org.oversight.outcome.LinkKind;
import org.oversight.outcome.OutcomeInput;
import org.oversight.outcome.OutcomeRating;
import org.oversight.outcome.OutcomeService;
import org.oversight.outcome.RepeatLinkService;
import org.oversight.recommendation.Status;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's repeat and outcome story, added once to a demo database that has no links and no outcomes, after the
 * clocks (order 37). Surrey's call handling: the IPCC's 2015 recommendation 1 after Breck Bednar's mother's call is
 * built on by HMICFRS's 2019 PEEL and repeated by its 2026 contact management inspection; the IOPC judged it partly
 * effective in 2019 and not effective after the 2026 inspection. HMICFRS's 2021 domestic abuse thematic builds on
 * its 2017 one, whose verified items it judged force by force. The 2026 inspection's area for improvement 1 is left
 * unlinked, for HMICFRS to be offered the IPCC's recommendation as a suggestion. Everything goes through the
 * services, as the watchdogs' demo accounts, so rules and audit trail are as for real work.
 */
@Component
@Order(37)
class DemoOutcomeStory implements ApplicationRunner {

    private static final String BRECK = "IPCC-2015-001";
    private static final String PEEL_2019 = "HMICFRS-2019-PEEL-SURREY";
    private static final String CONTACT_MANAGEMENT = "HMICFRS-2026-CM-SURREY";
    private static final String DA_2017 = "HMICFRS-2017-THEM-DA";
    private static final String DA_2021 = "HMICFRS-2021-THEM-DA";
    /** How the 2017 domestic abuse items fared, force by force in turn: mostly worked, some not, some unknown. */
    private static final List<OutcomeRating> DA_PATTERN = List.of(OutcomeRating.EFFECTIVE, OutcomeRating.EFFECTIVE,
            OutcomeRating.PARTLY_EFFECTIVE, OutcomeRating.EFFECTIVE, OutcomeRating.NOT_EFFECTIVE,
            OutcomeRating.COULD_NOT_BE_DETERMINED, OutcomeRating.PARTLY_EFFECTIVE, OutcomeRating.EFFECTIVE);

    private final DemoMode demoMode;
    private final DSLContext dsl;
    private final OutcomeService outcomes;
    private final RepeatLinkService repeats;
    private final DemoActor actor;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoOutcomeStory(DemoMode demoMode, DSLContext dsl, OutcomeService outcomes, RepeatLinkService repeats,
                     DemoActor actor, TransactionTemplate tx, Clock clock) {
        this.demoMode = demoMode;
        this.dsl = dsl;
        this.outcomes = outcomes;
        this.repeats = repeats;
        this.actor = actor;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.enabled()) {
            tx.executeWithoutResult(status -> tellOnce(LocalDate.now(clock)));
        }
    }

    private void tellOnce(LocalDate today) {
        if (dsl.fetchExists(RECOMMENDATION_LINK) || dsl.fetchExists(OUTCOME_ASSESSMENT)) {
            return;
        }
        Optional<Long> breck = item(BRECK, "1", "SURREY");
        Optional<Long> peel = item(PEEL_2019, "AFI 1", "SURREY");
        Optional<Long> concern = item(CONTACT_MANAGEMENT, "CoC 1", "SURREY");
        if (breck.isEmpty() || peel.isEmpty() || concern.isEmpty()) {
            return; // a demo file without the Surrey story
        }
        long breckRecommendation = recommendation(BRECK, "1");
        actor.asStaffOf("HMICFRS", () -> {
            repeats.link(peel.get(), breckRecommendation, LinkKind.BUILDS_ON,
                    "Identifying vulnerability at first contact goes on from the IPCC's call-handling findings.", SubmissionKey.fresh());
            repeats.link(concern.get(), breckRecommendation, LinkKind.REPEATS,
                    "Calls from parents about online harm still closed without supervisor review, as in December 2013.", SubmissionKey.fresh());
        });
        actor.asStaffOf("IOPC", () -> {
            LocalDate peelPublished = published(PEEL_2019);
            outcomes.record(breck.get(), new OutcomeInput(OutcomeRating.PARTLY_EFFECTIVE, peelPublished.plusDays(30),
                    reportId(PEEL_2019), null, "PEEL 2019 findings on first contact; the force's assurance audit of 2016.",
                    "The grooming checklist and training are in place and used, but HMICFRS found repeat and vulnerable "
                            + "victims were still not always identified at first contact."), SubmissionKey.fresh());
            LocalDate cmPublished = published(CONTACT_MANAGEMENT);
            outcomes.record(breck.get(), new OutcomeInput(OutcomeRating.NOT_EFFECTIVE, cmPublished.plusDays(7),
                    reportId(CONTACT_MANAGEMENT), null, "HMICFRS's sample of calls about online harm to children.",
                    "Calls from parents and carers about online harm were again closed without deployment or supervisor "
                            + "review: the harm this recommendation addressed has happened again."), SubmissionKey.fresh());
            item(BRECK, "3", "SURREY").ifPresent(id -> outcomes.record(id, new OutcomeInput(OutcomeRating.EFFECTIVE,
                    peelPublished.plusDays(30), reportId(PEEL_2019), null, null,
                    "Callers reporting grooming were given CEOP details in every call HMICFRS sampled."), SubmissionKey.fresh()));
            item(BRECK, "2", "SURREY").ifPresent(id -> outcomes.record(id, new OutcomeInput(
                    OutcomeRating.COULD_NOT_BE_DETERMINED, peelPublished.plusDays(30), reportId(PEEL_2019), null, null,
                    "PEEL 2019 did not sample calls naming a suspect, so whether PNC checks are made cannot be judged."),
                    SubmissionKey.fresh()));
        });
        actor.asStaffOf("HMICFRS", () -> {
            Optional<Long> da2021 = item(DA_2021, "1", "SURREY");
            da2021.ifPresent(id -> repeats.link(id, recommendation(DA_2017, "1"), LinkKind.BUILDS_ON,
                    "Follows up the 2017 national inspection of risk assessment.", SubmissionKey.fresh()));
            LocalDate followUp = published(DA_2021);
            List<Long> verified = verifiedItems(DA_2017, "1");
            for (int i = 0; i < verified.size(); i++) {
                OutcomeRating rating = DA_PATTERN.get(i % DA_PATTERN.size());
                outcomes.record(verified.get(i), new OutcomeInput(rating, followUp, reportId(DA_2021), null,
                        "Fieldwork dip sample of high-risk cases for the 2021 national inspection.", reason(rating)),
                        SubmissionKey.fresh());
            }
            // re-assessments: the most recently verified items are looked at again a year on
            recentlyVerifiedHmicfrsItems(today.minusMonths(18)).forEach(outcomes::scheduleReassessment);
        });
    }

    private static String reason(OutcomeRating rating) {
        return switch (rating) {
            case EFFECTIVE -> "High-risk cases in the sample were assessed at first contact and reviewed by a supervisor.";
            case PARTLY_EFFECTIVE -> "Assessments were completed at first contact, but supervisor review was often late.";
            case NOT_EFFECTIVE -> "Assessments in the sample were again late and unsupervised, as in 2017.";
            case COULD_NOT_BE_DETERMINED -> "Too few high-risk cases in the force's sample to judge.";
        };
    }

    private Optional<Long> item(String reference, String number, String recipient) {
        var t = TRACKED_RECOMMENDATION;
        return dsl.select(t.ID).from(t).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(t.RECIPIENT_ID))
                .where(REPORT.REFERENCE.eq(reference)).and(RECOMMENDATION.NUMBER.eq(number))
                .and(ORGANISATION.CODE.eq(recipient))
                .fetchOptional(t.ID);
    }

    private List<Long> verifiedItems(String reference, String number) {
        var t = TRACKED_RECOMMENDATION;
        return dsl.select(t.ID).from(t).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(t.RECIPIENT_ID))
                .where(REPORT.REFERENCE.eq(reference)).and(RECOMMENDATION.NUMBER.eq(number))
                .and(t.STATUS.eq(Status.VERIFIED_IMPLEMENTED)).and(ORGANISATION.KIND.eq(org.oversight.recommendation.OrganisationRef.Kind.FORCE))
                .orderBy(ORGANISATION.NAME)
                .fetch(t.ID);
    }

    private List<Long> recentlyVerifiedHmicfrsItems(LocalDate since) {
        var t = TRACKED_RECOMMENDATION;
        var watchdog = ORGANISATION.as("w");
        return dsl.select(t.ID).from(t).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(watchdog).on(watchdog.ID.eq(REPORT.WATCHDOG_ID))
                .where(watchdog.CODE.eq("HMICFRS")).and(t.STATUS.eq(Status.VERIFIED_IMPLEMENTED))
                .and(t.CLOSED_ON.ge(since))
                .orderBy(t.CLOSED_ON.desc(), t.ID).limit(6)
                .fetch(t.ID);
    }

    private long recommendation(String reference, String number) {
        return dsl.select(RECOMMENDATION.ID).from(RECOMMENDATION).join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .where(REPORT.REFERENCE.eq(reference)).and(RECOMMENDATION.NUMBER.eq(number))
                .fetchSingle(RECOMMENDATION.ID);
    }

    private long reportId(String reference) {
        return dsl.select(REPORT.ID).from(REPORT).where(REPORT.REFERENCE.eq(reference)).fetchSingle(REPORT.ID);
    }

    private LocalDate published(String reference) {
        return dsl.select(REPORT.PUBLISHED_ON).from(REPORT).where(REPORT.REFERENCE.eq(reference))
                .fetchSingle(REPORT.PUBLISHED_ON);
    }
}
