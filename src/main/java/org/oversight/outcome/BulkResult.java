package org.oversight.outcome;

/**
 * What a bulk action did: it applied to every chosen item (all or nothing; when an item cannot take it, a
 * {@link BulkRefusedException} says which and why, and nothing is done).
 */
public record BulkResult(int applied) {
}
