package com.counteroffer.domain.compensation;

import com.counteroffer.domain.equity.VestedUnits;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Clawback;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.Liquidity;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferValidator;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.Refresher;
import com.counteroffer.domain.offer.RetirementMatch;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.SignOnPayment;
import com.counteroffer.domain.offer.TargetBonus;
import com.counteroffer.domain.offer.VestEvent;
import com.counteroffer.domain.offer.Vesting;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Projects an offer year by year and works out the named views of total compensation
 * (docs/reference-data.md §2), and what leaving at a given month pays and costs.
 * Amounts stay exact (BigDecimal); only divisions that don't terminate and stock growth over part
 * of a year are rounded, to 34 and 16 significant digits.
 *
 * <p>Year y covers months 12(y−1) to 12y after the start date: something happening at month m
 * belongs to year ⌈m ÷ 12⌉, so a vesting date on the first anniversary (month 12) counts in year 1.
 */
public final class CompensationEngine {

    public static final int MAX_LEAVE_MONTH = 120;

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final MathContext DIVISION = MathContext.DECIMAL128;

    private CompensationEngine() {
    }

    /**
     * The offer year by year over {@code settings.years()}, with the named views.
     *
     * @throws IllegalArgumentException when the offer has problems ({@link OfferValidator})
     */
    public static Projection project(Offer offer, ProjectionSettings settings) {
        requireValid(offer);
        PriceCurve prices = PriceCurve.of(settings);
        List<VestEvent> grantEvents = offer.equity() == null ? List.of() : offer.equity().vesting().events();
        List<List<VestEvent>> refresherEvents = offer.refreshers().stream().map(r -> r.vesting().events()).toList();
        int steadyStateYear = steadyStateYear(offer, grantEvents, refresherEvents);
        // The steady state may lie past the horizon, so project far enough to see it.
        int years = Math.max(settings.years(), steadyStateYear);

        BigDecimal[] base = baseByYear(offer, years);
        BigDecimal[] equity = zeros(years);
        BigDecimal[] signOn = zeros(years);
        BigDecimal[] refreshers = zeros(years);
        BigDecimal[] guaranteedRefreshers = zeros(years);
        GrantPricing pricing = GrantPricing.of(offer.equity(), settings.valuation());

        addGrant(offer.equity(), grantEvents, pricing, prices, equity);
        for (SignOnPayment payment : offer.signOns()) {
            addSignOn(payment, signOn);
        }
        BigDecimal refresherRatio = pricing.refresherRatio();
        PriceCurve refresherPrices = refresherPrices(pricing, prices);
        for (int i = 0; i < offer.refreshers().size(); i++) {
            Refresher refresher = offer.refreshers().get(i);
            addRefresher(refresher, refresherRatio, refresherEvents.get(i), refresherPrices,
                    refresher.guaranteed() ? new BigDecimal[][] {refreshers, guaranteedRefreshers}
                            : new BigDecimal[][] {refreshers});
        }

        Tenders tenders = Tenders.of(offer.equity(), pricing, years, settings.years());
        boolean publicStock = pricing.summary() == null;
        List<YearAmounts> amounts = new ArrayList<>(years);
        for (int year = 1; year <= years; year++) {
            BigDecimal paidOut = publicStock ? equity[year].add(refreshers[year]) : tenders.proceeds(year);
            amounts.add(YearAmounts.of(year, base[year], bonus(offer.bonus(), base[year]), equity[year], signOn[year],
                    refreshers[year], year == 1 ? BigDecimal.valueOf(offer.relocation()) : BigDecimal.ZERO,
                    match(offer.match(), base[year]), BigDecimal.valueOf(offer.benefitsValue()), paidOut));
        }

        List<YearAmounts> horizon = amounts.subList(0, settings.years());
        BigDecimal guaranteed = BigDecimal.ZERO;
        BigDecimal atRisk = BigDecimal.ZERO;
        BigDecimal guaranteedRefresherTotal = BigDecimal.ZERO;
        BigDecimal stock = BigDecimal.ZERO;
        BigDecimal paidOut = BigDecimal.ZERO;
        for (YearAmounts year : horizon) {
            guaranteed = guaranteed.add(year.guaranteed());
            atRisk = atRisk.add(year.atRisk());
            guaranteedRefresherTotal = guaranteedRefresherTotal.add(guaranteedRefreshers[year.year()]);
            stock = stock.add(year.equity()).add(year.refreshers());
            paidOut = paidOut.add(year.stockPaidOut());
        }
        YearAmounts first = amounts.get(0);
        BigDecimal annualized = first.base().add(first.bonus())
                .add(annualizedGrant(offer.equity(), pricing))
                .add(totalSignOn(offer).divide(FOUR, DIVISION));
        BigDecimal horizonTotal = guaranteed.add(atRisk);
        BigDecimal paper = BigDecimal.ZERO;
        BigDecimal liquid = horizonTotal;
        if (!publicStock) {
            // Units sold in tenders leave paper at the valuation and come in as cash at the tender price.
            // Refreshers of a private company are its stock too, so the same share of them is sold.
            BigDecimal held = BigDecimal.ONE.subtract(tenders.soldShare());
            paper = stock.multiply(held);
            BigDecimal soldRefreshers = horizon.stream().map(YearAmounts::refreshers)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).multiply(tenders.soldShare());
            liquid = guaranteed.add(horizon.stream().map(YearAmounts::bonus).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .add(paidOut).add(soldRefreshers);
        }

        List<String> conventions = conventions(offer, settings, pricing, tenders, steadyStateYear,
                guaranteedRefresherTotal);
        return new Projection(horizon, first.total(), annualized, amounts.get(steadyStateYear - 1).total(),
                steadyStateYear, guaranteed, atRisk, horizonTotal, guaranteedRefresherTotal, paper,
                liquid, pricing.summary(), conventions);
    }

