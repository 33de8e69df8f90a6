package org.oversight.deadline.internal;

import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.oversight.deadline.ClockDetails;
import org.oversight.deadline.ClockEngine;
import org.oversight.deadline.ClockRule;
import org.oversight.deadline.ClockSpec;
import org.oversight.deadline.ClockState;
import org.oversight.deadline.internal.JooqClockRepository.StoredClock;
import org.oversight.recommendation.Status;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Reads the clocks of one tracked recommendation and evaluates them for a given day. */
@Component
public class JooqItemClocksQuery {

    /** The item the clocks belong to, for the heading and the access checks. */
    public record Item(long trackedId, long recipientId, long reportId, long watchdogId, String reportReference,
                       String reportTitle, String recommendationNumber, String recipientName, String watchdogName,
                       Status status) {
    }

    private final DSLContext dsl;
    private final JooqClockRepository clocks;
    private final ClockEngine engine;

    JooqItemClocksQuery(DSLContext dsl, JooqClockRepository clocks, ClockEngine engine) {
        this.dsl = dsl;
        this.clocks = clocks;
        this.engine = engine;
    }

    public Optional<Item> item(long trackedId) {
        var tr = TRACKED_RECOMMENDATION;
        var recipient = ORGANISATION.as("recipient");
        var watchdog = ORGANISATION.as("watchdog");
        return dsl.select(tr.ID, tr.RECIPIENT_ID, REPORT.ID, REPORT.WATCHDOG_ID, REPORT.REFERENCE, REPORT.TITLE,
                        RECOMMENDATION.NUMBER, recipient.NAME, watchdog.SHORT_NAME, tr.STATUS)
                .from(tr).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(recipient).on(recipient.ID.eq(tr.RECIPIENT_ID))
                .join(watchdog).on(watchdog.ID.eq(REPORT.WATCHDOG_ID))
                .where(tr.ID.eq(trackedId))
                .fetchOptional(r -> new Item(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10()));
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
        var extensions = clocks.extensions(ids).stream().collect(Collectors.groupingBy(JooqClockRepository.StoredExtension::clockId,
                Collectors.mapping(e -> new ClockDetails.ExtensionLine(e.receivedOn(), e.newDueOn(), e.reason(),
                        e.grantedBy(), e.grantedAt()), Collectors.toList())));
        var pauses = clocks.pauses(ids).stream().collect(Collectors.groupingBy(JooqClockRepository.StoredPause::clockId,
                Collectors.mapping(p -> new ClockDetails.PauseLine(p.from(), p.toInclusive(), p.reason(), p.createdBy()),
                        Collectors.toList())));
        var milestones = clocks.milestones(ids).stream().collect(Collectors.groupingBy(JooqClockRepository.StoredMilestone::clockId,
                Collectors.mapping(m -> new ClockDetails.MilestoneLine(m.label(), m.dueOn(), m.isPublic(),
                        !m.dueOn().isAfter(today)), Collectors.toList())));
        return stored.stream().map(c -> {
            ClockSpec spec = specs.get(c.id());
            ClockState state = engine.evaluate(spec, today);
            boolean stopped = !spec.isMet() && c.trackedId() != null && item.status().isClosed();
            return new ClockDetails(c.id(), c.version(), c.rule(), c.label(), c.startsOn(), state.originalDueOn(),
                    state.dueOn(), c.metOn(), state.phase(), state.daysLeft(), state.daysOverdue(), stopped,
                    extensions.getOrDefault(c.id(), List.of()), pauses.getOrDefault(c.id(), List.of()),
                    milestones.getOrDefault(c.id(), List.of()).stream()
                            .filter(m -> !spec.isMet() || !m.dueOn().isAfter(spec.metOn())).toList());
        }).toList();
    }
}
