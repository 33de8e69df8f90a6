package org.oversight.scale;

import static org.oversight.scale.Vocabulary.pick;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes one report with its recommendations, fanned out to their recipients, and hands each recipient's share
 * to {@link AnswerWriter}. Forces inspected on their own get most reports; a national thematic inspection or an
 * inquiry report recommends to every force at once (the fan-out) and to national bodies.
 */
final class ReportWriter {

    /** One report to write: when, by whom, and whether it is national (thematic) or about one force. */
    record ReportSeed(LocalDate published, String watchdogCode, boolean thematic) {
    }

    /** A recommendation as written once, before it is tracked per recipient. */
    record Rec(long id, String number, String kind, String priority, String text) {
    }

    private final World world;
    private final AnswerWriter answers;
    private final Map<String, Integer> referenceCounters = new HashMap<>();

    ReportWriter(World world) {
        this.world = world;
        this.answers = new AnswerWriter(world);
    }

    void write(ReportSeed seed, SplittableRandom rng) {
        Reference ref = world.ref;
        Reference.Org watchdog = ref.watchdog(seed.watchdogCode());
        String kind = switch (seed.watchdogCode()) {
            case "HMICFRS" -> "INSPECTION";
            case "IOPC" -> "INVESTIGATION";
            default -> rng.nextDouble() < 0.7 ? "INQUIRY" : "RESEARCH";
        };
        Reference.Org force = seed.thematic() ? null : pickForce(rng);
        List<Reference.Theme> themes = distinct(rng, ref.themes(), 1 + rng.nextInt(3));
        long reportId = world.ids.report++;
        String title = title(seed, kind, force, themes.getFirst(), rng);
        String reference = reference(seed);
        People.Person inspector = world.people.inspector(watchdog.id(), rng);
        OffsetDateTime createdAt = World.during(seed.published(), rng);
        world.sinks.reports.add(reportId, watchdog.id(), kind, title, reference, seed.published(), null,
                "Findings on " + themes.getFirst().name().toLowerCase() + (force == null ? " across England and Wales"
                        : " in " + force.name()) + ", with the recommendations that follow from them.",
                null, createdAt, inspector.id());
        world.audit.add(createdAt, inspector, "REPORT_RECORDED", "report", reportId, null,
                Map.of("reference", reference, "title", title));
        for (Reference.Org f : forcesConcerned(seed, force, rng)) {
            world.sinks.reportForces.add(reportId, f.id());
        }
        themes.forEach(t -> world.sinks.reportThemes.add(reportId, t.id()));

        Map<Long, List<Rec>> byRecipient = new LinkedHashMap<>();
        int count = recommendationCount(seed, rng);
        for (int n = 1; n <= count; n++) {
            String recKind = recommendationKind(seed.watchdogCode(), rng);
            Reference.Theme theme = pick(rng, themes);
            List<Reference.Org> recipients = recipients(seed, force, rng);
            String text = text(recKind, theme, recipients, rng);
            String priority = "CAUSE_OF_CONCERN".equals(recKind) ? "HIGH"
                    : rng.nextDouble() < 0.15 ? "HIGH" : rng.nextDouble() < 0.6 ? "MEDIUM" : "LOW";
            Rec rec = new Rec(world.ids.recommendation++, String.valueOf(n), recKind, priority, text);
            world.sinks.recommendations.add(rec.id(), reportId, rec.number(), recKind, text, priority, createdAt);
            world.sinks.recommendationThemes.add(rec.id(), theme.id());
            if (rng.nextDouble() < 0.3) {
                Reference.Theme second = pick(rng, ref.themes());
                if (second.id() != theme.id()) {
                    world.sinks.recommendationThemes.add(rec.id(), second.id());
                }
            }
            recipients.forEach(r -> byRecipient.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(rec));
        }
        AnswerWriter.ReportFacts facts = new AnswerWriter.ReportFacts(reportId, title, seed.published(),
                seed.watchdogCode(), watchdog.id(), kind, themes.getFirst().name());
        byRecipient.forEach((recipientId, recs) -> answers.write(facts, recipientId, recs, rng));
    }

    private Reference.Org pickForce(SplittableRandom rng) {
        List<Reference.Org> forces = world.ref.forces();
        // the largest forces are inspected and investigated more often
        if (rng.nextDouble() < 0.12) {
            String big = pick(rng, List.of("METROPOLITAN", "METROPOLITAN", "GREATER_MANCHESTER", "WEST_MIDLANDS", "WEST_YORKSHIRE"));
            return forces.stream().filter(f -> f.code().equals(big)).findFirst().orElse(forces.getFirst());
        }
        return pick(rng, forces);
    }

