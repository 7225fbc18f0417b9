package com.counteroffer.domain.equity;

import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.OptionType;
import com.counteroffer.domain.offer.VestEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The $100,000 ISO limit (IRC §422(d)) applied per calendar year to one grant, valuing the shares at
 * the strike: the law counts them at the fair market value at grant, which an ISO's strike can't be
 * below (§422(b)(4)), and the offer gives only today's 409A price.
 */
final class IsoLimits {

    static final String CONVENTION = "The $100,000 ISO limit values the shares at the strike, taken as the price"
            + " at grant: an ISO's strike can't be below the fair market value at grant (IRC §422(b)(4)) and is"
            + " usually set equal to it; today's 409A price doesn't count for the limit (IRC §422(d)).";

    private IsoLimits() {
    }

    /**
     * Said when an ISO's strike is below today's 409A price, so the user sees which price the limit used;
     * null otherwise (NSOs, or a strike at or above today's price).
     */
    static String strikeAsPriceAtGrant(OptionGrant options) {
        if (options.type() != OptionType.ISO || options.strike().compareTo(options.fairMarketValue()) >= 0) {
            return null;
        }
        return "The 409A price at grant isn't given, so the $100,000 ISO limit takes the "
                + Money.sharePrice(options.strike()) + " strike as the price at grant (an ISO's strike is at"
                + " least the fair market value at grant, IRC §422(b)(4)), not today's "
                + Money.sharePrice(options.fairMarketValue()) + " 409A price.";
    }

    /** @param start the start date, taken as the grant date; null when not known */
    static IsoLimit of(OptionGrant options, LocalDate start) {
        BigDecimal price = options.strike();
        // Shares first exercisable in each year: all at grant with early exercise, else as they vest.
        Map<Integer, Long> byYear = new TreeMap<>();
        if (options.earlyExercise()) {
            byYear.put(0, options.shares());
        } else {
            BigDecimal cumulative = BigDecimal.ZERO;
            long counted = 0;
            for (VestEvent event : options.vesting().events()) {
                cumulative = cumulative.add(event.percent());
                long upTo = VestedUnits.of(options.shares(), cumulative);
                byYear.merge(yearKey(start, event.month()), upTo - counted, Long::sum);
                counted = upTo;
            }
        }
        // A strike of a fraction of a cent would let more than a long's worth of shares in: no limit then.
        long perYearLimit = price.signum() <= 0 ? Long.MAX_VALUE
                : IsoLimit.LIMIT.divide(price, 0, RoundingMode.FLOOR).min(BigDecimal.valueOf(Long.MAX_VALUE))
                        .longValueExact();
        List<IsoLimit.Year> years = new ArrayList<>();
        long iso = 0;
        long nso = 0;
        for (Map.Entry<Integer, Long> entry : byYear.entrySet()) {
            long shares = entry.getValue();
            long within = Math.min(shares, perYearLimit);
            iso += within;
            nso += shares - within;
            Integer calendar = start == null ? null : start.getYear() + entry.getKey();
            // Key 0 is the grant's own calendar year (or the first 12 months): year 1.
            years.add(new IsoLimit.Year(calendar, entry.getKey() + 1, shares,
                    price.multiply(BigDecimal.valueOf(shares)), within, shares - within));
        }
        String note = nso == 0
                ? "Within the $100,000 ISO limit: no year's newly exercisable shares are worth more than $100,000 at"
                        + " the strike, the price at grant (IRC §422(d))."
                : String.format(Locale.US, "%,d", nso) + " of the options are treated as NSOs: in the years"
                        + " shown, the shares first exercisable are worth more than $100,000 at the strike, the price"
                        + " at grant (IRC §422(d)).";
        if (start == null && !options.earlyExercise()) {
            note += " The start date isn't given, so years are counted in 12-month periods from the start.";
        }
        return new IsoLimit(IsoLimit.LIMIT, price, years, iso, nso,
                note + " Only this grant is counted; other ISOs from the same employer share the limit.");
    }

    /** Years after the start's calendar year; without a start, 12-month periods (month 12 is the first's end). */
    private static int yearKey(LocalDate start, int month) {
        if (start == null) {
            return Math.max(0, (month - 1) / 12);
        }
        return start.plusMonths(month).getYear() - start.getYear();
    }
}
