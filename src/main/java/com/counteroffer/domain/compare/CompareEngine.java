package com.counteroffer.domain.compare;

import com.counteroffer.domain.compensation.CompensationEngine;
import com.counteroffer.domain.compensation.LeaveOutcome;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.compensation.YearAmounts;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.OfferChanges;
import com.counteroffer.domain.offer.VestEvent;
import com.counteroffer.domain.offer.ValuationBasis;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares offers: each projected with its own growth, running totals, who leads when, the stock
 * growth at which the ranking flips, and what that means in plain sentences.
 */
public final class CompareEngine {

    public static final int MIN_OFFERS = 2;
    public static final int MAX_OFFERS = 6;
    static final BigDecimal LOWEST_GROWTH = new BigDecimal("-0.90");
    static final BigDecimal HIGHEST_GROWTH = new BigDecimal("2.00");
    private static final BigDecimal SCAN_STEP = new BigDecimal("0.05");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Recent crossing scans, keyed by the two offers, the horizon and the valuation. */
    private static final Map<List<Object>, List<BigDecimal>> CROSSINGS = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, List<BigDecimal>> eldest) {
            return size() > 64;
        }
    };

    private CompareEngine() {
    }

    /**
     * @param settings horizon, default growth and option price for every offer
     * @param leaveMonth month at which the user leaves, for the leave-early view; null for none
     */
    public static Comparison compare(List<CompareEntry> entries, ProjectionSettings settings, Integer leaveMonth) {
        if (entries.size() < MIN_OFFERS || entries.size() > MAX_OFFERS) {
            throw new IllegalArgumentException("compare 2 to 6 offers, not " + entries.size());
        }
        List<OfferComparison> offers = new ArrayList<>();
        for (CompareEntry entry : entries) {
            ProjectionSettings own = entry.growth() == null ? settings : settings.withGrowth(entry.growth());
            Projection projection = CompensationEngine.project(entry.offer(), own);
            LeaveOutcome leave = leaveMonth == null ? null : CompensationEngine.leaveAt(entry.offer(), leaveMonth, own);
            offers.add(new OfferComparison(entry, projection, cumulative(projection), leave));
        }
        OfferComparison best = offers.stream().max(Comparator.comparing(OfferComparison::horizonTotal)).orElseThrow();
        Integer crossover = crossoverYear(offers);
        BigDecimal breakeven = breakeven(offers, settings);
        List<String> insights = insights(offers, settings, breakeven, leaveMonth);
        return new Comparison(offers, crossover, best.entry().key(), breakeven, insights);
    }

    /** The first year in which the offer with the highest running total is not the one that led before. */
    static Integer crossoverYear(List<OfferComparison> offers) {
        List<LeaderChange> changes = Leaders.changes(offers, LeaderChange.Basis.RUNNING);
        return changes.isEmpty() ? null : changes.get(0).year();
    }

    /**
     * The growth, applied to every offer alike, at which the best two offers by horizon total pay
     * the same: scanned in 5-point steps from −90 % to +200 %, then narrowed by bisection. When
     * they cross more than once, the crossing nearest to the growth in use is reported.
     */
    static BigDecimal breakeven(List<OfferComparison> offers, ProjectionSettings settings) {
        List<OfferComparison> ranked = offers.stream()
                .sorted(Comparator.comparing(OfferComparison::horizonTotal).reversed()).toList();
        CompareEntry first = ranked.get(0).entry();
        CompareEntry second = ranked.get(1).entry();
        BigDecimal current = settings.growthInYear(1);
        BigDecimal nearest = null;
        for (BigDecimal root : crossings(first, second, settings)) {
            nearest = closer(nearest, root, current);
        }
        return nearest == null ? null : nearest.setScale(4, RoundingMode.HALF_UP);
    }

    /**
     * Every growth rate at which two offers' horizon totals cross. It depends only on the two offers,
     * the horizon and the valuation, not on the growth in use, so it is remembered: moving the
     * growth control then costs no new scan.
     */
    private static List<BigDecimal> crossings(CompareEntry first, CompareEntry second, ProjectionSettings settings) {
        List<Object> key = List.of(first.offer(), second.offer(), settings.years(),
                String.valueOf(settings.valuation()));
        synchronized (CROSSINGS) {
            List<BigDecimal> known = CROSSINGS.get(key);
            if (known != null) {
                return known;
            }
        }
        List<BigDecimal> roots = new ArrayList<>();
        BigDecimal previousGrowth = LOWEST_GROWTH;
        int previousSign = difference(first, second, settings, previousGrowth).signum();
        for (BigDecimal growth = LOWEST_GROWTH.add(SCAN_STEP); growth.compareTo(HIGHEST_GROWTH) <= 0;
             growth = growth.add(SCAN_STEP)) {
            int sign = difference(first, second, settings, growth).signum();
            if (sign != previousSign && sign != 0 && previousSign != 0) {
                roots.add(bisect(first, second, settings, previousGrowth, growth));
            } else if (sign == 0 && previousSign != 0) {
                roots.add(growth);
            }
            previousSign = sign;
            previousGrowth = growth;
        }
        List<BigDecimal> found = List.copyOf(roots);
        synchronized (CROSSINGS) {
            CROSSINGS.put(key, found);
        }
        return found;
    }

    /** Horizon total of {@code a} minus that of {@code b}, both at {@code growth}. */
    public static BigDecimal difference(CompareEntry a, CompareEntry b, ProjectionSettings settings, BigDecimal growth) {
        ProjectionSettings at = settings.withGrowth(growth);
        return CompensationEngine.project(a.offer(), at).horizonTotal()
                .subtract(CompensationEngine.project(b.offer(), at).horizonTotal());
    }

    private static BigDecimal bisect(CompareEntry a, CompareEntry b, ProjectionSettings settings, BigDecimal low,
                                     BigDecimal high) {
        BigDecimal lo = low;
        BigDecimal hi = high;
        int loSign = difference(a, b, settings, lo).signum();
        for (int i = 0; i < 40; i++) {
            BigDecimal mid = lo.add(hi).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
            int sign = difference(a, b, settings, mid).signum();
            if (sign == 0) {
                return mid;
            }
            if (sign == loSign) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo.add(hi).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }

    private static BigDecimal closer(BigDecimal nearest, BigDecimal candidate, BigDecimal current) {
        return nearest == null || candidate.subtract(current).abs().compareTo(nearest.subtract(current).abs()) < 0
                ? candidate : nearest;
    }

    private static List<BigDecimal> cumulative(Projection projection) {
        List<BigDecimal> running = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (YearAmounts year : projection.years()) {
            total = total.add(year.total());
            running.add(total);
        }
        return running;
    }

    /** Growth moves today's prices, not an exit's: say so when an offer's equity is valued at an exit. */
    private static String exitValued(List<OfferComparison> offers) {
        List<String> names = offers.stream()
                .filter(o -> o.projection().privateEquity() != null)
                .filter(o -> o.projection().privateEquity().basis() == ValuationBasis.EXIT
                        || o.projection().privateEquity().basis() == ValuationBasis.SCENARIOS)
                .map(o -> o.entry().name()).toList();
        return names.isEmpty() ? "" : " Growth doesn't move the equity of " + String.join(" and ", names)
                + ", valued at an exit.";
    }

    private static List<String> insights(List<OfferComparison> offers, ProjectionSettings settings,
                                         BigDecimal breakeven, Integer leaveMonth) {
        List<String> sentences = new ArrayList<>();
        int years = offers.get(0).cumulative().size();
        OfferComparison best = offers.stream().max(Comparator.comparing(OfferComparison::horizonTotal)).orElseThrow();
        sentences.add(best.entry().name() + " pays the most over " + years + (years == 1 ? " year: " : " years: ")
                + dollars(best.horizonTotal()) + ".");
        // Who leads, by each year's total and by running total, with every change named.
        sentences.addAll(Leaders.sentences(offers));
        if (breakeven != null) {
            List<OfferComparison> ranked = offers.stream()
                    .sorted(Comparator.comparing(OfferComparison::horizonTotal).reversed()).toList();
            sentences.add("At a stock growth of " + percent(breakeven) + " a year for every offer, "
                    + ranked.get(0).entry().name() + " and " + ranked.get(1).entry().name() + " pay the same over "
                    + years + " years; on the other side of that rate the ranking flips." + exitValued(offers));
        } else {
            sentences.add("No stock growth between −90 % and +200 % a year changes which of the two best offers pays more.");
        }
        for (OfferComparison offer : offers) {
            String loading = loading(offer.entry().offer().equity());
            if (!loading.isEmpty()) {
                sentences.add(offer.entry().name() + ": " + loading);
            }
        }
        for (OfferComparison offer : offers) {
            String valuation = EquityInsights.valuation(offer);
            if (valuation != null) {
                sentences.add(valuation);
            }
        }
        for (OfferComparison offer : offers) {
            BigDecimal total = offer.horizonTotal();
            if (total.signum() > 0) {
                sentences.add(guaranteedShare(offer, years));
            }
            String paper = EquityInsights.paper(offer, years);
            if (paper != null) {
                sentences.add(paper);
            }
        }
        if (leaveMonth != null) {
            for (OfferComparison offer : offers) {
                LeaveOutcome leave = offer.leave();
                sentences.add("Leaving " + offer.entry().name() + " after " + leaveMonth + " months pays "
                        + dollars(leave.netPaid()) + (leave.clawback().signum() > 0 ? " after repaying "
                        + dollars(leave.clawback()) + " of sign-on" : "") + leftBehind(leave) + ".");
            }
        }
        return sentences;
    }

    /** What leaving leaves behind: options or private shares counted and valued, or else dollars of equity. */
    private static String leftBehind(LeaveOutcome leave) {
        String units = EquityInsights.leaveUnits(leave);
        if (units.isEmpty()) {
            return leave.forfeited().signum() > 0 ? " and leaves " + dollars(leave.forfeited())
                    + " of unvested equity behind" : "";
        }
        return units + (leave.forfeitedRefreshers().signum() > 0 ? "; " + dollars(leave.forfeitedRefreshers())
                + " of unvested refreshers stay behind too" : "");
    }

    /**
     * How much of the horizon total is guaranteed. "Nothing rides on the stock" only when the offer has
     * no options or private stock: options worth $0 at the valuation in use still ride on it.
     */
    private static String guaranteedShare(OfferComparison offer, int years) {
        BigDecimal total = offer.horizonTotal();
        BigDecimal share = offer.projection().guaranteed().multiply(HUNDRED).divide(total, 0, RoundingMode.HALF_UP);
        String name = offer.entry().name();
        String guaranteed = dollars(offer.projection().guaranteed()) + " of base and sign-on";
        if (share.compareTo(HUNDRED) != 0) {
            return share + " % of " + name + "'s " + years + "-year total is guaranteed (" + guaranteed
                    + "); the rest depends on bonus and the stock.";
        }
        if (offer.projection().privateEquity() != null && offer.projection().privateEquity().units() > 0) {
            return "All of " + name + "'s " + years + "-year total as valued is guaranteed (" + guaranteed + "): its "
                    + offer.projection().privateEquity().unitWord() + " add nothing "
                    + offer.projection().privateEquity().atWords() + ", but they are at-risk value that another"
                    + " valuation counts.";
        }
        return "All of " + name + "'s " + years + "-year total is guaranteed (" + guaranteed + "): nothing rides on "
                + "bonus or the stock.";
    }

    /** Whether the initial grant vests faster or slower than evenly in its first year. */
    static String loading(Equity equity) {
        if (equity == null || equity.vesting().years() < 2) {
            return "";
        }
        BigDecimal firstYear = equity.vesting().events().stream().filter(e -> e.month() <= 12)
                .map(VestEvent::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal even = HUNDRED.divide(BigDecimal.valueOf(equity.vesting().years()), 2, RoundingMode.HALF_UP);
        String schedule = OfferChanges.describe(equity.vesting());
        if (firstYear.compareTo(even.add(BigDecimal.valueOf(5))) > 0) {
            return "front-loaded vesting (" + schedule + "): " + firstYear.stripTrailingZeros().toPlainString()
                    + " % of the grant vests in year 1, so year 1 flatters the offer and later years fall back.";
        }
        if (firstYear.compareTo(even.subtract(BigDecimal.valueOf(5))) < 0) {
            return "back-loaded vesting (" + schedule + "): only " + firstYear.stripTrailingZeros().toPlainString()
                    + " % of the grant vests in year 1, so year 1 understates the offer and leaving early forfeits most of it.";
        }
        return "";
    }

    static String dollars(BigDecimal amount) {
        return Money.format(WholeDollars.of(amount));
    }

    static String percent(BigDecimal rate) {
        BigDecimal value = rate.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
        String sign = value.signum() > 0 ? "+" : value.signum() < 0 ? "−" : "";
        return sign + value.abs().stripTrailingZeros().toPlainString() + " %";
    }

}
