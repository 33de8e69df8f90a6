package org.oversight.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void aHistogramsLiveHeapLeavesOutTheCollectorsFillers() {
        List<String> jcmd = List.of("7322:", " num     #instances         #bytes  class name (module)",
                "-------------------------------------------------------",
                "   1:         27897       70081888  [Ljdk.internal.vm.FillerElement; (java.base@25.0.3)",
                "   2:        384458       50630976  [B (java.base@25.0.3)",
                "   3:            12            960  com.vaadin.flow.spring.SpringVaadinSession",
                "   4:            11            880  com.vaadin.flow.component.UI",
                "Total       412378      120714804");

        AppNode.LiveHeap heap = AppNode.histogram(jcmd, 8132);

        assertThat(heap.bytes()).isEqualTo(120_714_804L - 70_081_888L);
        assertThat(heap.vaadinSessions()).isEqualTo(12);
        assertThat(heap.uis()).isEqualTo(11);
        assertThat(heap.byClass()).containsOnlyKeys("[B", "com.vaadin.flow.spring.SpringVaadinSession",
                "com.vaadin.flow.component.UI");
    }
}