    /**
     * Leaving at the end of month {@code month} (1 to 120): what was earned, vested and received,
     * the sign-on to repay, and the unvested equity left behind.
     *
     * @throws IllegalArgumentException when the month is out of range or the offer has problems
     */
    public static LeaveOutcome leaveAt(Offer offer, int month, ProjectionSettings settings) {
        if (month < 1 || month > MAX_LEAVE_MONTH) {
            throw new IllegalArgumentException("leave at a month between 1 and " + MAX_LEAVE_MONTH + ", not " + month);
        }
        requireValid(offer);
        PriceCurve prices = PriceCurve.of(settings);
        int years = yearOf(month);
        BigDecimal[] base = baseByYear(offer, years);

        BigDecimal baseEarned = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        for (int year = 1; year <= years; year++) {
            int monthsWorked = Math.min(12, month - 12 * (year - 1));
            baseEarned = baseEarned.add(base[year].multiply(BigDecimal.valueOf(monthsWorked)).divide(TWELVE, DIVISION));
            if (monthsWorked == 12) {
                bonus = bonus.add(bonus(offer.bonus(), base[year]));
            }
        }

        BigDecimal vestedEquity = BigDecimal.ZERO;
        BigDecimal forfeitedEquity = BigDecimal.ZERO;
        Equity equity = offer.equity();
        GrantPricing pricing = GrantPricing.of(equity, settings.valuation());
        BigDecimal vestedPercent = BigDecimal.ZERO;
        if (equity != null) {
            BigDecimal unvestedPercent = BigDecimal.ZERO;
            for (VestEvent event : equity.vesting().events()) {
                if (event.month() <= month) {
                    vestedEquity = vestedEquity.add(pricing.valueAt(event.percent(), prices.at(event.month())));
                    vestedPercent = vestedPercent.add(event.percent());
                } else {
                    unvestedPercent = unvestedPercent.add(event.percent());
                }
            }
            forfeitedEquity = pricing.valueAt(unvestedPercent, prices.at(month));
        }

        BigDecimal vestedRefreshers = BigDecimal.ZERO;
        BigDecimal forfeitedRefreshers = BigDecimal.ZERO;
        BigDecimal refresherRatio = pricing.refresherRatio();
        PriceCurve refresherPrices = refresherPrices(pricing, prices);
        for (Refresher refresher : offer.refreshers()) {
            List<VestEvent> events = refresher.vesting().events();
            BigDecimal value = BigDecimal.valueOf(refresher.yearlyValue()).multiply(refresherRatio);
            for (int grantYear = refresher.firstGrantYear(); 12 * (grantYear - 1) <= month; grantYear++) {
                int grantMonth = 12 * (grantYear - 1);
                BigDecimal unvestedPercent = BigDecimal.ZERO;
                for (VestEvent event : events) {
                    if (grantMonth + event.month() <= month) {
                        vestedRefreshers = vestedRefreshers.add(percentOf(value, event.percent())
                                .multiply(refresherPrices.since(grantYear, event.month())));
                    } else {
                        unvestedPercent = unvestedPercent.add(event.percent());
                    }
                }
                forfeitedRefreshers = forfeitedRefreshers.add(percentOf(value, unvestedPercent)
                        .multiply(refresherPrices.since(grantYear, month - grantMonth)));
            }
        }

        BigDecimal signOnReceived = BigDecimal.ZERO;
        for (SignOnPayment payment : offer.signOns()) {
            signOnReceived = signOnReceived.add(signOnPaidBy(payment, month));
        }
        BigDecimal clawback = clawback(offer.clawback(), signOnReceived, month);
        BigDecimal netPaid = baseEarned.add(bonus).add(vestedEquity).add(vestedRefreshers).add(signOnReceived)
                .subtract(clawback);
        return new LeaveOutcome(month, baseEarned, bonus, vestedEquity, vestedRefreshers, signOnReceived, clawback,
                forfeitedEquity, forfeitedRefreshers, netPaid, units(equity, month, vestedPercent, pricing));
    }

