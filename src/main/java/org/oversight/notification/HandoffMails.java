package org.oversight.notification;

import org.oversight.base.i18n.Messages;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.oversight.actionplan.PlanChanges;
import org.oversight.base.Formats;
import org.oversight.notification.internal.JooqHandoffRepository.Addressee;
import org.oversight.notification.internal.JooqHandoffSubjectQuery.Subject;
import org.oversight.notification.internal.MailTemplates;
import org.oversight.recommendation.Handoff;
import org.oversight.recommendation.HandoffKind;
import org.springframework.stereotype.Component;

/** The mail for each handoff, from its templates ({@code templates/mail/<kind>.html} and {@code .txt}). */
@Component
class HandoffMails {

    /**
     * What some mails of a handoff say beyond the decision itself.
     *
     * @param changes    for a plan submitted again after a return, what changed since; else null
     * @param escalation why a chief officer is copied, for their copy; else null
     */
    record Extra(PlanChanges changes, String escalation) {
        static final Extra NONE = new Extra(null, null);
    }

    /** A rendered handoff mail. */
    record Mail(String subject, String text, String html) {
    }

    private final MailTemplates templates;
    private final Links links;
    private final java.util.function.LongFunction<java.util.List<String>> clockExplanations;

    /** Mail without the clocks' explanations (template tests). */
    HandoffMails(MailTemplates templates, Links links) {
        this(templates, links, id -> java.util.List.of());
    }

    @org.springframework.beans.factory.annotation.Autowired
    HandoffMails(MailTemplates templates, Links links, org.oversight.deadline.ClockService clocks) {
        this(templates, links, clocks::explanationsForMail);
    }

    private HandoffMails(MailTemplates templates, Links links,
                         java.util.function.LongFunction<java.util.List<String>> clockExplanations) {
        this.templates = templates;
        this.links = links;
        this.clockExplanations = clockExplanations;
    }

    /**
     * @param to         who reads it
     * @param onBehalfOf the person whose mail a deputy reads, or null
     * @param coverEnds  the last day of that cover, or null
     */
    Mail write(Handoff h, Subject s, Addressee to, Addressee onBehalfOf, LocalDate coverEnds) {
        return write(h, s, to, onBehalfOf, coverEnds, Extra.NONE);
    }

    Mail write(Handoff h, Subject s, Addressee to, Addressee onBehalfOf, LocalDate coverEnds, Extra extra) {
        PlanChanges changes = extra.changes();
        String plain = changes == null ? subject(h, s)
                : Messages.t("notification.subject.plan-resubmitted", s.reportReference() + ", " + s.recipientName());
        String subject = extra.escalation() == null ? plain : Messages.t("notification.subject.escalated", plain);
        Map<String, Object> model = new HashMap<>();
        model.put("subject", subject);
        model.put("name", to.displayName());
        model.put("onBehalfOf", onBehalfOf == null ? null : onBehalfOf.displayName());
        model.put("coverEnds", coverEnds == null ? null : Formats.longDate(coverEnds));
        model.put("actor", s.actorName());
        model.put("recipient", s.recipientName());
        model.put("watchdog", s.watchdogName());
        model.put("about", s.about());
        model.put("action", h.subject());
        model.put("note", h.note());
        model.put("changes", changes);
        model.put("escalation", extra.escalation());
        model.put("clockSentence", clockSentences(h));
        model.put("link", links.to(s.path()));
        model.put("settingsLink", links.to("/inbox/settings"));
        var rendered = templates.render(template(h.kind()), model);
        return new Mail(subject, rendered.text(), rendered.html());
    }

    /**
     * The arithmetic of the dates a decision moves, in one sentence, or null when it moves none. The one place mail
     * says it: when the deadline feature explains clocks itself, this is the method to point at it.
     */
    /**
     * What the mail says about dates: the arithmetic of a date the decision moves, then each running clock of the
     * item explained by {@code deadline.ClockExplanation} ("Response deadline: Published 20 Nov 2026, plus 6
     * weeks: …"), or null when there is nothing to say.
     */
    String clockSentences(Handoff h) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        String moved = clockSentence(h);
        if (moved != null) {
            parts.add(moved);
        }
        if (h.trackedId() != null) {
            parts.addAll(clockExplanations.apply(h.trackedId()));
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    static String clockSentence(Handoff h) {
        if (h.fromDate() == null || h.toDate() == null) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(h.fromDate(), h.toDate());
        String shift = Messages.t(days < 0 ? "notification.mail.shift.earlier" : "notification.mail.shift.later",
                Math.abs(days));
        return Messages.t("notification.mail.dates-moved", Formats.longDate(h.fromDate()), Formats.longDate(h.toDate()),
                shift);
    }

    static String template(HandoffKind kind) {
        return kind.name().toLowerCase().replace('_', '-');
    }

    private static String subject(Handoff h, Subject s) {
        String item = s.reportReference() + ", " + s.recipientName();
        return switch (h.kind()) {
            case PLAN_SUBMITTED -> Messages.t("notification.subject.plan-submitted", item);
            case PLAN_ACCEPTED -> Messages.t("notification.subject.plan-accepted", item);
            case PLAN_RETURNED -> Messages.t("notification.subject.plan-returned", item);
            case REVISION_REQUESTED -> Messages.t("notification.subject.revision-requested", item, h.subject());
            case REVISION_APPROVED -> Messages.t("notification.subject.revision-approved", item, h.subject());
            case REVISION_REFUSED -> Messages.t("notification.subject.revision-refused", item, h.subject());
            case COMPLETION_CLAIMED -> Messages.t("notification.subject.completion-claimed", item);
            case CLAIM_VERIFIED -> Messages.t("notification.subject.claim-verified", item);
            case CLAIM_RETURNED -> Messages.t("notification.subject.claim-returned", item);
            case ITEM_REOPENED -> Messages.t("notification.subject.item-reopened", item);
            case ITEM_CLOSED -> Messages.t("notification.subject.item-closed", item);
            case COMMENT_TO_WATCHDOG, COMMENT_TO_RECIPIENT -> Messages.t("notification.subject.comment", item, s.actorName());
            case PLAN_CHASED -> Messages.t("notification.subject.plan-chased", item);
        };
    }
}
