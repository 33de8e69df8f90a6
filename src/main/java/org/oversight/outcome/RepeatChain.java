package org.oversight.outcome;

import org.oversight.base.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A recommendation with every earlier one it repeats or builds on and every later one that repeats or builds on it,
 * oldest first, and the same in words: "First made by the IPCC in 2015; repeated by HMICFRS in 2019 and 2023."
 */
public record RepeatChain(long recommendationId, List<ChainStep> steps) {

    /** Watchdogs whose names take "the" in a sentence ("the IOPC", but "HMICFRS"). */
    private static final Set<String> WITH_ARTICLE = Set.of("IPCC", "IOPC");

    public RepeatChain {
        steps = List.copyOf(steps);
    }

    /** Whether the recommendation is linked to any other. */
    public boolean isLinked() {
        return steps.size() > 1;
    }

    public String inWords() {
        if (!isLinked()) {
            return "";
        }
        ChainStep first = steps.getFirst();
        StringBuilder s = new StringBuilder(Messages.t("outcome.chain.first", named(first.watchdog()),
                String.valueOf(first.year())));
        int i = 1;
        while (i < steps.size()) {
            ChainStep step = steps.get(i);
            LinkKind kind = step.linkKind() == null ? LinkKind.REPEATS : step.linkKind();
            Set<Integer> years = new LinkedHashSet<>();
            int j = i;
            while (j < steps.size() && steps.get(j).watchdog().equals(step.watchdog())
                    && (steps.get(j).linkKind() == null ? LinkKind.REPEATS : steps.get(j).linkKind()) == kind) {
                years.add(steps.get(j).year());
                j++;
            }
            s.append("; ").append(kind.byWhomAndWhen(named(step.watchdog()), joined(new ArrayList<>(years))));
            i = j;
        }
        return s.append('.').toString();
    }

    private static String named(String watchdog) {
        return WITH_ARTICLE.contains(watchdog) ? Messages.t("outcome.chain.with-article", watchdog) : watchdog;
    }

    private static String joined(List<Integer> years) {
        String s = years.getFirst().toString();
        for (int k = 1; k < years.size(); k++) {
            s = k == years.size() - 1 ? Messages.t("outcome.chain.and", s, years.get(k).toString()) : s + ", " + years.get(k);
        }
        return s;
    }
}
