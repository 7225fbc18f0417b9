package com.counteroffer.domain.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 20: the matrix says what it still needs before an offer gets a weighted score. */
class DecisionMatrixTest {

    @Test
    void anOfferWaitsForAScoreOnEveryWeightedFactor() {
        DecisionMatrix matrix = DecisionMatrix.defaults();
        assertThat(matrix.weighted()).isTrue();
        assertThat(matrix.unscored("7")).containsExactlyElementsOf(DecisionMatrix.DEFAULT_FACTORS);

        // Scored on two, "Team" ignored (weight 0): four left, in the matrix's order.
        matrix = matrix.with(0, matrix.factors().get(0).withScore("7", 4))
                .with(1, matrix.factors().get(1).withScore("7", 2))
                .with(2, matrix.factors().get(2).withWeight(0));
        assertThat(matrix.unscored("7")).containsExactly("Commute", "Visa", "Mission");
        assertThat(matrix.unscored("8")).containsExactly("Remote policy", "Growth", "Commute", "Visa", "Mission");
        assertThat(matrix.weightedScore("7")).isNull();

        for (int f = 3; f < 6; f++) {
            matrix = matrix.with(f, matrix.factors().get(f).withScore("7", 5));
        }
        assertThat(matrix.unscored("7")).isEmpty();
        assertThat(matrix.weightedScore("7")).isNotNull();
    }

    @Test
    void withEveryWeightAtZeroNothingCounts() {
        DecisionMatrix matrix = DecisionMatrix.defaults();
        for (int f = 0; f < matrix.factors().size(); f++) {
            matrix = matrix.with(f, matrix.factors().get(f).withWeight(0));
        }
        assertThat(matrix.weighted()).isFalse();
        assertThat(matrix.unscored("7")).isEmpty();
        assertThat(matrix.weightedScore("7")).isNull();
    }
}
