package com.counteroffer.domain.market;

import java.util.Objects;

/**
 * The US Department of Labor's prevailing wage for one metro, annual base in dollars.
 * Levels I to IV sit near the 17th, 34th, 50th and 67th percentile.
 *
 * @param hubId the hub this metro serves (San Francisco and San Jose both serve "sf")
 */
public record PrevailingWage(String metro, String hubId, long level1, long level2, long level3, long level4,
                             String sourceId, FigureStatus status, String note) {

    public PrevailingWage {
        Objects.requireNonNull(metro, "metro");
        Objects.requireNonNull(hubId, "hubId");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        if (level1 < 0 || level2 <= level1 || level3 <= level2 || level4 <= level3) {
            throw new IllegalArgumentException(metro + " prevailing wages must rise from level I to IV");
        }
        note = note == null ? "" : note;
    }
}
