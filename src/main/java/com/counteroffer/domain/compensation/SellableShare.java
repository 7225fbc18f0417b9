package com.counteroffer.domain.compensation;

import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.Liquidity;
import com.counteroffer.domain.offer.VestEvent;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How much of a grant's vested value can be turned into money within the horizon: all of a public
 * company's RSUs, none of options or private stock sold only at an exit (double-trigger RSUs
 * included), and for units bought back in tender offers what the tenders within the horizon let
 * one sell. The one place that reads tender terms for the projection.
 */
final class SellableShare {

    private static final int USUAL_TENDER_EVERY_MONTHS = 12;

    private SellableShare() {
    }

    /** The fraction, 0 to 1, of the value vested by {@code horizonMonths} that can be sold by then. */
    static BigDecimal within(Equity equity, int horizonMonths) {
        if (equity == null || equity.company() == null) {
            return BigDecimal.ONE;
        }
        Liquidity liquidity = equity.company().liquidity();
        if (liquidity.kind() != Liquidity.Kind.TENDER || liquidity.tenderSellablePercent() == null) {
            return BigDecimal.ZERO;
        }
        return tenderShare(equity, liquidity, horizonMonths);
    }

    /**
     * Tender by tender: each sells the given share of what has vested and isn't sold yet; the
     * result is what was sold over what vested by the horizon.
     */
    private static BigDecimal tenderShare(Equity equity, Liquidity liquidity, int horizonMonths) {
        int every = liquidity.tenderEveryMonths() == null || liquidity.tenderEveryMonths() <= 0
                ? USUAL_TENDER_EVERY_MONTHS : liquidity.tenderEveryMonths();
        int first = liquidity.firstTenderMonth() == null ? every : Math.max(0, liquidity.firstTenderMonth());
        BigDecimal sellable = liquidity.tenderSellablePercent().movePointLeft(2).max(BigDecimal.ZERO)
                .min(BigDecimal.ONE);
        BigDecimal sold = BigDecimal.ZERO;
        for (int month = first; month <= horizonMonths; month += every) {
            sold = sold.add(vestedPercent(equity, month).subtract(sold).multiply(sellable));
        }
        BigDecimal vested = vestedPercent(equity, horizonMonths);
        return vested.signum() == 0 ? BigDecimal.ZERO : sold.divide(vested, MathContext.DECIMAL64);
    }

    private static BigDecimal vestedPercent(Equity equity, int month) {
        return equity.vesting().events().stream().filter(event -> event.month() <= month).map(VestEvent::percent)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