    /**
     * The grant's options or shares when leaving: how many vested and how many are left, and for
     * options the cost of buying the vested ones (vested × strike) before the exercise window closes.
     */
    private static LeaveOutcome.Units units(Equity equity, int month, BigDecimal vestedPercent, GrantPricing pricing) {
        if (equity == null || equity.shareCount() == 0) {
            return null;
        }
        // Whole units, rounded down as the equity analysis counts them: one count everywhere.
        long vested = VestedUnits.of(equity.shareCount(), vestedPercent);
        long forfeited = equity.shareCount() - vested;
        if (equity instanceof OptionGrant options) {
            int window = options.exerciseWindowOrUsual();
            return new LeaveOutcome.Units(vested, forfeited, options.strike().multiply(BigDecimal.valueOf(vested)),
                    window, month + window, pricing.summary());
        }
        return new LeaveOutcome.Units(vested, forfeited, BigDecimal.ZERO, null, null, pricing.summary());
    }

    /** Month m belongs to year ⌈m ÷ 12⌉; month 0 (the start date) to year 1. */
    static int yearOf(int month) {
        return month <= 0 ? 1 : (month + 11) / 12;
    }

    private static void requireValid(Offer offer) {
        List<String> problems = OfferValidator.problems(offer);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the offer of " + offer.company() + " can't be projected: "
                    + String.join("; ", problems));
        }
    }

    /**
     * The first year after the initial grant has fully vested and the sign-ons have ended, in which
     * every refresher's stack is complete: grants of every age it vests over contribute.
     */
    private static int steadyStateYear(Offer offer, List<VestEvent> grantEvents,
                                       List<List<VestEvent>> refresherEvents) {
        int year = 1;
        if (!grantEvents.isEmpty()) {
            year = Math.max(year, yearOf(lastMonth(grantEvents)) + 1);
        }
        for (SignOnPayment payment : offer.signOns()) {
            int lastYear = payment.monthly()
                    ? yearOf(12 * (payment.year() - 1) + payment.monthlyOverMonths()) : payment.year();
            year = Math.max(year, lastYear + 1);
        }
        for (int i = 0; i < offer.refreshers().size(); i++) {
            List<VestEvent> events = refresherEvents.get(i);
            if (!events.isEmpty()) {
                int vestingYears = Math.max(1, relativeYear(lastMonth(events)));
                year = Math.max(year, offer.refreshers().get(i).firstGrantYear() + vestingYears - 1);
            }
        }
        return year;
    }

    private static int lastMonth(List<VestEvent> events) {
        return events.stream().mapToInt(VestEvent::month).max().orElse(0);
    }

    /** How many years after the start of its grant year a vesting month falls: ⌈m ÷ 12⌉, 0 for month 0. */
    private static int relativeYear(int month) {
        return (month + 11) / 12;
    }

    /** Index 1..years; base × (1 + raise)^(year − 1). */
    private static BigDecimal[] baseByYear(Offer offer, int years) {
        BigDecimal[] base = new BigDecimal[years + 1];
        base[0] = BigDecimal.ZERO;
        BigDecimal raise = BigDecimal.ONE.add(offer.yearlyRaisePercent().movePointLeft(2));
        base[1] = BigDecimal.valueOf(offer.base());
        for (int year = 2; year <= years; year++) {
            base[year] = base[year - 1].multiply(raise);
        }
        return base;
    }

    private static BigDecimal[] zeros(int years) {
        BigDecimal[] amounts = new BigDecimal[years + 1];
        Arrays.fill(amounts, BigDecimal.ZERO);
        return amounts;
    }

    private static BigDecimal bonus(TargetBonus bonus, BigDecimal base) {
        return bonus.amount() != null ? BigDecimal.valueOf(bonus.amount())
                : base.multiply(bonus.percentOfBase()).movePointLeft(2);
    }

    /** rate × min(first % × min(base, 401(a)(17) limit), deferral limit), then at most the yearly cap. */
    private static BigDecimal match(RetirementMatch match, BigDecimal base) {
        return match == null ? BigDecimal.ZERO : match.yearly(base);
    }

    private static BigDecimal percentOf(BigDecimal value, BigDecimal percent) {
        return value.multiply(percent).movePointLeft(2);
    }

    /** The initial grant vesting into each year, at the price on each vesting date. */
    private static void addGrant(Equity equity, List<VestEvent> events, GrantPricing pricing, PriceCurve prices,
                                 BigDecimal[] byYear) {
        if (equity instanceof RsuGrant rsu && !rsu.isPrivate()) {
            addGrantOfValue(rsu.value(), 1, events, prices, byYear);
        } else if (equity != null) {
            // An option's value isn't proportional to the price, and a private share's price comes from
            // its valuation, so each date is valued on its own.
            for (VestEvent event : events) {
                int year = yearOf(event.month());
                if (year < byYear.length) {
                    byYear[year] = byYear[year].add(pricing.valueAt(event.percent(), prices.at(event.month())));
                }
            }
        }
    }

    /**
     * A grant fixed in dollars at the start of {@code grantYear}, vesting on {@code events} counted from
     * then, its value moving with the price since the grant. Vesting dates are summed per year first,
     * so stacked refreshers cost one multiplication per grant and year.
     */
    private static void addGrantOfValue(BigDecimal value, int grantYear, List<VestEvent> events, PriceCurve prices,
                                        BigDecimal[]... byYear) {
        addGrantOfValue(value, grantYear, percentByRelativeYear(events, prices, grantYear), byYear);
    }

    private static void addGrantOfValue(BigDecimal value, int grantYear, BigDecimal[] percents,
                                        BigDecimal[]... byYear) {
        for (int relative = 0; relative < percents.length; relative++) {
            int year = Math.max(1, grantYear - 1 + relative);
            if (percents[relative] != null && year < byYear[0].length) {
                BigDecimal vested = percentOf(value, percents[relative]);
                for (BigDecimal[] amounts : byYear) {
                    amounts[year] = amounts[year].add(vested);
                }
            }
        }
    }

    /** Σ percent × price since the grant, for the dates ⌈m ÷ 12⌉ years into the grant; null where none. */
    private static BigDecimal[] percentByRelativeYear(List<VestEvent> events, PriceCurve prices, int grantYear) {
        BigDecimal[] percents = new BigDecimal[relativeYear(lastMonth(events)) + 1];
        for (VestEvent event : events) {
            int relative = relativeYear(event.month());
            BigDecimal weighted = prices.flat() ? event.percent()
                    : event.percent().multiply(prices.since(grantYear, event.month()));
            percents[relative] = percents[relative] == null ? weighted : percents[relative].add(weighted);
        }
        return percents;
    }

    /** An exit value already is the end value: a private company's refreshers aren't grown on top of it. */
    private static PriceCurve refresherPrices(GrantPricing pricing, PriceCurve prices) {
        return pricing.followsStockGrowth() ? prices : PriceCurve.of(ProjectionSettings.defaults());
    }

    /**
     * One grant of the yearly value at the start of every year from the first grant year on, × {@code ratio}
     * (a private company's valuation ÷ today's price; 1 for a public company).
     */
    private static void addRefresher(Refresher refresher, BigDecimal ratio, List<VestEvent> events, PriceCurve prices,
                                     BigDecimal[][] byYear) {
        BigDecimal value = BigDecimal.valueOf(refresher.yearlyValue()).multiply(ratio);
        int years = byYear[0].length - 1;
        // Grants from different years see the same price path once the growth list has run out.
        BigDecimal[][] percentsByStart = new BigDecimal[prices.distinctStart(years + 1) + 1][];
        // A grant at the start of year `years` + 1 could still vest at month 0, inside the horizon.
        for (int grantYear = refresher.firstGrantYear(); grantYear <= years + 1; grantYear++) {
            int start = prices.distinctStart(grantYear);
            if (percentsByStart[start] == null) {
                percentsByStart[start] = percentByRelativeYear(events, prices, grantYear);
            }
            addGrantOfValue(value, grantYear, percentsByStart[start], byYear);
        }
    }

    private static void addSignOn(SignOnPayment payment, BigDecimal[] byYear) {
        BigDecimal amount = BigDecimal.valueOf(payment.amount());
        if (!payment.monthly()) {
            if (payment.year() < byYear.length) {
                byYear[payment.year()] = byYear[payment.year()].add(amount);
            }
            return;
        }
        int startMonth = 12 * (payment.year() - 1);
        for (int year = payment.year(); year < byYear.length; year++) {
            int before = partsPaid(payment, 12 * (year - 1), startMonth);
            int after = partsPaid(payment, 12 * year, startMonth);
            if (after == before) {
                break;
            }
            byYear[year] = byYear[year].add(paidAfterParts(amount, after, payment.monthlyOverMonths())
                    .subtract(paidAfterParts(amount, before, payment.monthlyOverMonths())));
        }
    }

    /** Sign-on paid by the end of month {@code month}: a lump sum at the start of its year, parts monthly. */
    private static BigDecimal signOnPaidBy(SignOnPayment payment, int month) {
        BigDecimal amount = BigDecimal.valueOf(payment.amount());
        int startMonth = 12 * (payment.year() - 1);
        if (!payment.monthly()) {
            return startMonth <= month ? amount : BigDecimal.ZERO;
        }
        return paidAfterParts(amount, partsPaid(payment, month, startMonth), payment.monthlyOverMonths());
    }

    /** Part i (1, 2, …) is paid at the end of month startMonth + i. */
    private static int partsPaid(SignOnPayment payment, int month, int startMonth) {
        return Math.max(0, Math.min(payment.monthlyOverMonths(), month - startMonth));
    }

    /**
     * amount × parts ÷ all parts: worked out from the running total rather than part by part, so
     * every year's share is exact whenever it can be and the shares add up to the amount.
     */
    private static BigDecimal paidAfterParts(BigDecimal amount, int parts, int allParts) {
        if (parts == allParts) {
            return amount;
        }
        return amount.multiply(BigDecimal.valueOf(parts)).divide(BigDecimal.valueOf(allParts), DIVISION);
    }

    /**
     * All of the sign-on received before the full-repayment period ends; then a share falling month by
     * month to nothing at the end of the prorated period.
     */
    private static BigDecimal clawback(Clawback clawback, BigDecimal received, int month) {
        if (month < clawback.fullRepaymentMonths()) {
            return received;
        }
        int until = clawback.proratedUntilMonths();
        if (month < until) {
            BigDecimal remaining = BigDecimal.valueOf((long) until - month);
            BigDecimal period = BigDecimal.valueOf((long) until - clawback.fullRepaymentMonths());
            return received.multiply(remaining).divide(period, DIVISION);
        }
        return BigDecimal.ZERO;
    }

    private static BigDecimal totalSignOn(Offer offer) {
        return offer.signOns().stream().map(p -> BigDecimal.valueOf(p.amount())).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    /** The grant at the start price (options at their spread at the chosen valuation) ÷ its vesting years. */
    private static BigDecimal annualizedGrant(Equity equity, GrantPricing pricing) {
        if (equity == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal whole = pricing.valueAt(Vesting.HUNDRED, BigDecimal.ONE);
        return whole.divide(BigDecimal.valueOf(equity.vesting().years()), DIVISION);
    }

    private static String percent(BigDecimal fraction) {
        BigDecimal percent = fraction.movePointRight(2).stripTrailingZeros();
        String digits = percent.abs().toPlainString();
        return (percent.signum() < 0 ? "−" : percent.signum() > 0 ? "+" : "") + digits + " %";
    }

    private static List<String> conventions(Offer offer, ProjectionSettings settings, GrantPricing pricing,
                                            Tenders tenders, int steadyStateYear, BigDecimal guaranteedRefreshers) {
        List<String> sentences = new ArrayList<>();
        sentences.add("Year 1 is the first 12 months after the start date; a vesting date on an anniversary "
                + "counts in the year that ends there.");
        if (offer.yearlyRaisePercent().signum() != 0) {
            sentences.add("Base rises " + offer.yearlyRaisePercent().stripTrailingZeros().toPlainString()
                    + " % a year after the first.");
        }
        sentences.add("The target bonus counts in full in the year it is earned.");
        if (settings.noGrowth()) {
            sentences.add("No stock growth: equity is valued at the grant price.");
        } else if (settings.growthByYear().size() == 1) {
            sentences.add("The stock grows " + percent(settings.growthByYear().get(0)) + " a year, compounding within"
                    + " each year; price at vest = start price × Π(1 + growth).");
        } else {
            sentences.add("Stock growth by year: " + settings.growthByYear().stream()
                    .map(CompensationEngine::percent).collect(Collectors.joining(", "))
                    + " (the last rate continues), compounding within each year; price at vest = start price"
                    + " × Π(1 + growth).");
        }
        sentences.addAll(pricing.conventions(!settings.noGrowth()));
        if (!offer.refreshers().isEmpty()) {
            sentences.add("Refreshers stack: a grant of the yearly value at the start of every year from the first "
                    + "grant year, each vesting on its own schedule from its grant date (vesting starts in the grant "
                    + "year); its value is fixed in dollars at grant and then moves with the stock.");
            if (pricing.summary() != null) {
                sentences.add(refresherConvention(offer.equity(), pricing));
            }
            if (offer.refreshers().stream().anyMatch(Refresher::guaranteed)) {
                sentences.add("Refreshers count as at-risk pay even when the grant is guaranteed, since their value "
                        + "moves with the stock; " + Money.format(WholeDollars.of(guaranteedRefreshers)) + " of them"
                        + " over " + years(settings.years()) + " come from guaranteed grants.");
            }
        }
        sentences.add("Year 1: everything paid or vested in the first 12 months, sign-on included.");
        sentences.add("Annualised (Levels.fyi style): year-1 base + target bonus + the initial grant at the start price"
                + " ÷ its vesting years + all sign-on ÷ 4; it understates front-loaded grants in year 1.");
        String beyond = steadyStateYear > settings.years() ? ", past the " + years(settings.years()) + " shown" : "";
        sentences.add("Steady state with refreshers: year " + steadyStateYear + beyond + ", the first year after the "
                + "initial grant has fully vested and the sign-on has ended, with refresher stacking complete.");
        sentences.add("Guaranteed: base and sign-on; at risk: bonus, equity and refreshers; both over "
                + years(settings.years()) + "." + (pricing.summary() == null ? ""
                : " Options and private-company stock count as at-risk value at the valuation above."));
        if (pricing.summary() != null) {
            sentences.add(paperConvention(offer, pricing.summary(), tenders));
            for (String assumption : tenders.assumptions()) {
                sentences.add("Assumption: " + assumption);
            }
        }
        sentences.add("Relocation, the 401(k) match and benefits are shown apart and are not in the totals.");
        if (offer.match() != null) {
            sentences.add(matchConvention(offer.match(), BigDecimal.valueOf(offer.base())));
        }
        return sentences;
    }

    /** How a private company's refreshers follow the grant's valuation. */
    private static String refresherConvention(Equity equity, GrantPricing pricing) {
        BigDecimal today = com.counteroffer.domain.equity.CompanyFacts.of(equity).preferredPrice();
        if (today == null || today.signum() <= 0) {
            return "Refreshers are private-company stock, but today's (preferred) price isn't given, so they are"
                    + " counted at their face value, not at the valuation above.";
        }
        return "Refreshers are private-company stock stated at today's price of " + Money.sharePrice(today)
                + " a share, so each dollar of them counts as " + pricing.refresherRatio().setScale(4,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " (the valuation's "
                + Money.sharePrice(pricing.share().expectedPrice()) + " ÷ " + Money.sharePrice(today)
                + (pricing.share().outcomes().size() > 1 ? ", expected over the outcomes" : "") + ")"
                + (pricing.followsStockGrowth() ? "." : ", not grown further, since an exit already is the end value.");
    }

    /** What counts as paper and as liquid for an offer with options or private stock. */
    private static String paperConvention(Offer offer, PrivateEquity valued, Tenders tenders) {
        Liquidity terms = offer.equity().company().liquidity();
        String held = valued.unitWord() + (offer.refreshers().isEmpty() ? "" : " and refreshers");
        if (valued.liquidity() == Liquidity.Kind.TENDER) {
            return "Paper: the " + held + " not sold in a tender within the horizon,"
                    + " at the valuation above; liquid: cash pay and what the tenders pay ("
                    + (terms.tenderSellablePercent() == null ? "no share stated"
                    : plainPercent(terms.tenderSellablePercent()) + " of the vested, unsold units at each tender")
                    + ", sold at the tender price of " + Money.sharePrice(tenders.price())
                    + (valued.options() ? " minus the strike" : "")
                    + (offer.refreshers().isEmpty() ? ")." : "; refreshers: the same share at their value).");
        }
        return "Paper: the " + held + ", sellable only at a sale or listing of the company"
                + (valued.liquidity() == Liquidity.Kind.DOUBLE_TRIGGER
                ? " (double-trigger units settle only at such a liquidity event)" : "")
                + "; liquid: cash pay.";
    }

    /**
     * Which reading of the match is used, with year 1's numbers: "401(k) match: 50 % of what you put in on
     * the first 6 % of pay (base salary) = 50 % × 6 % × $210,000 = $6,300 in year 1, assuming you put in at
     * least 6 % of pay (up to the 2026 limit of $24,500, IRC 402(g))."
     */
    private static String matchConvention(RetirementMatch match, BigDecimal base) {
        String rate = plainPercent(match.ratePercent());
        String first = plainPercent(match.onFirstPercentOfPay());
        BigDecimal limit = BigDecimal.valueOf(RetirementMatch.COMPENSATION_LIMIT_2026);
        boolean payLimited = base.compareTo(limit) > 0;
        BigDecimal contribution = match.contribution(base);
        boolean deferralLimited = base.min(limit).multiply(match.onFirstPercentOfPay()).movePointLeft(2)
                .compareTo(BigDecimal.valueOf(RetirementMatch.DEFERRAL_LIMIT_2026)) > 0;
        BigDecimal yearly = match.yearly(base);
        StringBuilder text = new StringBuilder("401(k) match: ").append(rate).append(" of what you put in on the first ")
                .append(first).append(" of pay (base salary) = ");
        if (deferralLimited) {
            text.append(rate).append(" × ").append(Money.format(RetirementMatch.DEFERRAL_LIMIT_2026));
        } else {
            text.append(rate).append(" × ").append(first).append(" × ")
                    .append(Money.format(WholeDollars.of(base.min(limit))));
        }
        boolean capped = match.annualCap() != null
                && yearly.compareTo(contribution.multiply(match.ratePercent()).movePointLeft(2)) < 0;
        if (capped) {
            text.append(", capped at ").append(Money.format(match.annualCap()));
        }
        text.append(" = ").append(Money.format(WholeDollars.of(yearly))).append(" in year 1, assuming you put in at least ")
                .append(first).append(" of pay (up to the 2026 limit of ")
                .append(Money.format(RetirementMatch.DEFERRAL_LIMIT_2026)).append(", IRC 402(g))");
        if (payLimited) {
            text.append("; pay above the 2026 limit of ").append(Money.format(RetirementMatch.COMPENSATION_LIMIT_2026))
                    .append(" (IRC 401(a)(17)) is not counted");
        }
        if (match.annualCap() != null && !capped) {
            text.append("; the letter's cap of ").append(Money.format(match.annualCap())).append(" a year does not bind");
        }
        return text.append('.').toString();
    }

    private static String plainPercent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + " %";
    }

    private static String years(int years) {
        return String.format(Locale.ROOT, years == 1 ? "%d year" : "%d years", years);
    }
}