    private List<Reference.Org> forcesConcerned(ReportSeed seed, Reference.Org force, SplittableRandom rng) {
        if (force != null) {
            return List.of(force);
        }
        // a thematic inspection visits a handful of forces and recommends to all; an inquiry names none
        return "HMICFRS".equals(seed.watchdogCode()) ? distinct(rng, world.ref.forces(), 6 + rng.nextInt(7)) : List.of();
    }

    private static int recommendationCount(ReportSeed seed, SplittableRandom rng) {
        if (seed.thematic()) {
            return 6 + rng.nextInt(11);
        }
        return "IOPC".equals(seed.watchdogCode()) ? 2 + rng.nextInt(7) : 7 + rng.nextInt(13);
    }

    private static String recommendationKind(String watchdogCode, SplittableRandom rng) {
        return switch (watchdogCode) {
            case "IOPC" -> "LEARNING_RECOMMENDATION";
            case "HMICFRS" -> {
                double r = rng.nextDouble();
                yield r < 0.06 ? "CAUSE_OF_CONCERN" : r < 0.46 ? "RECOMMENDATION" : "AREA_FOR_IMPROVEMENT";
            }
            default -> "RECOMMENDATION";
        };
    }

    private List<Reference.Org> recipients(ReportSeed seed, Reference.Org force, SplittableRandom rng) {
        List<Reference.Org> nationals = world.ref.nationalBodies();
        if (force != null) {
            return "IOPC".equals(seed.watchdogCode()) && rng.nextDouble() < 0.12 && !nationals.isEmpty()
                    ? List.of(pick(rng, nationals)) : List.of(force);
        }
        if (rng.nextDouble() < 0.22 || nationals.isEmpty()) {
            return world.ref.forces();
        }
        return distinct(rng, nationals, rng.nextDouble() < 0.8 ? 1 : 2);
    }

    private String text(String kind, Reference.Theme theme, List<Reference.Org> recipients, SplittableRandom rng) {
        String clause = pick(rng, Vocabulary.CLAUSES.getOrDefault(theme.code(), Vocabulary.CLAUSES.get("TRAINING")));
        Reference.Org first = recipients.getFirst();
        String who = recipients.size() > 1 ? "chief constables"
                : world.ref.nationalBodies().contains(first) ? "the " + first.name()
                : rng.nextDouble() < 0.5 ? "the force" : first.name();
        if ("CAUSE_OF_CONCERN".equals(kind)) {
            return "The approach to " + theme.name().toLowerCase() + " is a cause of concern. " + upperFirst(who)
                    + " should " + clause + ".";
        }
        String when = pick(rng, List.of("", "", "Within six months, ", "Within three months, ", "By the end of the year, "));
        return (when.isEmpty() ? upperFirst(who) : when + who) + " should " + clause + ".";
    }

    private static String upperFirst(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String title(ReportSeed seed, String kind, Reference.Org force, Reference.Theme theme, SplittableRandom rng) {
        String topic = theme.name().toLowerCase();
        int year = seed.published().getYear();
        return switch (seed.watchdogCode()) {
            case "HMICFRS" -> force == null
                    ? pick(rng, List.of("A national thematic inspection of " + topic,
                            "A joint inspection of the police response to " + topic.replace("and ", "")))
                    : pick(rng, List.of("PEEL " + year + ": police effectiveness, efficiency and legitimacy \u2013 " + force.name(),
                            "An inspection of " + topic + " in " + force.name(),
                            force.name() + ": a re-inspection of " + topic,
                            "Crime data integrity inspection " + year + " \u2013 " + force.name()));
            case "IOPC" -> "Investigation into " + pick(rng, Vocabulary.IOPC_INCIDENTS) + " by " + force.name();
            default -> "INQUIRY".equals(kind) ? "The police response to " + topic + ": investigation report"
                    : theme.name() + ": research for the Inquiry";
        };
    }

    private String reference(ReportSeed seed) {
        String key = seed.watchdogCode() + "-" + seed.published().getYear();
        int n = referenceCounters.merge(key, 1, Integer::sum);
        return key + "-" + String.format("%04d", n);
    }

    private static <T> List<T> distinct(SplittableRandom rng, List<T> from, int n) {
        List<T> pool = new ArrayList<>(from);
        List<T> chosen = new ArrayList<>();
        while (chosen.size() < n && !pool.isEmpty()) {
            chosen.add(pool.remove(rng.nextInt(pool.size())));
        }
        return chosen;
    }
}
