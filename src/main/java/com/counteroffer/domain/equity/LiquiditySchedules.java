package com.counteroffer.domain.equity;

import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.Liquidity;
import com.counteroffer.domain.offer.OptionGrant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Year by year over the vesting years: units vested, sold in tenders, and still on paper. Options and
 * private shares sold only at an exit, and double-trigger RSUs, stay on paper throughout. The one
 * tender calculation: the equity analysis and the projection (Compare, take-home) both use it, so
 * sold units are valued at the tender price everywhere.
 */
public final class LiquiditySchedules {

    /** Months between tenders and the first tender's month when the offer doesn't say. */
    static final int USUAL_TENDER_MONTHS = 12;

    private LiquiditySchedules() {
    }

    static LiquiditySchedule of(Equity equity, CompanyFacts facts, ShareValue value, Set<String> assumptions) {
        return of(equity, facts, value, Math.max(1, equity.vesting().years()), assumptions);
    }

    /**
     * The schedule over {@code years} years (at least 1) for a private company's grant.
     *
     * @param assumptions collects what was assumed about the tenders
     */
    public static LiquiditySchedule of(Equity equity, ShareValue value, int years, Set<String> assumptions) {
        return of(equity, CompanyFacts.of(equity), value, Math.max(1, years), assumptions);
    }

    private static LiquiditySchedule of(Equity equity, CompanyFacts facts, ShareValue value, int horizon,
                                        Set<String> assumptions) {
        Liquidity liquidity = equity.company().liquidity();
        long units = equity.shareCount();
        BigDecimal strike = equity instanceof OptionGrant options ? options.strike() : null;
        List<String> notes = new ArrayList<>();
        boolean tender = liquidity.kind() == Liquidity.Kind.TENDER;
        int every = 0;
        int first = 0;
        BigDecimal percent = BigDecimal.ZERO;
        BigDecimal price = null;
        if (tender) {
            every = orUsual(liquidity.tenderEveryMonths(), 1, "months between tenders", assumptions);
            first = orUsual(liquidity.firstTenderMonth(), 0, "month of the first tender", assumptions);
            percent = liquidity.tenderSellablePercent();
            if (percent == null) {
                percent = BigDecimal.ZERO;
                assumptions.add("The share of vested units one may sell in a tender isn't given, so none is counted"
                        + " as sellable (an assumption; give it to see what tenders would pay).");
            }
            price = tenderPrice(liquidity, facts, assumptions);
            notes.add("Tender offers every " + every + " months from month " + first + ": up to "
                    + percent.stripTrailingZeros().toPlainString() + " % of the vested units still held may be sold"
                    + " each time, at " + Money.sharePrice(price) + " a unit. Tenders are the company's choice;"
                    + " counting them on this schedule is an assumption.");
        } else if (liquidity.kind() == Liquidity.Kind.DOUBLE_TRIGGER) {
            notes.add("Double-trigger RSUs vest on time but settle (and are taxed as wages) only at a liquidity"
                    + " event, a sale or listing; until then they are paper.");
            notes.add(liquidity.expiryYears() == null
                    ? "The letter gives no expiry term: ask for it, since unsettled units lapse when it passes."
                    : "If no liquidity event happens within " + liquidity.expiryYears() + " years of the grant, the"
                            + " units lapse and are worth $0.");
        } else {
            notes.add((strike == null ? "Private shares" : "Options") + " can be sold only when the company is sold"
                    + " or lists; until then they are paper.");
        }
        BigDecimal perUnitOnSale = price == null ? null
                : strike == null ? price : price.subtract(strike).max(BigDecimal.ZERO);
        List<LiquiditySchedule.Year> years = new ArrayList<>();
        long sold = 0;
        BigDecimal proceeds = BigDecimal.ZERO;
        int nextTender = first;
        for (int year = 1; year <= horizon; year++) {
            int tenders = 0;
            long soldInYear = 0;
            while (tender && nextTender <= year * 12) {
                long held = VestedUnits.byMonth(units, equity.vesting(), nextTender) - sold - soldInYear;
                soldInYear += VestedUnits.of(held, percent);
                tenders++;
                nextTender += every;
            }
            BigDecimal yearProceeds = perUnitOnSale == null ? BigDecimal.ZERO
                    : perUnitOnSale.multiply(BigDecimal.valueOf(soldInYear));
            sold += soldInYear;
            proceeds = proceeds.add(yearProceeds);
            long vested = VestedUnits.byMonth(units, equity.vesting(), year * 12);
            years.add(new LiquiditySchedule.Year(year, vested, tenders, soldInYear, yearProceeds, vested - sold));
        }
        long paper = years.get(years.size() - 1).onPaper();
        BigDecimal perUnit = strike == null ? value.expectedPrice() : value.perOption(strike, BigDecimal.ONE);
        return new LiquiditySchedule(liquidity.kind(), price, years, sold, proceeds, paper,
                perUnit.multiply(BigDecimal.valueOf(paper)), notes);
    }

    private static int orUsual(Integer months, int least, String what, Set<String> assumptions) {
        if (months != null && months >= least) {
            return months;
        }
        assumptions.add("The " + what + " isn't given, so " + USUAL_TENDER_MONTHS + " is used (an assumption).");
        return USUAL_TENDER_MONTHS;
    }

    private static BigDecimal tenderPrice(Liquidity liquidity, CompanyFacts facts, Set<String> assumptions) {
        if (liquidity.tenderPrice() != null) {
            return liquidity.tenderPrice();
        }
        if (facts.preferredPrice() != null) {
            assumptions.add("No tender price is given, so tenders are taken at the preferred price.");
            return facts.preferredPrice();
        }
        assumptions.add("Neither a tender price nor the preferred price is given, so tenders are taken at the 409A"
                + " price.");
        return facts.fairMarketValue() == null ? BigDecimal.ZERO : facts.fairMarketValue();
    }
}
