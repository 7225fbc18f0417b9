package com.counteroffer.domain.market;

import java.util.Objects;

/**
 * A place to work. The seed ranks five US hubs by pay but gives no multiplier for any of them.
 *
 * @param rank 1 for the highest-paying hub, or null for places the seed does not rank
 * @param driver the seed's one-line reason for the hub's pay; empty when it gives none
 */
public record Hub(String id, String label, Integer rank, String driver,
                  String sourceId, FigureStatus status, String note) {

    public Hub {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        driver = driver == null ? "" : driver;
        note = note == null ? "" : note;
    }
}
