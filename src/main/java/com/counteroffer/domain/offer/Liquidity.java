package com.counteroffer.domain.offer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * When private shares can be turned into money.
 *
 * @param kind at an exit only, double-trigger RSUs, or units sold in tender offers
 * @param expiryYears double-trigger RSUs: years after grant within which a liquidity event must
 *     happen or the units lapse; null when the letter doesn't say
 * @param tenderEveryMonths tender offers: months between tenders (e.g. 12)
 * @param firstTenderMonth tender offers: months after the start of the first tender one can join
 * @param tenderSellablePercent tender offers: the share of vested units one may sell in each tender
 * @param tenderPrice tender offers: the price per unit in a tender; null to use the preferred price
 */
public record Liquidity(Kind kind, Integer expiryYears, Integer tenderEveryMonths, Integer firstTenderMonth,
                        BigDecimal tenderSellablePercent, BigDecimal tenderPrice) {

    /** Sellable only when the company is sold or lists: the default for options and private shares. */
    public static final Liquidity AT_EXIT = new Liquidity(Kind.AT_EXIT, null, null, null, null, null);

    public enum Kind {
        /** Options and private stock: sellable only at a sale or listing. */
        AT_EXIT("at_exit"),
        /** RSUs that vest on time but settle (and are taxed) only at a liquidity event. */
        DOUBLE_TRIGGER("double_trigger"),
        /** Units (RSUs, profit-participation units) the company buys back in periodic tender offers. */
        TENDER("tender");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public Liquidity {
        Objects.requireNonNull(kind, "kind");
    }
}
