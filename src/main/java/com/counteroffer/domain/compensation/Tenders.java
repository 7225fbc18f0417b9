package com.counteroffer.domain.compensation;

import com.counteroffer.domain.equity.LiquiditySchedule;
import com.counteroffer.domain.equity.LiquiditySchedules;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.Liquidity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What tender offers pay for a private company's grant, year by year, from the same schedule the
 * equity analysis shows ({@link LiquiditySchedules}): sold units at the tender price (the preferred
 * price when none is given), net of the strike for options. No tenders: nothing is sold.
 */
final class Tenders {

    private static final Tenders NONE = new Tenders(null, BigDecimal.ZERO, List.of());

    private final LiquiditySchedule schedule;
    private final BigDecimal soldShare;
    private final List<String> assumptions;

    private Tenders(LiquiditySchedule schedule, BigDecimal soldShare, List<String> assumptions) {
        this.schedule = schedule;
        this.soldShare = soldShare;
        this.assumptions = assumptions;
    }

    /**
     * @param years the years projected (the schedule's length)
     * @param horizonYears the years shown, over which {@link #soldShare()} is counted
     */
    static Tenders of(Equity equity, GrantPricing pricing, int years, int horizonYears) {
        if (equity == null || pricing.share() == null
                || equity.company().liquidity().kind() != Liquidity.Kind.TENDER) {
            return NONE;
        }
        Set<String> assumptions = new LinkedHashSet<>();
        LiquiditySchedule schedule = LiquiditySchedules.of(equity, pricing.share(), years, assumptions);
        long sold = 0;
        for (LiquiditySchedule.Year year : schedule.years().subList(0, horizonYears)) {
            sold += year.sold();
        }
        long vested = schedule.years().get(horizonYears - 1).vested();
        BigDecimal share = vested == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(sold).divide(BigDecimal.valueOf(vested), MathContext.DECIMAL64);
        return new Tenders(schedule, share, List.copyOf(assumptions));
    }

    /** What the tenders of year {@code year} pay, at the tender price. */
    BigDecimal proceeds(int year) {
        return schedule == null ? BigDecimal.ZERO : schedule.years().get(year - 1).proceeds();
    }

    /** Units sold by the horizon ÷ units vested by then, 0 to 1. */
    BigDecimal soldShare() {
        return soldShare;
    }

    /** The tender price per unit; null without tenders. */
    BigDecimal price() {
        return schedule == null ? null : schedule.tenderPrice();
    }

    /** What was assumed about the tenders (their timing, share or price not given). */
    List<String> assumptions() {
        return assumptions;
    }
}
