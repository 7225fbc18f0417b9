package com.counteroffer.domain.offer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The funding rounds expected before an exit, each issuing new shares.
 *
 * @param percentPerRound the share of the company each round sells, 0 to 100 (default 20, an
 *     assumption the user can change)
 * @param roundsToExit how many more rounds before the exit (default 2)
 */
public record Dilution(BigDecimal percentPerRound, int roundsToExit) {

    public static final Dilution DEFAULT = new Dilution(BigDecimal.valueOf(20), 2);

    public Dilution {
        Objects.requireNonNull(percentPerRound, "percentPerRound");
    }
}
