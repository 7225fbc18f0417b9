package com.counteroffer.domain.equity;

import com.counteroffer.domain.offer.Dilution;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The grant's share of the company today and after each funding round expected before an exit:
 * own × (1 − d)^k after k rounds that each sell d of the company.
 *
 * @param fullyDiluted today's fully diluted shares, given or implied
 * @param percentToday shares ÷ fully diluted × 100 (0.12 means 0.12 %)
 * @param dilutionPercentPerRound the share of the company each round sells, 0 to 100
 * @param path today (round 0) and then each round up to the exit
 * @param percentAtExit the last step's percent
 * @param fullyDilutedAtExit today's fully diluted ÷ (1 − d)^rounds
 */
public record Ownership(long shares, BigDecimal fullyDiluted, BigDecimal percentToday,
                        BigDecimal dilutionPercentPerRound, int roundsToExit, List<Step> path,
                        BigDecimal percentAtExit, BigDecimal fullyDilutedAtExit) {

    public Ownership {
        path = List.copyOf(path);
    }

    /** The path for {@code shares} of {@code fullyDiluted} over the offer's expected rounds. */
    public static Ownership of(long shares, BigDecimal fullyDiluted, Dilution dilution) {
        BigDecimal today = BigDecimal.valueOf(shares).movePointRight(2).divide(fullyDiluted, CompanyFacts.DIVISION);
        BigDecimal kept = BigDecimal.ONE.subtract(dilution.percentPerRound().movePointLeft(2));
        List<Step> path = new ArrayList<>();
        BigDecimal percent = today;
        path.add(new Step(0, percent));
        for (int round = 1; round <= dilution.roundsToExit(); round++) {
            percent = percent.multiply(kept);
            path.add(new Step(round, percent));
        }
        return new Ownership(shares, fullyDiluted, today, dilution.percentPerRound(), dilution.roundsToExit(), path,
                percent, ShareValues.fullyDilutedAtExit(fullyDiluted, dilution));
    }

    /** The ownership after {@code round} more rounds (0 = today). */
    public record Step(int round, BigDecimal percent) {
    }
}
