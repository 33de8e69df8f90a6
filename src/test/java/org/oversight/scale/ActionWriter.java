package org.oversight.scale;

import static org.oversight.scale.Vocabulary.pick;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The actions that answer one tracked recommendation: due dates (some moved, with the original kept), progress
 * updates every few months, evidence on completion, and cancellation when the item is closed without its work.
 * Half the actions finish on time; the rest slip by days to more than a year, the slow recipients most.
 */
final class ActionWriter {

    /** An action as planned, with when it will really finish and whether its due date gets moved. */
    record Draft(String title, String description, String owner, boolean ownedByLead, LocalDate created,
                 LocalDate originalDue, LocalDate finishes, Revision revision, LocalDate dueNow) {
    }

    /** A request to move the due date; decided is null while it is pending. */
    record Revision(LocalDate requested, LocalDate to, LocalDate decided) {
    }

    private static final int[] ACTIONS_WEIGHTS = {25, 25, 22, 16, 12};

    private final World world;

    ActionWriter(World world) {
        this.world = world;
    }

    List<Draft> draft(ReportWriter.Rec rec, Lifecycle.PlanDates plan, double pace, SplittableRandom rng) {
        int n = 1 + weighted(rng, ACTIONS_WEIGHTS);
        List<Draft> drafts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int horizon = "HIGH".equals(rec.priority()) ? 30 + rng.nextInt(241) : 45 + rng.nextInt(496);
            LocalDate originalDue = Lifecycle.max(plan.created().plusDays(horizon), plan.accepted().plusDays(14));
            long slip = slip(rng, pace);
            LocalDate finishes = Lifecycle.max(originalDue.plusDays(slip), plan.accepted().plusDays(7));
            Revision revision = null;
            if (slip > 14 && rng.nextDouble() < 0.55) {
                LocalDate requested = Lifecycle.max(originalDue.minusDays(20 - rng.nextInt(30)), plan.accepted().plusDays(1));
                if (requested.isBefore(world.today)) {
                    LocalDate decided = requested.plusDays(2 + rng.nextInt(19));
                    revision = new Revision(requested, finishes.plusDays(rng.nextInt(22)),
                            decided.isBefore(world.today) ? decided : null);
                }
            }
            LocalDate dueNow = revision != null && revision.decided() != null ? revision.to() : originalDue;
            String title = pick(rng, Vocabulary.ACTION_VERBS) + " " + pick(rng, Vocabulary.ACTION_OBJECTS);
            drafts.add(new Draft(title, "Answers recommendation " + rec.number() + ": " + rec.text(),
                    Vocabulary.owner(rng), rng.nextDouble() < 0.3, plan.created(), originalDue, finishes, revision, dueNow));
        }
        return drafts;
    }

    /** Days late (negative: early) relative to the original due date. */
    private static long slip(SplittableRandom rng, double pace) {
        double u = rng.nextDouble();
        if (u < 0.5) {
            return -rng.nextInt(61);
        }
        int days = u < 0.7 ? 1 + rng.nextInt(30) : u < 0.83 ? 31 + rng.nextInt(60) : u < 0.93 ? 91 + rng.nextInt(90)
                : 181 + rng.nextInt(320);
        return Math.round(days * pace);
    }

    void write(long planId, long watchdogId, long trackedId, Long alsoAnswers, List<Draft> drafts,
               Lifecycle.PlanDates plan, LocalDate cancelledOn, People.Person lead, SplittableRandom rng) {
        LocalDate today = world.today;
        boolean accepted = plan.accepted().isBefore(today);
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            long actionId = world.ids.action++;
            boolean cancelled = cancelledOn != null && cancelledOn.isBefore(d.finishes());
            LocalDate stop = cancelled ? cancelledOn : d.finishes();
            OffsetDateTime createdAt = World.during(d.created(), rng);
            OffsetDateTime last = createdAt;
            int progress = 0;
            int version = 0;
            if (accepted) {
                long span = Math.max(1, ChronoUnit.DAYS.between(plan.accepted(), d.finishes()));
                for (LocalDate t = plan.accepted().plusDays(7 + rng.nextInt(34)); t.isBefore(stop) && t.isBefore(today);
                     t = t.plusDays(90 + rng.nextInt(111))) {
                    progress = Math.clamp(Math.round(ChronoUnit.DAYS.between(plan.accepted(), t) * 20.0 / span) * 5, 5, 95);
                    last = World.after(last, t, rng);
                    update(actionId, pick(rng, Vocabulary.UPDATE_BODIES), progress, last, lead, rng.nextDouble() < 0.08, rng);
                    version++;
                }
            }
            boolean done = !cancelled && d.finishes().isBefore(today);
            if (done) {
                last = World.after(last, d.finishes(), rng);
                progress = 100;
                update(actionId, "Action complete. " + pick(rng, Vocabulary.COMPLETION), 100, last, lead,
                        rng.nextDouble() < 0.65, rng);
                version++;
            }
            Revision r = d.revision() != null && (!cancelled || d.revision().requested().isBefore(cancelledOn)) ? d.revision() : null;
            if (r != null) {
                version += revision(actionId, d, r, watchdogId, lead, rng);
            }
            String status = cancelled && cancelledOn.isBefore(today) ? "CANCELLED" : done ? "DONE"
                    : !accepted ? "NOT_STARTED" : rng.nextDouble() < 0.04 ? "BLOCKED" : "IN_PROGRESS";
            LocalDate dueNow = r == null ? d.originalDue() : d.dueNow();
            world.sinks.actions.add(actionId, planId, d.title(), d.description(), d.owner(), d.ownedByLead() ? lead.id() : null,
                    dueNow, d.originalDue(), accepted ? dueNow : null, progress, status, done ? d.finishes() : null,
                    createdAt, last, lead.id(), version);
            world.sinks.actionRecommendations.add(actionId, trackedId);
            if (i == 0 && alsoAnswers != null) {
                world.sinks.actionRecommendations.add(actionId, alsoAnswers);
            }
        }
    }

    /** The completion claim's own update on the tracked item (what the recipient says was done). */
    void claimUpdate(long trackedId, String summary, OffsetDateTime at, People.Person lead) {
        long id = world.ids.update++;
        world.sinks.updates.add(id, null, trackedId, summary, null, at, lead.id());
        world.audit.add(at, lead, "PROGRESS_UPDATE_POSTED", "progress_update", id, null, Map.of("trackedRecommendation", trackedId));
    }

    private int revision(long actionId, Draft d, Revision r, long watchdogId, People.Person lead, SplittableRandom rng) {
        OffsetDateTime requestedAt = World.during(r.requested(), rng);
        People.Person inspector = world.people.inspector(watchdogId, rng);
        OffsetDateTime decidedAt = r.decided() == null ? null : World.after(requestedAt, r.decided(), rng);
        world.sinks.revisions.add(world.ids.revision++, actionId, d.originalDue(), r.to(),
                pick(rng, Vocabulary.UPDATE_BODIES), requestedAt, lead.id(), decidedAt == null ? "PENDING" : "APPROVED",
                decidedAt, decidedAt == null ? null : inspector.id(), decidedAt == null ? null : "Agreed");
        world.audit.add(requestedAt, lead, "DUE_DATE_REVISION_REQUESTED", "action", actionId,
                Map.of("dueOn", d.originalDue().toString()), Map.of("dueOn", r.to().toString()));
        if (decidedAt != null) {
            world.audit.add(decidedAt, inspector, "DUE_DATE_REVISION_APPROVED", "action", actionId,
                    Map.of("dueOn", d.originalDue().toString()), Map.of("dueOn", r.to().toString()));
        }
        return decidedAt == null ? 1 : 2;
    }

    private void update(long actionId, String body, int progress, OffsetDateTime at, People.Person lead, boolean withEvidence,
                        SplittableRandom rng) {
        long id = world.ids.update++;
        world.sinks.updates.add(id, actionId, null, body, progress, at, lead.id());
        world.audit.add(at, lead, "PROGRESS_UPDATE_POSTED", "progress_update", id, null,
                Map.of("action", actionId, "progress", progress));
        if (withEvidence) {
            long evidenceId = world.ids.evidence++;
            boolean csv = rng.nextDouble() < 0.3;
            String text = csv ? "date,item,result\n" + at.toLocalDate() + ",\"" + body.replace("\"", "'") + "\"," + progress + "\n"
                    : "Evidence for action " + actionId + " (" + progress + "% complete), " + at.toLocalDate() + ":\n" + body + "\n";
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            LocalDate dated = at.toLocalDate().minusDays(rng.nextInt(21));
            world.sinks.evidence.add(evidenceId, id, (csv ? "audit-results-" : "evidence-note-") + id + (csv ? ".csv" : ".txt"),
                    csv ? "text/csv" : "text/plain", (long) bytes.length, sha256(bytes), dated,
                    rng.nextDouble() < 0.1 ? dated.plusYears(1 + rng.nextInt(3)) : null, at, lead.id());
            world.sinks.evidenceFiles.add(evidenceId, bytes);
        }
    }

    private static int weighted(SplittableRandom rng, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = rng.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
