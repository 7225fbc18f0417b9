package com.counteroffer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What typing on a list picks: a label's start first, then a word's start. */
class TypeToSelectTest {

    private static final List<String> STATES = List.of("Virginia (VA)", "Washington (WA)", "West Virginia (WV)",
            "New York (NY)", "Texas (TX)");

    @Test
    void theStartOfALabelWins() {
        assertThat(TypeToSelect.find(STATES, "wa")).isEqualTo(1);
        assertThat(TypeToSelect.find(STATES, "WE")).isEqualTo(2);
        assertThat(TypeToSelect.find(STATES, "t")).isEqualTo(4);
    }

    @Test
    void thenTheStartOfAWordOrCode() {
        assertThat(TypeToSelect.find(STATES, "york")).isEqualTo(3);
        assertThat(TypeToSelect.find(STATES, "tx")).isEqualTo(4);
        assertThat(TypeToSelect.find(List.of("San Francisco / Silicon Valley", "Seattle"), "silicon")).isEqualTo(0);
    }

    @Test
    void nothingMatchingPicksNothing() {
        assertThat(TypeToSelect.find(STATES, "zz")).isEqualTo(-1);
        assertThat(TypeToSelect.find(STATES, "")).isEqualTo(-1);
    }
}
