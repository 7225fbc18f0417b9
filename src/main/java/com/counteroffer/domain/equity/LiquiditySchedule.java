package com.counteroffer.domain.equity;

import com.counteroffer.domain.offer.Liquidity;
import java.math.BigDecimal;
import java.util.List;

/**
 * When the grant can become money, year by year over the vesting years: "paper" (vested but not
 * sellable before an exit) apart from what tender offers let one sell.
 *
 * @param tenderPrice the price per unit in a tender (the given tender price, else the preferred
 *     price); null when there are no tenders
 * @param soldUnits units sold in tenders over the years shown
 * @param proceeds soldUnits at the tender price: "sellable in the next N years"
 * @param paperUnits vested units still held at the end of the years shown
 * @param paperValue paperUnits at the basis's expected value (net of strike for options)
 * @param notes the kind's rule in plain words (double-trigger settlement and expiry, tender rules)
 */
public record LiquiditySchedule(Liquidity.Kind kind, BigDecimal tenderPrice, List<Year> years, long soldUnits,
                                BigDecimal proceeds, long paperUnits, BigDecimal paperValue, List<String> notes) {

    public LiquiditySchedule {
        years = List.copyOf(years);
        notes = List.copyOf(notes);
    }

    /** The years shown, the same as {@code years().size()}. */
    public int horizonYears() {
        return years.size();
    }

    /**
     * @param vested units vested by the end of the year (whole units, rounded down)
     * @param tenders tenders held in the year
     * @param sold units sold in the year's tenders
     * @param proceeds sold × the tender price
     * @param onPaper vested units still held at the end of the year
     */
    public record Year(int year, long vested, int tenders, long sold, BigDecimal proceeds, long onPaper) {
    }
}
