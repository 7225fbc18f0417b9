package com.counteroffer.domain.offer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Stock options: the right to buy {@code shares} at {@code strike}. Their value is
 * max(0, price − strike) × vested shares, at the price the offer's {@link PrivateCompany#valuation()}
 * chooses: the 409A fair market value (what the shares are worth for tax today, often a third of the
 * preferred price or less), the preferred price investors paid, an exit, or exit scenarios.
 * {@code valuation} ÷ {@code fullyDilutedShares} gives an implied price.
 *
 * @param valuation the company's latest post-money valuation in dollars, or null
 * @param exerciseWindowMonths how long after leaving the options can still be bought; null when the
 *     letter doesn't say (then the usual 3 months)
 * @param type ISO or NSO; ISO when the letter doesn't say
 * @param earlyExercise true when unvested options may be exercised early (then an 83(b) election applies)
 * @param company the private company's terms; never null (the defaults when none were given)
 */
public record OptionGrant(long shares, BigDecimal strike, BigDecimal fairMarketValue, BigDecimal preferredPrice,
                          Long valuation, Long fullyDilutedShares, Integer exerciseWindowMonths, Vesting vesting,
                          OptionType type, boolean earlyExercise, PrivateCompany company)
        implements Equity {

    /** The usual post-termination exercise window, and the longest an ISO keeps its status (IRC §422(a)(2)). */
    public static final int USUAL_EXERCISE_WINDOW_MONTHS = 3;

    public OptionGrant {
        Objects.requireNonNull(strike, "strike");
        Objects.requireNonNull(fairMarketValue, "fairMarketValue");
        Objects.requireNonNull(vesting, "vesting");
        type = type == null ? OptionType.ISO : type;
        company = company == null ? PrivateCompany.DEFAULTS : company;
    }

    /** ISO options without early exercise and with the default private-company terms. */
    public OptionGrant(long shares, BigDecimal strike, BigDecimal fairMarketValue, BigDecimal preferredPrice,
                       Long valuation, Long fullyDilutedShares, Integer exerciseWindowMonths, Vesting vesting) {
        this(shares, strike, fairMarketValue, preferredPrice, valuation, fullyDilutedShares, exerciseWindowMonths,
                vesting, OptionType.ISO, false, PrivateCompany.DEFAULTS);
    }

    /** The window after leaving, the usual 3 months when the letter doesn't say. */
    public int exerciseWindowOrUsual() {
        return exerciseWindowMonths == null ? USUAL_EXERCISE_WINDOW_MONTHS : exerciseWindowMonths;
    }

    @Override
    public long shareCount() {
        return shares;
    }

    @Override
    public OptionGrant withCompany(PrivateCompany newCompany) {
        return new OptionGrant(shares, strike, fairMarketValue, preferredPrice, valuation, fullyDilutedShares,
                exerciseWindowMonths, vesting, type, earlyExercise, newCompany);
    }
}
