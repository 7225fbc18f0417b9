package com.counteroffer.domain.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What money doesn't measure: factors the user weighs (1 to 5) and scores each offer on (1 to 5).
 * The weighted score is Σ(weight × score) ÷ Σ(weight × 5) × 100, so 100 means best on everything.
 */
public record DecisionMatrix(List<Factor> factors) {

    public static final int MIN = 1;
    public static final int MAX = 5;
    public static final List<String> DEFAULT_FACTORS = List.of("Remote policy", "Growth", "Team", "Commute", "Visa",
            "Mission");

    public DecisionMatrix {
        factors = List.copyOf(factors);
    }

    /** One factor: its name, its weight, and each offer's score by offer key (missing = not scored). */
    public record Factor(String name, int weight, Map<String, Integer> scores) {
        public Factor {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a factor needs a name");
            }
            if (weight < 0 || weight > MAX) {
                throw new IllegalArgumentException("a weight is between 0 and 5");
            }
            scores = Map.copyOf(scores);
            for (int score : scores.values()) {
                if (score < MIN || score > MAX) {
                    throw new IllegalArgumentException("a score is between 1 and 5");
                }
            }
        }

        public Factor withScore(String offerKey, Integer score) {
            Map<String, Integer> changed = new LinkedHashMap<>(scores);
            if (score == null) {
                changed.remove(offerKey);
            } else {
                changed.put(offerKey, score);
            }
            return new Factor(name, weight, changed);
        }

        public Factor withWeight(int newWeight) {
            return new Factor(name, newWeight, scores);
        }
    }

    public static DecisionMatrix defaults() {
        List<Factor> factors = new ArrayList<>();
        for (String name : DEFAULT_FACTORS) {
            factors.add(new Factor(name, 3, Map.of()));
        }
        return new DecisionMatrix(factors);
    }

    /** The weighted score of an offer, 0–100; null when it has no score on a weighted factor yet. */
    public BigDecimal weightedScore(String offerKey) {
        int total = 0;
        int best = 0;
        for (Factor factor : factors) {
            if (factor.weight() == 0) {
                continue;
            }
            Integer score = factor.scores().get(offerKey);
            if (score == null) {
                return null;
            }
            total += factor.weight() * score;
            best += factor.weight() * MAX;
        }
        if (best == 0) {
            return null;
        }
        return BigDecimal.valueOf(total * 100L).divide(BigDecimal.valueOf(best), 1, RoundingMode.HALF_UP);
    }

    /** Whether any factor counts (a weight above 0): without one, no offer can be scored. */
    public boolean weighted() {
        return factors.stream().anyMatch(factor -> factor.weight() > 0);
    }

    /** The weighted factors an offer has no score on yet, in the matrix's order: what its weighted score waits for. */
    public List<String> unscored(String offerKey) {
        return factors.stream().filter(factor -> factor.weight() > 0 && !factor.scores().containsKey(offerKey))
                .map(Factor::name).toList();
    }

    /** An offer's money score, 0–100: its horizon total as a share of the best one's. */
    public static BigDecimal moneyScore(BigDecimal total, BigDecimal best) {
        if (best.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return total.multiply(BigDecimal.valueOf(100)).divide(best, 1, RoundingMode.HALF_UP);
    }

    public DecisionMatrix with(int index, Factor factor) {
        List<Factor> changed = new ArrayList<>(factors);
        changed.set(index, factor);
        return new DecisionMatrix(changed);
    }

    public DecisionMatrix adding(String name) {
        List<Factor> changed = new ArrayList<>(factors);
        changed.add(new Factor(name, 3, Map.of()));
        return new DecisionMatrix(changed);
    }

    public DecisionMatrix removing(int index) {
        List<Factor> changed = new ArrayList<>(factors);
        changed.remove(index);
        return new DecisionMatrix(changed);
    }
}
