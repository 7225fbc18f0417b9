package com.counteroffer.domain.compare;

import com.counteroffer.domain.tax.TaxResult;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One year of an offer after tax and prices.
 *
 * @param wages what is taxed as wages that year: base, bonus, sign-on, public stock vesting and tender sales,
 *     plus relocation; options and private shares still held are left out (taxed at exercise or sale)
 * @param tax the year's tax: the household's when the profile has a spouse's wages (their breakdown)
 * @param net what the offer adds after tax: its wages less the tax it adds — the household's tax less what the
 *     spouse's wages alone would owe; with no spouse's wages, simply {@code tax.net()}
 * @param purchasingPower the net pay in US-average dollars: net ÷ (RPP ÷ 100)
 * @param rpp the regional price parity used (100 = US average)
 * @param rppPlace where that parity is from, e.g. "Seattle–Tacoma–Bellevue" or "US average"
 * @param residence which state's taxes apply, and why
 */
public record YearTakeHome(int year, BigDecimal wages, TaxResult tax, BigDecimal net, BigDecimal purchasingPower,
                           BigDecimal rpp, String rppPlace, String residence) {

    /** One earner: the offer's net is the result's. */
    public YearTakeHome(int year, BigDecimal wages, TaxResult tax, BigDecimal purchasingPower, BigDecimal rpp,
                        String rppPlace, String residence) {
        this(year, wages, tax, tax.net(), purchasingPower, rpp, rppPlace, residence);
    }

    /** The tax the offer adds as a share of its wages (the result's own rate with one earner). */
    public BigDecimal effectiveRate() {
        return wages.signum() == 0 ? BigDecimal.ZERO : taxOnOffer().divide(wages, MathContext.DECIMAL64);
    }

    /** The tax the offer's wages add: wages − net (the whole tax with one earner). */
    public BigDecimal taxOnOffer() {
        return wages.subtract(net);
    }
}
