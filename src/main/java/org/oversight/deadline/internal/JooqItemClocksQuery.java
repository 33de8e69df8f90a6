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
import java.util.Map;
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
import org.oversight.deadline.internal.JooqClockRepository.StoredClock;
import org.oversight.recommendation.Status;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Component;
import org.jooq.Param;
import org.oversight.base.Prepared;
import org.oversight.base.RenderedOnce;

/** Reads the clocks of one tracked recommendation and evaluates them for a given day. */
@Component
public class JooqItemClocksQuery {

    /** The item the clocks belong to, for the heading and the access checks. */
    public record Item(long trackedId, long recipientId, long reportId, long watchdogId, String reportReference,
                       String reportTitle, String recommendationNumber, String recipientName, String watchdogName,
                       Status status) {
    }

    private static final Param<Long> TRACKED = Prepared.value("tracked", Long.class);

    private final DSLContext dsl;
    /** The item's heading on the item page, asked on every opening: rendered once, the item bound (decision 0146). */
    private final RenderedOnce<String> byItem = new RenderedOnce<>(2, TRACKED);
    private final JooqClockRepository clocks;
    private final ClockEngine engine;
    private final ClockExplanation explanation;

    JooqItemClocksQuery(DSLContext dsl, JooqClockRepository clocks, ClockEngine engine, ClockExplanation explanation) {
        this.dsl = dsl;
        this.clocks = clocks;
        this.engine = engine;
        this.explanation = explanation;
    }

    public Optional<Item> item(long trackedId) {
        var tr = TRACKED_RECOMMENDATION;
        var recipient = ORGANISATION.as("recipient");
        var watchdog = ORGANISATION.as("watchdog");
        return byItem.fetchOptional(dsl, "item", () -> dsl.select(tr.ID, tr.RECIPIENT_ID, REPORT.ID, REPORT.WATCHDOG_ID,
                        REPORT.REFERENCE, REPORT.TITLE, RECOMMENDATION.NUMBER, recipient.NAME, watchdog.SHORT_NAME, tr.STATUS)
                .from(tr).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(recipient).on(recipient.ID.eq(tr.RECIPIENT_ID))
                .join(watchdog).on(watchdog.ID.eq(REPORT.WATCHDOG_ID))
                .where(tr.ID.eq(TRACKED)), trackedId)
                .map(Records.mapping(Item::new)::map);
    }

    /** The item's own clocks and the commissioner's clock of its report for the same force. */
    public List<ClockDetails> clocksOf(Item item, LocalDate today) {
        List<StoredClock> stored = clocks.clocks(CLOCK.TRACKED_RECOMMENDATION_ID.eq(item.trackedId())
                .or(CLOCK.REPORT_ID.eq(item.reportId()).and(CLOCK.ORGANISATION_ID.eq(item.recipientId()))
                        .and(CLOCK.RULE.eq(ClockRule.PCC_RESPONSE))));
        if (stored.isEmpty()) {
            return List.of();
        }
        List<Long> ids = stored.stream().map(StoredClock::id).toList();
        Map<Long, ClockSpec> specs = clocks.specs(stored);
        Map<Long, Lines> lines = lines(ids, today);
        Map<Long, String> links = dsl.select(CLOCK_RESPONSE_LINK.CLOCK_ID, CLOCK_RESPONSE_LINK.LINK)
                .from(CLOCK_RESPONSE_LINK).where(CLOCK_RESPONSE_LINK.CLOCK_ID.in(ids))
                .fetchMap(CLOCK_RESPONSE_LINK.CLOCK_ID, CLOCK_RESPONSE_LINK.LINK);
        return stored.stream().map(c -> {
            ClockSpec spec = specs.get(c.id());
            Lines line = lines.get(c.id());
            ClockState state = engine.evaluate(spec, today);
            boolean stopped = !spec.isMet() && c.trackedId() != null && item.status().isClosed();
            return new ClockDetails(c.id(), c.version(), c.rule(), c.label(), c.startsOn(), state.originalDueOn(),
                    state.dueOn(), c.metOn(), state.phase(), state.daysLeft(), state.daysOverdue(), stopped,
                    line.extensions(), line.pauses(), line.milestones().stream()
                            .filter(m -> !spec.isMet() || !m.dueOn().isAfter(spec.metOn())).toList(),
                    explanation.explain(spec, today), links.get(c.id()));
        }).toList();
    }

    /** What a person reads under one clock: its extensions, pauses and milestones. */
    private record Lines(long clockId, List<ExtensionLine> extensions, List<PauseLine> pauses,
                         List<MilestoneLine> milestones) {
    }

    /** The lines of each clock, read as nested collections in one query; a milestone has passed once due. */
    private Map<Long, Lines> lines(List<Long> clockIds, LocalDate today) {
        var grantedBy = APP_USER.as("granted_by");
        var recordedBy = APP_USER.as("recorded_by");
        return dsl.select(CLOCK.ID,
                        multiset(select(CLOCK_EXTENSION.RECEIVED_ON, CLOCK_EXTENSION.NEW_DUE_ON, CLOCK_EXTENSION.REASON,
                                grantedBy.DISPLAY_NAME, CLOCK_EXTENSION.GRANTED_AT)
                                .from(CLOCK_EXTENSION).leftJoin(grantedBy).on(grantedBy.ID.eq(CLOCK_EXTENSION.GRANTED_BY))
                                .where(CLOCK_EXTENSION.CLOCK_ID.eq(CLOCK.ID))
                                .orderBy(CLOCK_EXTENSION.RECEIVED_ON, CLOCK_EXTENSION.ID))
                                .convertFrom(r -> r.map(Records.mapping(ExtensionLine::new))),
                        multiset(select(CLOCK_PAUSE.FROM_ON, CLOCK_PAUSE.TO_ON, CLOCK_PAUSE.REASON, recordedBy.DISPLAY_NAME)
                                .from(CLOCK_PAUSE).leftJoin(recordedBy).on(recordedBy.ID.eq(CLOCK_PAUSE.CREATED_BY))
                                .where(CLOCK_PAUSE.CLOCK_ID.eq(CLOCK.ID))
                                .orderBy(CLOCK_PAUSE.FROM_ON, CLOCK_PAUSE.ID))
                                .convertFrom(r -> r.map(Records.mapping(PauseLine::new))),
                        multiset(select(CLOCK_MILESTONE.LABEL, CLOCK_MILESTONE.DUE_ON, CLOCK_MILESTONE.IS_PUBLIC,
                                when(CLOCK_MILESTONE.DUE_ON.le(today), inline(true)).otherwise(inline(false)))
                                .from(CLOCK_MILESTONE).where(CLOCK_MILESTONE.CLOCK_ID.eq(CLOCK.ID))
                                .orderBy(CLOCK_MILESTONE.DUE_ON))
                                .convertFrom(r -> r.map(Records.mapping(MilestoneLine::new))))
                .from(CLOCK).where(CLOCK.ID.in(clockIds))
                .fetchMap(CLOCK.ID, Records.mapping(Lines::new));
    }
}
