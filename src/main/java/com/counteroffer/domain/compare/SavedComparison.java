package com.counteroffer.domain.compare;

import com.counteroffer.domain.input.TextRules;
import com.counteroffer.domain.offer.ValuationBasis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A comparison as the user set it up: which offers, the horizon, the growth scenario and any
 * per-offer growth, the leave-early month, the reference offer, and the decision matrix.
 *
 * @param offerIds the saved offers compared, in column order
 * @param growth the growth applied to every offer without its own
 * @param offerGrowth per-offer growth by offer id
 * @param leaveMonth the month for the leave-early rows, or null
 * @param referenceId the offer the differences are shown against, or null for the first
 * @param valuation how every offer's options and private stock are valued; null for each offer's own choice
 */
public record SavedComparison(String name, List<Long> offerIds, int years, BigDecimal growth,
                              Map<Long, BigDecimal> offerGrowth, Integer leaveMonth, Long referenceId,
                              DecisionMatrix matrix, ValuationBasis valuation) {

    /** The yearly stock growth a comparison may assume, as a fraction: −95 % to +300 %. */
    public static final BigDecimal LOWEST_GROWTH = new BigDecimal("-0.95");
    public static final BigDecimal HIGHEST_GROWTH = new BigDecimal("3.00");

    public SavedComparison {
        Objects.requireNonNull(name, "name");
        offerIds = List.copyOf(offerIds);
        offerGrowth = Map.copyOf(offerGrowth);
        growth = growth == null ? BigDecimal.ZERO : growth;
        matrix = matrix == null ? DecisionMatrix.defaults() : matrix;
    }

    /** A comparison valuing each offer's private equity as that offer chose. */
    public SavedComparison(String name, List<Long> offerIds, int years, BigDecimal growth,
                           Map<Long, BigDecimal> offerGrowth, Integer leaveMonth, Long referenceId,
                           DecisionMatrix matrix) {
        this(name, offerIds, years, growth, offerGrowth, leaveMonth, referenceId, matrix, null);
    }

    /** What is wrong with the name or a factor's name (the text rules for names); empty when nothing is. */
    public List<String> textProblems() {
        List<String> problems = new ArrayList<>();
        String problem = TextRules.problem(name, TextRules.Kind.NAME);
        if (problem != null) {
            problems.add("name: " + problem);
        }
        for (int i = 0; i < matrix.factors().size(); i++) {
            problem = TextRules.problem(matrix.factors().get(i).name(), TextRules.Kind.NAME);
            if (problem != null) {
                problems.add("factors[" + i + "].name: " + problem);
            }
        }
        return problems;
    }

    /**
     * The same comparison with its offers named by other keys (database ids ↔ positions in a file):
     * offers, per-offer growth, reference and scores all follow {@code newKeys}. Offers it does not
     * map are left out.
     */
    public SavedComparison withOfferKeys(Map<Long, Long> newKeys) {
        // Two offers may map to one (both matched the same saved offer): it is compared once.
        List<Long> ids = offerIds.stream().filter(newKeys::containsKey).map(newKeys::get).distinct().toList();
        Map<Long, BigDecimal> growthByKey = new java.util.LinkedHashMap<>();
        offerGrowth.forEach((id, rate) -> {
            if (newKeys.containsKey(id)) {
                growthByKey.put(newKeys.get(id), rate);
            }
        });
        List<DecisionMatrix.Factor> factors = matrix.factors().stream().map(factor -> {
            Map<String, Integer> scores = new java.util.LinkedHashMap<>();
            factor.scores().forEach((key, score) -> {
                Long id = parseKey(key);
                if (id != null && newKeys.containsKey(id)) {
                    scores.put(Long.toString(newKeys.get(id)), score);
                }
            });
            return new DecisionMatrix.Factor(factor.name(), factor.weight(), scores);
        }).toList();
        return new SavedComparison(name, ids, years, growth, growthByKey, leaveMonth,
                referenceId == null ? null : newKeys.get(referenceId), new DecisionMatrix(factors), valuation);
    }

    private static Long parseKey(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The same comparison under another name. */
    public SavedComparison named(String newName) {
        return new SavedComparison(newName, offerIds, years, growth, offerGrowth, leaveMonth, referenceId, matrix, valuation);
    }

    public SavedComparison withOffers(List<Long> ids) {
        return new SavedComparison(name, ids, years, growth, offerGrowth, leaveMonth, referenceId, matrix, valuation);
    }

    public SavedComparison withYears(int newYears) {
        return new SavedComparison(name, offerIds, newYears, growth, offerGrowth, leaveMonth, referenceId, matrix, valuation);
    }

    public SavedComparison withGrowth(BigDecimal newGrowth) {
        return new SavedComparison(name, offerIds, years, newGrowth, offerGrowth, leaveMonth, referenceId, matrix, valuation);
    }

    /** "each offer's own valuation", "the 409A price", "the preferred price", "an exit you choose", "exit scenarios". */
    public String valuationWords() {
        if (valuation == null) {
            return "each offer's own valuation";
        }
        return switch (valuation) {
            case FAIR_MARKET_VALUE -> "the 409A price";
            case PREFERRED -> "the preferred price";
            case EXIT -> "an exit you choose";
            case SCENARIOS -> "exit scenarios";
        };
    }

    /** The same comparison valuing every offer's private equity on {@code basis} (null: each offer's own). */
    public SavedComparison withValuation(ValuationBasis basis) {
        return new SavedComparison(name, offerIds, years, growth, offerGrowth, leaveMonth, referenceId, matrix, basis);
    }

    public SavedComparison withLeaveMonth(Integer month) {
        return new SavedComparison(name, offerIds, years, growth, offerGrowth, month, referenceId, matrix, valuation);
    }
}
