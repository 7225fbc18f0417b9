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
     */
    public static Waterfall at(BigDecimal exitValue, Preferences preferences, BigDecimal fullyDiluted,
                               BigDecimal preferredShares) {
        if (exitValue.signum() < 0 || fullyDiluted.signum() <= 0) {
            throw new IllegalArgumentException("an exit needs a value of 0 or more and shares");
        }
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
        BigDecimal perShare = commonShares.signum() <= 0 ? BigDecimal.ZERO
                : rest.divide(commonShares, CompanyFacts.DIVISION);
        return new Waterfall(exitValue, taken, rest, perShare, false);
    }

    /** The exit value below which common shares get nothing: the total preference. */
    public static BigDecimal breakEven(Preferences preferences) {
        return preferences.total();
    }
}
