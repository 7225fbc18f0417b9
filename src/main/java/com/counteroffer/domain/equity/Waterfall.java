package com.counteroffer.domain.equity;

import com.counteroffer.domain.offer.Preferences;
import java.math.BigDecimal;

/**
 * Who gets what when the company sells for {@code exitValue}, with one class of preferred stock:
 * preferences first, then the rest pro rata. Non-participating preferred takes the larger of its
 * preference and converting to common; participating preferred takes both.
 *
 * @param preferredPayout what the preferred holders receive
 * @param commonPayout what everyone else receives (common, options, new rounds' shares as converted)
 * @param perCommonShare commonPayout ÷ the shares it is shared among; 0 below the preferences
 * @param converted true when non-participating preferred does better converting to common
 */
public record Waterfall(BigDecimal exitValue, BigDecimal preferredPayout, BigDecimal commonPayout,
                        BigDecimal perCommonShare, boolean converted) {

    /**
     * @param fullyDiluted all shares at the exit, as converted
     * @param preferredShares the preferred stock's shares, as converted (0 when there is no preference)
     * @throws IllegalArgumentException for a negative exit, no shares, or preferred shares below 0 or
     *     above all shares
     */
    public static Waterfall at(BigDecimal exitValue, Preferences preferences, BigDecimal fullyDiluted,
                               BigDecimal preferredShares) {
        if (exitValue.signum() < 0) {
            throw new IllegalArgumentException("an exit needs a value of 0 or more");
        }
        checkShares(fullyDiluted, preferredShares);
        BigDecimal preference = preferences.total();
        BigDecimal taken = exitValue.min(preference);
        BigDecimal rest = exitValue.subtract(taken);
        if (preferences.participating()) {
            BigDecimal perShare = rest.divide(fullyDiluted, CompanyFacts.DIVISION);
            BigDecimal preferred = taken.add(perShare.multiply(preferredShares));
            return new Waterfall(exitValue, preferred, exitValue.subtract(preferred), perShare, false);
        }
        BigDecimal asConverted = exitValue.multiply(preferredShares).divide(fullyDiluted, CompanyFacts.DIVISION);
        if (asConverted.compareTo(taken) > 0) {
            return new Waterfall(exitValue, asConverted, exitValue.subtract(asConverted),
                    exitValue.divide(fullyDiluted, CompanyFacts.DIVISION), true);
        }
        BigDecimal commonShares = fullyDiluted.subtract(preferredShares);
        if (commonShares.signum() == 0) {
            // Preferred holds every share and keeps its preference: the whole exit (then rest is 0).
            return new Waterfall(exitValue, exitValue, BigDecimal.ZERO, BigDecimal.ZERO, false);
        }
        return new Waterfall(exitValue, taken, rest, rest.divide(commonShares, CompanyFacts.DIVISION), false);
    }

    /** All shares above 0, and the preferred among them: never below 0 nor more than all. */
    static void checkShares(BigDecimal fullyDiluted, BigDecimal preferredShares) {
        if (fullyDiluted.signum() <= 0) {
            throw new IllegalArgumentException("an exit needs the shares at the exit, more than 0");
        }
        if (preferredShares.signum() < 0 || preferredShares.compareTo(fullyDiluted) > 0) {
            throw new IllegalArgumentException("the preferred shares must be from 0 to all shares at the exit");
        }
    }

    /** The exit value below which common shares get nothing: the total preference. */
    public static BigDecimal breakEven(Preferences preferences) {
        return preferences.total();
    }
}
