package org.oversight.notification.internal;

import org.oversight.base.i18n.Messages;
import org.oversight.base.i18n.Wording;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import org.jooq.DSLContext;
import org.oversight.db.tables.Organisation;
import org.oversight.recommendation.Handoff;
import org.springframework.stereotype.Component;

/** What a handoff is about: whose plan or item, of which report, and where in the app to act on it. */
@Component
public class JooqHandoffSubjectQuery {

    /**
     * @param path  the address inside the app, "/plans/12" or "/recommendations/34"
     * @param about "the action plan of Devon and Cornwall Police for HMIC 2015/012 (Child protection inspection)"
     * @param aboutWording the same as keys, for the inbox line each reader reads in their own language
     */
    public record Subject(long recipientId, String recipientName, long watchdogId, String watchdogName, String path,
                          String about, String reportReference, String actorName, Wording aboutWording) {

        /** A subject whose words are given as they read (for mails written at once). */
        public Subject(long recipientId, String recipientName, long watchdogId, String watchdogName, String path,
                       String about, String reportReference, String actorName) {
            this(recipientId, recipientName, watchdogId, watchdogName, path, about, reportReference, actorName, null);
        }
    }

    private final DSLContext dsl;

    JooqHandoffSubjectQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Subject of(Handoff h) {
        Organisation recipient = ORGANISATION.as("recipient");
        Organisation watchdog = ORGANISATION.as("watchdog");
        String actor = dsl.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(h.actorId()))
                .fetchOptional(APP_USER.DISPLAY_NAME).orElseGet(() -> Messages.t("notification.about.someone"));
        if (h.planId() != null) {
            var r = dsl.select(recipient.ID, recipient.NAME, watchdog.ID, watchdog.NAME, REPORT.REFERENCE, REPORT.TITLE)
                    .from(ACTION_PLAN).join(REPORT).on(REPORT.ID.eq(ACTION_PLAN.REPORT_ID))
                    .join(recipient).on(recipient.ID.eq(ACTION_PLAN.ORGANISATION_ID))
                    .join(watchdog).on(watchdog.ID.eq(REPORT.WATCHDOG_ID))
                    .where(ACTION_PLAN.ID.eq(h.planId())).fetchSingle();
            Wording about = Wording.of("notification.about.plan", r.value2(), r.value5(), r.value6());
            return new Subject(r.value1(), r.value2(), r.value3(), r.value4(), "/plans/" + h.planId(), about.text(),
                    r.value5(), actor, about);
        }
        var r = dsl.select(recipient.ID, recipient.NAME, watchdog.ID, watchdog.NAME, REPORT.REFERENCE, REPORT.TITLE,
                        RECOMMENDATION.NUMBER)
                .from(TRACKED_RECOMMENDATION).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(recipient).on(recipient.ID.eq(TRACKED_RECOMMENDATION.RECIPIENT_ID))
                .join(watchdog).on(watchdog.ID.eq(REPORT.WATCHDOG_ID))
                .where(TRACKED_RECOMMENDATION.ID.eq(h.trackedId())).fetchSingle();
        Wording about = Wording.of("notification.about.recommendation", r.value7(), r.value5(), r.value6(), r.value2());
        return new Subject(r.value1(), r.value2(), r.value3(), r.value4(), "/recommendations/" + h.trackedId(),
                about.text(), r.value5(), actor, about);
    }
}
