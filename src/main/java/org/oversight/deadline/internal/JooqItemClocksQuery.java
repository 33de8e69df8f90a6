package org.oversight.deadline.internal;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.CLOCK_EXTENSION;
import static org.oversight.db.Tables.CLOCK_MILESTONE;
import static org.oversight.db.Tables.CLOCK_PAUSE;
import static org.oversight.db.Tables.CLOCK_RESPONSE_LINK;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.oversight.deadline.ClockDetails;
import org.oversight.deadline.ClockDetails.ExtensionLine;
import org.oversight.deadline.ClockDetails.MilestoneLine;
import org.oversight.deadline.ClockDetails.PauseLine;
import org.oversight.deadline.ClockEngine;
import org.oversight.deadline.ClockRule;
import org.oversight.deadline.ClockExplanation;
import org.oversight.deadline.ClockSpec;
import org.oversight.deadline.ClockState;
import org.oversight.deadline.Extension;
import org.oversight.deadline.Pause;
import org.oversight.recommendation.Status;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record10;
import org.jooq.SelectField;
import org.jooq.Records;
import org.springframework.stereotype.Component;
import org.jooq.Param;
import org.oversight.base.Prepared;

/** Reads the clocks of one tracked recommendation and evaluates them for a given day. */
@Component
public class JooqItemClocksQuery {

    /** The item the clocks belong to, for the heading and the access checks. */
    public record Item(long trackedId, long recipientId, long reportId, long watchdogId, String reportReference,
                       String reportTitle, String recommendationNumber, String recipientName, String watchdogName,
                       Status status) {
    }

    private static final Param<Long> TRACKED = Prepared.value("tracked", Long.class);
    private static final Param<Long> REPORT_ID = Prepared.value("report", Long.class);
    private static final Param<Long> RECIPIENT_ID = Prepared.value("recipient", Long.class);
    private static final Param<LocalDate> TODAY = Prepared.value("today", LocalDate.class);

    private static final Field<List<ExtensionLine>> EXTENSIONS;
    private static final Field<List<PauseLine>> PAUSES;
    private static final Field<List<MilestoneLine>> MILESTONES;

    static {
        var grantedBy = APP_USER.as("granted_by");
        var recordedBy = APP_USER.as("recorded_by");
        EXTENSIONS = multiset(select(CLOCK_EXTENSION.RECEIVED_ON, CLOCK_EXTENSION.NEW_DUE_ON, CLOCK_EXTENSION.REASON,
                grantedBy.DISPLAY_NAME, CLOCK_EXTENSION.GRANTED_AT)
                .from(CLOCK_EXTENSION).leftJoin(grantedBy).on(grantedBy.ID.eq(CLOCK_EXTENSION.GRANTED_BY))
                .where(CLOCK_EXTENSION.CLOCK_ID.eq(CLOCK.ID))
                .orderBy(CLOCK_EXTENSION.RECEIVED_ON, CLOCK_EXTENSION.ID))
                .convertFrom(r -> r.map(Records.mapping(ExtensionLine::new)));
        PAUSES = multiset(select(CLOCK_PAUSE.FROM_ON, CLOCK_PAUSE.TO_ON, CLOCK_PAUSE.REASON, recordedBy.DISPLAY_NAME)
                .from(CLOCK_PAUSE).leftJoin(recordedBy).on(recordedBy.ID.eq(CLOCK_PAUSE.CREATED_BY))
                .where(CLOCK_PAUSE.CLOCK_ID.eq(CLOCK.ID))
                .orderBy(CLOCK_PAUSE.FROM_ON, CLOCK_PAUSE.ID))
                .convertFrom(r -> r.map(Records.mapping(PauseLine::new)));
        // a milestone has passed once due
        MILESTONES = multiset(select(CLOCK_MILESTONE.LABEL, CLOCK_MILESTONE.DUE_ON, CLOCK_MILESTONE.IS_PUBLIC,
                when(CLOCK_MILESTONE.DUE_ON.le(TODAY), inline(true)).otherwise(inline(false)))
                .from(CLOCK_MILESTONE).where(CLOCK_MILESTONE.CLOCK_ID.eq(CLOCK.ID))
                .orderBy(CLOCK_MILESTONE.DUE_ON))
                .convertFrom(r -> r.map(Records.mapping(MilestoneLine::new)));
    }

