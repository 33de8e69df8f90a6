package org.oversight.recommendation;

import java.util.List;

/**
 * Published in the transaction that moved tracked items to another status or opened new ones, so that readers of
 * the register kept elsewhere (the public register's snapshot) see the move as soon as it is committed.
 */
public record ItemsMoved(List<Long> trackedIds) {

    public ItemsMoved {
        trackedIds = List.copyOf(trackedIds);
    }
}
