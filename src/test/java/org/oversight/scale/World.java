package org.oversight.scale;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.oversight.deadline.ResponseDeadlines;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;

/** What every part of one generation shares: the day it is generated for, who is who, ids, sinks and the trail. */
final class World {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    final LocalDate today;
    final Reference ref;
    final People people;
    final Ids ids;
    final Sinks sinks;
    final AuditTrail audit;
    private final ResponseDeadlines deadlines;
    private final Map<String, LocalDate> responseDueCache = new HashMap<>();

    World(LocalDate today, Reference ref, People people, Ids ids, Sinks sinks, AuditTrail audit, ResponseDeadlines deadlines) {
        this.today = today;
        this.ref = ref;
        this.people = people;
        this.ids = ids;
        this.sinks = sinks;
        this.audit = audit;
        this.deadlines = deadlines;
    }

    /** The response deadline by the watchdog's rule (clock engine), computed once per rule and day. */
    LocalDate responseDue(String watchdogCode, String reportKind, String recommendationKind, LocalDate madeOn) {
        String key = watchdogCode + '|' + reportKind + '|' + recommendationKind + '|' + madeOn;
        return responseDueCache.computeIfAbsent(key,
                k -> deadlines.responseDue(watchdogCode, ReportKind.valueOf(reportKind),
                        RecommendationKind.valueOf(recommendationKind), madeOn));
    }

    /** A moment in office hours (08:30–18:00, UK time) on the day. */
    static OffsetDateTime during(LocalDate day, SplittableRandom rng) {
        return day.atTime(LocalTime.of(8, 30).plusMinutes(rng.nextInt(570))).atZone(UK).toOffsetDateTime();
    }

    /** A moment on the day that is after {@code previous} (same-day steps of one item keep their order). */
    static OffsetDateTime after(OffsetDateTime previous, LocalDate day, SplittableRandom rng) {
        OffsetDateTime at = during(day, rng);
        return previous != null && !at.isAfter(previous) ? previous.plusMinutes(1 + rng.nextInt(30)) : at;
    }
}
