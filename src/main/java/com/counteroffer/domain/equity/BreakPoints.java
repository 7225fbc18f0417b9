package com.counteroffer.domain.equity;

import com.counteroffer.domain.offer.Preferences;
import java.math.BigDecimal;

/**
 * The exits where the waterfall changes shape, for the offer's preferences and the shares at exit.
 *
 * @param totalPreference invested × multiple, paid to preferred holders first
 * @param preferredShares the preferred stock's shares as converted (stated or estimated)
 * @param fullyDilutedAtExit all shares at the exit, after the rounds before it
 * @param breakEvenExit the exit value below which common shares get nothing: the total preference
 * @param conversionExit non-participating preferred converts above this exit: preference × fully
 *     diluted ÷ preferred shares; null for participating preferred or no preferred shares
 * @param inTheMoneyExit options only: the exit above which a common share is worth more than the
 *     strike; null for RSUs
 */
public record BreakPoints(BigDecimal totalPreference, BigDecimal multiple, boolean participating,
                          BigDecimal preferredShares, BigDecimal fullyDilutedAtExit, BigDecimal breakEvenExit,
                          BigDecimal conversionExit, BigDecimal inTheMoneyExit) {

    /**
     * @param strike the options' strike, or null for shares
     */
    static BreakPoints of(Preferences preferences, BigDecimal preferredShares, BigDecimal fullyDilutedAtExit,
                          BigDecimal strike) {
        Waterfall.checkShares(fullyDilutedAtExit, preferredShares);
        BigDecimal preference = preferences.total();
        BigDecimal conversion = null;
        if (!preferences.participating() && preferredShares.signum() > 0 && preference.signum() > 0) {
            conversion = preference.multiply(fullyDilutedAtExit).divide(preferredShares, CompanyFacts.DIVISION);
        }
        return new BreakPoints(preference, preferences.multiple(), preferences.participating(), preferredShares,
                fullyDilutedAtExit, preference, conversion,
                strike == null ? null : inTheMoney(preference, preferences.participating(), preferredShares,
                        fullyDilutedAtExit, conversion, strike));
    }

    /**
     * The exit above which a common share is worth more than the strike. Below conversion a common
     * share gets (exit − preference) ÷ (all shares − preferred shares); participating preferred shares
     * the rest with all shares; after conversion each share gets exit ÷ all shares.
     */
    private static BigDecimal inTheMoney(BigDecimal preference, boolean participating, BigDecimal preferredShares,
                                         BigDecimal fullyDiluted, BigDecimal conversion, BigDecimal strike) {
        BigDecimal afterConversion = strike.multiply(fullyDiluted);
        if (participating || preferredShares.signum() == 0) {
            return preference.add(afterConversion);
        }
        if (conversion == null) {
            // Preferred shares with nothing to prefer convert at any exit: every share is paid alike.
            return afterConversion;
        }
        BigDecimal commonShares = fullyDiluted.subtract(preferredShares);
        if (commonShares.signum() > 0) {
            BigDecimal beforeConversion = preference.add(strike.multiply(commonShares));
            if (beforeConversion.compareTo(conversion) <= 0) {
                return beforeConversion;
            }
        }
        // Past conversion (or with no common shares before it, when preferred holds every share): a share
        // is worth exit ÷ all shares, and only above the conversion exit.
        return afterConversion.max(conversion);
    }
}