    /**
     * The clocks of one item page in one query, rendered once (decision 0146): each clock as stored, with the lines
     * a person reads under it (extensions, pauses, milestones) and the commissioner's published response. Action
     * targets are the plan's clocks, shown with their actions.
     */
    private static final Prepared<Record> CLOCKS = Prepared.select(dsl -> dsl.select(List.<SelectField<?>>of(
                    CLOCK.ID, CLOCK.VERSION, CLOCK.RULE, CLOCK.LABEL, CLOCK.TRACKED_RECOMMENDATION_ID, CLOCK.STARTS_ON,
                    CLOCK.MET_ON, EXTENSIONS, PAUSES, MILESTONES, CLOCK_RESPONSE_LINK.LINK))
            .from(CLOCK)
            .leftJoin(CLOCK_RESPONSE_LINK).on(CLOCK_RESPONSE_LINK.CLOCK_ID.eq(CLOCK.ID))
            .where(CLOCK.TRACKED_RECOMMENDATION_ID.eq(TRACKED)
                    .or(CLOCK.REPORT_ID.eq(REPORT_ID).and(CLOCK.ORGANISATION_ID.eq(RECIPIENT_ID))
                            .and(CLOCK.RULE.eq(ClockRule.PCC_RESPONSE))))
            .and(CLOCK.RULE.ne(ClockRule.ACTION_TARGET))
            .orderBy(CLOCK.STARTS_ON, CLOCK.ID), TRACKED, REPORT_ID, RECIPIENT_ID, TODAY);

    /** The item's heading on the item page, asked on every opening: rendered once, the item bound (decision 0146). */
    private static final Prepared<Record10<Long, Long, Long, Long, String, String, String, String, String, Status>> ITEM =
            Prepared.select(dsl -> {
                var tr = TRACKED_RECOMMENDATION;
                var recipient = ORGANISATION.as("recipient");
                var watchdog = ORGANISATION.as("watchdog");
                return dsl.select(tr.ID, tr.RECIPIENT_ID, REPORT.ID, REPORT.WATCHDOG_ID, REPORT.REFERENCE, REPORT.TITLE,
                                RECOMMENDATION.NUMBER, recipient.NAME, watchdog.SHORT_NAME, tr.STATUS)
                        .from(tr).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                        .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                        .join(recipient).on(recipient.ID.eq(tr.RECIPIENT_ID))
                        .join(watchdog).on(watchdog.ID.eq(REPORT.WATCHDOG_ID))
                        .where(tr.ID.eq(TRACKED));
            }, TRACKED);

    private final DSLContext dsl;
    private final ClockEngine engine;
    private final ClockExplanation explanation;

    JooqItemClocksQuery(DSLContext dsl, ClockEngine engine, ClockExplanation explanation) {
        this.dsl = dsl;
        this.engine = engine;
        this.explanation = explanation;
    }

    public Optional<Item> item(long trackedId) {
        return ITEM.fetchOptional(dsl, trackedId).map(Records.mapping(Item::new)::map);
    }

    /** The item's own clocks and the commissioner's clock of its report for the same force. */
    public List<ClockDetails> clocksOf(Item item, LocalDate today) {
        return CLOCKS.fetch(dsl, item.trackedId(), item.reportId(), item.recipientId(), today).map(r -> {
            ClockRule rule = r.get(CLOCK.RULE);
            LocalDate startsOn = r.get(CLOCK.STARTS_ON);
            LocalDate metOn = r.get(CLOCK.MET_ON);
            List<ExtensionLine> extensions = r.get(EXTENSIONS);
            List<PauseLine> pauses = r.get(PAUSES);
            // the engine's view of the clock, from the same lines a person reads
            ClockSpec spec = new ClockSpec(rule, startsOn, null,
                    pauses.stream().map(p -> new Pause(p.from(), p.toInclusive(), p.reason())).toList(),
                    extensions.stream().map(e -> new Extension(e.receivedOn(), e.newDueOn(), e.reason())).toList(),
                    metOn);
            ClockState state = engine.evaluate(spec, today);
            boolean stopped = !spec.isMet() && r.get(CLOCK.TRACKED_RECOMMENDATION_ID) != null && item.status().isClosed();
            return new ClockDetails(r.get(CLOCK.ID), r.get(CLOCK.VERSION), rule, r.get(CLOCK.LABEL), startsOn,
                    state.originalDueOn(), state.dueOn(), metOn, state.phase(), state.daysLeft(), state.daysOverdue(), stopped,
                    extensions, pauses, r.get(MILESTONES).stream()
                            .filter(m -> !spec.isMet() || !m.dueOn().isAfter(spec.metOn())).toList(),
                    explanation.explain(spec, today), r.get(CLOCK_RESPONSE_LINK.LINK));
        });
    }
}
