package com.counteroffer.domain.equity;

import com.counteroffer.domain.offer.OptionType;
import java.math.BigDecimal;
import java.util.List;

/**
 * What buying the shares of an options grant costs and what it brings in tax.
 *
 * @param costAll shares × strike
 * @param byYear the shares vested by the end of each vesting year and the cost to exercise them
 * @param windowMonths the months after leaving within which vested options can be bought
 * @param notes the window, ISO status after 3 months (IRC §422(a)(2)), early exercise and the 83(b)
 *     deadline (IRC §83(b)(2)), in plain words with their source
 * @param isoLimit the $100,000 limit's split; null for NSOs
 * @param tax the estimate of the tax at exercise; null when no tax context was given
 */
public record Exercise(OptionType type, long shares, BigDecimal strike, BigDecimal fairMarketValue,
                       BigDecimal costAll, List<VestedCost> byYear, int windowMonths, boolean earlyExercise,
                       List<String> notes, IsoLimit isoLimit, ExerciseTax tax) {

    public Exercise {
        byYear = List.copyOf(byYear);
        notes = List.copyOf(notes);
    }

    /** @param vestedShares shares vested by the end of {@code year} (whole shares, rounded down) */
    public record VestedCost(int year, long vestedShares, BigDecimal cost) {
    }
}
