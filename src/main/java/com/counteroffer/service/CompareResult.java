package com.counteroffer.service;

import com.counteroffer.domain.compare.Comparison;
import com.counteroffer.domain.compare.DecisionMatrix;
import com.counteroffer.domain.compare.OfferComparison;
import com.counteroffer.domain.compare.YearTakeHome;
import com.counteroffer.domain.compensation.LeaveOutcome;
import com.counteroffer.domain.compensation.PrivateEquity;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.YearAmounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A computed comparison ready to show: the engine's result, each offer's take-home years (null
 * until the tax tables are read), the table's rows, and what the scenario asked for but had to be
 * left out (an offer whose saved row can't be read).
 */
public record CompareResult(Comparison comparison, Map<String, List<YearTakeHome>> takeHome, List<Row> rows,
                            List<String> leftOut) {

    public CompareResult {
        leftOut = List.copyOf(leftOut);
    }

    /** The same result, saying what it had to leave out. */
    CompareResult leavingOut(List<String> notes) {
        List<String> all = new ArrayList<>(leftOut);
        all.addAll(notes);
        return new CompareResult(comparison, takeHome, rows, all);
    }

    /** Which way a row's values are better: more pay is, less to repay is, more at risk is neither. */
    public enum Better { HIGHER, LOWER, NEITHER }

    /** One line of the comparison table, and which way its values are better. */
    public record Row(String id, String label, String formula, List<BigDecimal> values, Better better) {
        /** The columns holding the best value (every one when several tie); none when all are equal or it is neither. */
        public List<Integer> best() {
            List<BigDecimal> present = values.stream().filter(java.util.Objects::nonNull).toList();
            if (better == Better.NEITHER || present.isEmpty()
                    || present.stream().allMatch(value -> value.compareTo(present.get(0)) == 0)) {
                return List.of();
            }
            BigDecimal top = better == Better.LOWER ? present.stream().min(BigDecimal::compareTo).orElseThrow()
                    : present.stream().max(BigDecimal::compareTo).orElseThrow();
            List<Integer> columns = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null && values.get(i).compareTo(top) == 0) {
                    columns.add(i);
                }
            }
            return List.copyOf(columns);
        }
    }

    public static CompareResult of(Comparison comparison, Map<String, List<YearTakeHome>> takeHome, DecisionMatrix matrix,
                            Integer leaveMonth) {
        List<OfferComparison> offers = comparison.offers();
        String valuations = valuations(offers);
        List<Row> rows = new ArrayList<>();
        rows.add(row("base", "Base (year 1)", "Base salary in the first year.", offers, o -> o.projection().year(1).base()));
        rows.add(row("bonus", "Target bonus (year 1)", "Target bonus in the first year: a target, not a promise.",
                offers, o -> o.projection().year(1).bonus()));
        rows.add(row("equity", "Equity (horizon)", "The initial grant vested over the horizon, at the scenario's stock price."
                + valuations, offers, o -> sum(o.projection(), YearAmounts::equity)));
        rows.add(row("sign_on", "Sign-on (horizon)", "Sign-on paid over the horizon.", offers,
                o -> sum(o.projection(), YearAmounts::signOn)));
        rows.add(row("refreshers", "Refreshers (horizon)", "Refresher grants vested over the horizon (stacked yearly grants).",
                offers, o -> sum(o.projection(), YearAmounts::refreshers)));
        rows.add(row("year1", "Year 1", "Everything paid or vested in the first 12 months.", offers,
                o -> o.projection().tcYear1()));
        rows.add(row("annualized", "Annualised (Levels-style)",
                "Base + initial grant ÷ vesting years + target bonus + sign-on ÷ 4.", offers,
                o -> o.projection().tcAnnualized()));
        int years = offers.get(0).projection().years().size();
        // Year 1 is the named view above; the yearly rows continue from year 2.
        for (int year = 2; year <= years; year++) {
            int y = year;
            rows.add(row("year_" + y, "Year " + y, "Total of year " + y + ": base + bonus + equity + sign-on + refreshers.",
                    offers, o -> o.projection().year(y).total()));
        }
        rows.add(row("steady", "Steady state", "A year once the initial grant and sign-on are over, with refreshers "
                + "stacked (the year is in each offer's projection).", offers, o -> o.projection().tcSteadyState()));
        rows.add(row("horizon", "Horizon total (" + years + " years)", "Sum of the yearly totals." + valuations,
                offers, OfferComparison::horizonTotal));
        rows.add(row("guaranteed", "Guaranteed", "Base and sign-on over the horizon.", offers,
                o -> o.projection().guaranteed()));
        rows.add(new Row("at_risk", "At risk", "Bonus, equity and refreshers over the horizon: they depend on performance "
                + "and the stock; options and private stock count here at their valuation." + valuations,
                values(offers, o -> o.projection().atRisk()), Better.NEITHER));
        if (offers.stream().anyMatch(o -> o.projection().privateEquity() != null)) {
            rows.add(new Row("paper", "Paper (horizon)", "Options and private-company stock (and its refreshers) that"
                    + " can't be sold within the horizon: sellable only at a sale or listing, or beyond what tender"
                    + " offers buy back." + valuations, values(offers, o -> o.projection().paper()),
                    Better.NEITHER));
            rows.add(row("liquid", "Liquid (horizon)", "Cash pay, public stock and what tender offers pay for the units"
                    + " sold (at the tender price, so it can differ from horizon total − paper).", offers,
                    o -> o.projection().liquid()));
        }
        rows.add(row("net", "After tax (horizon)", "Net pay over the horizon: wages minus 2026 federal, FICA, state and "
                + "local tax where you would live. Wages are base, bonus, sign-on, relocation, public RSUs as they vest"
                + " and what tenders pay; options and private shares still held are left out, since they are taxed"
                + " when exercised or sold.", offers, o -> netSum(takeHome, o)));
        rows.add(row("purchasing", "Purchasing power (horizon)", "Net pay ÷ (regional price parity ÷ 100): what it buys "
                + "at US-average prices (BEA 2023).", offers, o -> powerSum(takeHome, o)));
        if (leaveMonth != null) {
            rows.add(row("leave_paid", "Paid if you leave at month " + leaveMonth, "Base, completed-year bonuses, vested "
                    + "equity and refreshers, sign-on received, minus clawback.", offers, o -> o.leave().netPaid()));
            rows.add(new Row("leave_clawback", "Sign-on repaid at month " + leaveMonth, "What the clawback terms ask back.",
                    values(offers, o -> o.leave().clawback()), Better.LOWER));
            rows.add(new Row("leave_forfeited", "Unvested equity left at month " + leaveMonth,
                    "Initial grant and refresher grants not yet vested, at the stock price then (options and private"
                    + " stock at their valuation)." + leftUnits(offers), values(offers, o -> o.leave().forfeited()),
                    Better.LOWER));
            if (offers.stream().anyMatch(o -> o.leave().units() != null && o.leave().units().options())) {
                rows.add(new Row("leave_exercise", "Cost to exercise vested options at month " + leaveMonth,
                        "Vested options × strike, to be paid before the exercise window after leaving closes."
                                + exerciseWindows(offers), values(offers, o -> o.leave().exerciseCost()), Better.LOWER));
            }
        }
        BigDecimal best = offers.stream().map(OfferComparison::horizonTotal).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        rows.add(row("money_score", "Money score (0–100)", "Horizon total as a share of the best horizon total.", offers,
                o -> DecisionMatrix.moneyScore(o.horizonTotal(), best)));
        rows.add(row("weighted_score", "Weighted score (0–100)", "Σ(weight × score) ÷ Σ(weight × 5) × 100 over the "
                + "decision matrix; empty until every weighted factor is scored.", offers,
                o -> matrix.weightedScore(o.entry().key())));
        return new CompareResult(comparison, takeHome, rows, List.of());
    }

    /** " Valued: Acme: options at the preferred price of $12.00 (convention); Globex: public RSUs." */
    private static String valuations(List<OfferComparison> offers) {
        if (offers.stream().allMatch(o -> o.projection().privateEquity() == null)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (OfferComparison offer : offers) {
            PrivateEquity valued = offer.projection().privateEquity();
            parts.add(offer.entry().name() + ": " + (valued == null ? "no options or private stock"
                    : valued.unitWord() + " " + valued.atWords() + " (" + valued.convention() + ")"));
        }
        return " Valued — " + String.join("; ", parts) + ".";
    }

    /** " Left behind: Acme 60,000 options; Globex …" for offers whose grant is counted in units. */
    private static String leftUnits(List<OfferComparison> offers) {
        List<String> parts = new ArrayList<>();
        for (OfferComparison offer : offers) {
            LeaveOutcome.Units units = offer.leave().units();
            if (units != null && units.valued() != null) {
                parts.add(offer.entry().name() + " " + String.format(java.util.Locale.ROOT, "%,d", units.forfeited())
                        + " " + units.valued().unitWord() + " " + units.valued().atWords());
            }
        }
        return parts.isEmpty() ? "" : " Left behind: " + String.join("; ", parts) + ".";
    }

    /** " Acme: 15,000 vested options, by month 13 (a 3-month window)." */
    private static String exerciseWindows(List<OfferComparison> offers) {
        List<String> parts = new ArrayList<>();
        for (OfferComparison offer : offers) {
            LeaveOutcome.Units units = offer.leave().units();
            if (units != null && units.options()) {
                parts.add(offer.entry().name() + ": " + String.format(java.util.Locale.ROOT, "%,d", units.vested())
                        + " vested options, by month " + units.exerciseDeadlineMonth() + " (a "
                        + units.exerciseWindowMonths() + "-month window)");
            }
        }
        return " " + String.join("; ", parts) + ".";
    }

    private static Row row(String id, String label, String formula, List<OfferComparison> offers,
                           Function<OfferComparison, BigDecimal> value) {
        return new Row(id, label, formula, values(offers, value), Better.HIGHER);
    }

    private static List<BigDecimal> values(List<OfferComparison> offers, Function<OfferComparison, BigDecimal> value) {
        List<BigDecimal> values = new ArrayList<>();
        for (OfferComparison offer : offers) {
            values.add(value.apply(offer));
        }
        return values;
    }

    private static BigDecimal sum(Projection projection, Function<YearAmounts, BigDecimal> part) {
        return projection.years().stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal netSum(Map<String, List<YearTakeHome>> takeHome, OfferComparison offer) {
        List<YearTakeHome> years = takeHome == null ? null : takeHome.get(offer.entry().key());
        return years == null ? null : years.stream().map(YearTakeHome::net).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal powerSum(Map<String, List<YearTakeHome>> takeHome, OfferComparison offer) {
        List<YearTakeHome> years = takeHome == null ? null : takeHome.get(offer.entry().key());
        return years == null ? null : years.stream().map(YearTakeHome::purchasingPower).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What leaving would pay, for the offers in column order; empty without a leave month. */
    public List<LeaveOutcome> leaves() {
        return comparison.offers().stream().map(OfferComparison::leave).toList();
    }
}
