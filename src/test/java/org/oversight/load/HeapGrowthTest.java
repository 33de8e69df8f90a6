package org.oversight.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The load test says which classes the sessions keep: two histograms compared class by class. */
class HeapGrowthTest {

    @Test
    void comparesTwoHistogramsClassByClassLargestGrowthFirst() {
        Map<String, HeapGrowth.Count> before = Map.of(
                "byte[]", new HeapGrowth.Count(100, 10_000),
                "com.vaadin.flow.internal.StateNode", new HeapGrowth.Count(10, 800),
                "java.lang.Gone", new HeapGrowth.Count(5, 500));
        Map<String, HeapGrowth.Count> after = Map.of(
                "byte[]", new HeapGrowth.Count(120, 12_000),
                "com.vaadin.flow.internal.StateNode", new HeapGrowth.Count(1010, 80_800),
                "org.oversight.New", new HeapGrowth.Count(3, 72));

        assertThat(HeapGrowth.between(before, after)).containsExactly(
                new HeapGrowth.Growth("com.vaadin.flow.internal.StateNode", 1000, 80_000),
                new HeapGrowth.Growth("byte[]", 20, 2_000),
                new HeapGrowth.Growth("org.oversight.New", 3, 72),
                new HeapGrowth.Growth("java.lang.Gone", -5, -500));
    }
}
