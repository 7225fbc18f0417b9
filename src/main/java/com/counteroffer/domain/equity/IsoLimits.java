package com.counteroffer.domain.equity;

import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.VestEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The $100,000 ISO limit (IRC §422(d)) applied per calendar year to one grant. */
final class IsoLimits {

    private IsoLimits() {
    }

    /** @param start the start date, taken as the grant date; null when not known */
    static IsoLimit of(OptionGrant options, LocalDate start) {
        BigDecimal price = options.fairMarketValue();
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
        long perYearLimit = price.signum() <= 0 ? Long.MAX_VALUE
                : IsoLimit.LIMIT.divide(price, 0, RoundingMode.FLOOR).longValueExact();
        List<IsoLimit.Year> years = new ArrayList<>();
        long iso = 0;
        long nso = 0;
        int first = byYear.isEmpty() ? 0 : byYear.keySet().iterator().next();
        for (Map.Entry<Integer, Long> entry : byYear.entrySet()) {
            long shares = entry.getValue();
            long within = Math.min(shares, perYearLimit);
            iso += within;
            nso += shares - within;
            Integer calendar = start == null ? null : start.getYear() + entry.getKey();
            years.add(new IsoLimit.Year(calendar, entry.getKey() - first + 1, shares,
                    price.multiply(BigDecimal.valueOf(shares)), within, shares - within));
        }
        String note = nso == 0
                ? "Within the $100,000 ISO limit: no year's newly exercisable shares are worth more than $100,000 at"
                        + " the 409A price at grant (IRC §422(d))."
                : String.format(Locale.US, "%,d", nso) + " of the options are treated as NSOs: in the years"
                        + " shown, the shares first exercisable are worth more than $100,000 at the 409A price at grant (IRC §422(d)).";
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
