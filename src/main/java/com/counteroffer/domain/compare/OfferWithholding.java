package com.counteroffer.domain.compare;

import com.counteroffer.domain.compensation.YearAmounts;
import com.counteroffer.domain.tax.TaxTables;
import com.counteroffer.domain.tax.withholding.Withholding;
import com.counteroffer.domain.tax.withholding.WithholdingInput;
import com.counteroffer.domain.tax.withholding.WithholdingResult;
import java.math.BigDecimal;

/** One year of an offer as payroll withholds it: base as regular pay; bonus, sign-on, stock and relocation as supplemental. */
public final class OfferWithholding {

    private OfferWithholding() {
    }

    /**
     * @param year the year after tax, as {@link OfferTakeHome} worked it out (its tax input is reused as is)
     * @param amounts the same year of the projection
     */
    public static WithholdingResult of(YearTakeHome year, YearAmounts amounts, TaxTables tables,
                                       com.counteroffer.domain.tax.withholding.WithholdingTables rules) {
        if (year.year() != amounts.year()) {
            throw new IllegalArgumentException("year " + year.year() + " after tax paired with year " + amounts.year()
                    + " of the projection");
        }
        return Withholding.compute(rules, tables, year.tax(), new WithholdingInput(supplemental(amounts, year.wages()),
                null, false));
    }

    /**
     * Bonus + sign-on + stock paid out (RSU vests, tender sales) + relocation: pay employers withhold on at the
     * supplemental rates (IRS Pub. 15, "Supplemental wages"); never more than the year's wages.
     */
    static BigDecimal supplemental(YearAmounts amounts, BigDecimal wages) {
        return amounts.bonus().add(amounts.signOn()).add(amounts.stockPaidOut()).add(amounts.relocation()).min(wages);
    }
}
