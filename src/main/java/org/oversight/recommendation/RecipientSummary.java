package org.oversight.recommendation;

import org.oversight.base.i18n.Messages;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far the recipients of one recommendation have got: "44 recipients: 30 verified, 10 in progress, 4 awaiting
 * a plan". Statuses are grouped into the stages people talk about, furthest along first.
 */
public record RecipientSummary(Map<Status, Integer> counts) {

    /** The stages, in the order they are read out; each covers one or more statuses. */
    private static final Map<String, Set<Status>> STAGES = stageDefinitions();

    public RecipientSummary {
        counts = counts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counts));
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(Status status) {
        return counts.getOrDefault(status, 0);
    }

    /** A stage and how many recipients are at it, e.g. ("in-progress", 10). */
    public record Stage(String code, int count) {

        /** "10 in progress", in the reader's language. */
        public String words() {
            return Messages.t(STAGE + code, count);
        }
    }

    private static final String STAGE = "recommendation.stage.";

    /** The stages with at least one recipient, furthest along first. */
    public List<Stage> stages() {
        List<Stage> parts = new ArrayList<>();
        STAGES.forEach((code, statuses) -> {
            int n = statuses.stream().mapToInt(this::count).sum();
            if (n > 0) {
                parts.add(new Stage(code, n));
            }
        });
        return parts;
    }

    /** "44 recipients: 30 verified, 10 in progress, 4 awaiting a plan". */
    public String describe() {
        int total = total();
        String head = Messages.t("recommendation.stage.recipients", total);
        List<String> parts = stages().stream().map(Stage::words).toList();
        return parts.isEmpty() ? head : Messages.t("recommendation.stage.summary", head, String.join(", ", parts));
    }

    private static Map<String, Set<Status>> stageDefinitions() {
        Map<String, Set<Status>> m = new LinkedHashMap<>();
        m.put("verified", Set.of(Status.VERIFIED_IMPLEMENTED));
        m.put("closed-not-implemented", Set.of(Status.CLOSED_NOT_IMPLEMENTED));
        m.put("no-further-action", Set.of(Status.NO_FURTHER_ACTION));
        m.put("superseded", Set.of(Status.SUPERSEDED));
        m.put("reported-complete", Set.of(Status.REPORTED_COMPLETE));
        m.put("in-progress", Set.of(Status.PLAN_ACCEPTED, Status.IN_PROGRESS));
        m.put("plan-submitted", Set.of(Status.PLAN_SUBMITTED));
        m.put("awaiting-plan", Set.of(Status.OPEN, Status.PLAN_AWAITED));
        return m;
    }
}
