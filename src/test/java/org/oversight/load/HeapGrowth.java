package org.oversight.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the sessions keep, by class: the difference between two class histograms of a node (each read after a full
 * collection, {@link AppNode#liveHeap}), per session opened. Printed after the heap line of a capacity run, so that
 * a figure over the goal comes with where it goes (docs/performance.md, "Capacity": what each session keeps); the
 * two histograms are kept in target/load/ to be compared at leisure.
 */
final class HeapGrowth {

    /** Live instances and bytes of one class. */
    record Count(long instances, long bytes) {
        Count plus(Count other) {
            return new Count(instances + other.instances, bytes + other.bytes);
        }
    }

    /** One class's growth between two histograms. */
    record Growth(String type, long instances, long bytes) {
    }

    private static final int SHOWN = 25;

    private HeapGrowth() {
    }

    /** Each class's growth from {@code before} to {@code after}, largest in bytes first. */
    static List<Growth> between(Map<String, Count> before, Map<String, Count> after) {
        Set<String> types = new HashSet<>(before.keySet());
        types.addAll(after.keySet());
        List<Growth> growth = new ArrayList<>();
        for (String type : types) {
            Count b = before.getOrDefault(type, new Count(0, 0));
            Count a = after.getOrDefault(type, new Count(0, 0));
            growth.add(new Growth(type, a.instances() - b.instances(), a.bytes() - b.bytes()));
        }
        growth.sort(Comparator.comparingLong(Growth::bytes).reversed().thenComparing(Growth::type));
        return growth;
    }

    /**
     * Prints, per session, the classes that grew most in bytes, and the application's and Vaadin's own classes that
     * grew most in instances (which say what is kept: a view, a grid's rows, a listener), and keeps both histograms
     * of each node as {@code target/load/histogram-PORT-before.txt} and {@code -after.txt}.
     */
    static void print(List<AppNode> nodes, List<AppNode.LiveHeap> before, List<AppNode.LiveHeap> after, int sessions)
            throws IOException {
        for (int i = 0; i < nodes.size(); i++) {
            Path dir = Path.of("target", "load");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("histogram-" + nodes.get(i).port + "-before.txt"), before.get(i).histogram());
            Files.writeString(dir.resolve("histogram-" + nodes.get(i).port + "-after.txt"), after.get(i).histogram());
        }
        if (sessions == 0) {
            return;
        }
        Map<String, Count> b = sum(before);
        Map<String, Count> a = sum(after);
        List<Growth> growth = between(b, a);
        System.out.println("# heap growth per session, by class (bytes):");
        growth.stream().limit(SHOWN).forEach(g -> System.out.println(line(g, sessions)));
        Predicate<Growth> ours = g -> g.type().startsWith("org.oversight.") || g.type().startsWith("com.vaadin.");
        System.out.println("# the application's and Vaadin's classes, by instances kept per session:");
        growth.stream().filter(ours).filter(g -> g.instances() > 0)
                .sorted(Comparator.comparingLong(Growth::instances).reversed().thenComparing(Growth::type))
                .limit(SHOWN).forEach(g -> System.out.println(line(g, sessions)));
    }

    private static String line(Growth g, int sessions) {
        return String.format(Locale.ROOT, "#   %10.1f KB %10.1f objects  %s", g.bytes() / 1024.0 / sessions,
                (double) g.instances() / sessions, g.type());
    }

    private static Map<String, Count> sum(List<AppNode.LiveHeap> heaps) {
        Map<String, Count> all = new HashMap<>();
        heaps.forEach(h -> h.byClass().forEach((type, count) -> all.merge(type, count, Count::plus)));
        return all;
    }
}
