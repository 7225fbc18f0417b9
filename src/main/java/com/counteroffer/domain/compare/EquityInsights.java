package com.counteroffer.domain.compare;

import com.counteroffer.domain.compensation.LeaveOutcome;
import com.counteroffer.domain.compensation.PrivateEquity;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.equity.ShareValues;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.ValuationBasis;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The comparison's sentences about options and private-company stock: which valuation each offer's
 * figures use, what is paper and what is liquid, and what leaving leaves behind. Options worth $0
 * at a valuation are said to be so, never silently counted as nothing.
 */
final class EquityInsights {

    private EquityInsights() {
    }

    /** How an offer's options or private shares are valued, and what that makes the whole grant; null for none. */
    static String valuation(OfferComparison offer) {
        PrivateEquity valued = offer.projection().privateEquity();
        if (valued == null || valued.units() == 0) {
            return null;
        }
        String name = offer.entry().name();
        String grant = count(valued.units()) + " " + valued.unitWord();
        if (valued.perUnit().signum() == 0) {
            String reason = valued.options() ? ", since the strike is " + price(valued.strike()) + " or more" : "";
            BigDecimal preferred = preferredGrantValue(offer.entry().offer().equity());
            String instead = valued.basis() != ValuationBasis.PREFERRED && preferred != null && preferred.signum() > 0
                    ? "; at the preferred price they would be worth " + CompareEngine.dollars(preferred)
                    + ", so choose a valuation above to count them" : "";
            return name + "'s " + grant + " are worth $0 " + valued.atWords() + reason + instead + ".";
        }
        String sentence = name + "'s " + grant + " are valued " + valued.atWords() + ": "
                + CompareEngine.dollars(valued.grantValue()) + " for the whole grant ("
                + price(valued.perUnit()) + (valued.options() ? " an option)." : " a share).");
        if (valued.hasRange()) {
            sentence += " Over the scenarios one is worth " + price(valued.worstPerUnit()) + " at worst, "
                    + price(valued.medianPerUnit()) + " in the median case and " + price(valued.bestPerUnit())
                    + " at best; private stock can end worth nothing.";
        }
        return sentence;
    }

    /** The share of the horizon total that can't be sold within it; null when none is paper. */
    static String paper(OfferComparison offer, int years) {
        Projection projection = offer.projection();
        if (projection.paper().signum() <= 0) {
            return null;
        }
        return offer.entry().name() + ": " + CompareEngine.dollars(projection.paper()) + " of the " + years
                + "-year total is paper (" + projection.privateEquity().unitWord() + " that can't be sold within the "
                + (years == 1 ? "year" : years + " years") + ") and " + CompareEngine.dollars(projection.liquid())
                + " is liquid.";
    }

    /**
     * Leaving: "leaves 45,000 unvested options worth $360,000 at the preferred price of $12.00;
     * exercising the 15,000 vested costs $60,000 within 3 months". Empty when there are no units.
     */
    static String leaveUnits(LeaveOutcome leave) {
        LeaveOutcome.Units units = leave.units();
        if (units == null || units.valued() == null) {
            return "";
        }
        PrivateEquity valued = units.valued();
        StringBuilder text = new StringBuilder();
        if (units.forfeited() > 0) {
            text.append(" and leaves ").append(count(units.forfeited())).append(" unvested ").append(valued.unitWord())
                    .append(" worth ").append(CompareEngine.dollars(leave.forfeitedEquity())).append(' ')
                    .append(valued.atWords());
        }
        if (units.options() && units.vested() > 0) {
            text.append("; exercising the ").append(count(units.vested())).append(" vested costs ")
                    .append(CompareEngine.dollars(units.exerciseCost())).append(" within ")
                    .append(units.exerciseWindowMonths()).append(units.exerciseWindowMonths() == 1 ? " month" : " months")
                    .append(" of leaving");
        }
        return text.toString();
    }

    /** The whole grant of options at the preferred price, for the hint beside a $0 valuation; null for shares. */
    private static BigDecimal preferredGrantValue(Equity equity) {
        if (!(equity instanceof OptionGrant options)) {
            return null;
        }
        return ShareValues.of(options, ValuationBasis.PREFERRED).perOption(options.strike(), BigDecimal.ONE)
                .multiply(BigDecimal.valueOf(options.shares()));
    }

    private static String count(long units) {
        return String.format(Locale.ROOT, "%,d", units);
    }

    private static String price(BigDecimal price) {
        return "$" + price.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
