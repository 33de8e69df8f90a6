package org.oversight.bench;

import java.util.function.Supplier;

/**
 * One thing to time: a name for the BENCH line and the work, which returns its result (so that the JIT cannot
 * drop it). {@code floor} names the case it is compared with, if any: the ratio p95 / floor p95 is then printed.
 *
 * <pre>{@code
 * BenchCase.of("dashboard.service.surrey", () -> db.as("gen.surrey.chief", () -> dashboard.forUser(filter)))
 *         .against("dashboard.floor.surrey")
 * }</pre>
 */
public record BenchCase(String name, Supplier<?> work, String floor) {

    public static BenchCase of(String name, Supplier<?> work) {
        return new BenchCase(name, work, null);
    }

    /** The same case, compared with the floor of that name (which must run earlier in the same list). */
    public BenchCase against(String floorName) {
        return new BenchCase(name, work, floorName);
    }
}
