package com.counteroffer.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 20: the component chart's rotated labels use whole words ("Y1 1·Northwind C…" was cut mid-word). */
class CompareChartsTest {

    @Test
    void shortNamesAreWholeWordsAndNeverTheSameTwice() {
        assertThat(CompareCharts.shortNames(List.of("Northwind Cloud Platforms", "Current Employer Holdings International",
                "AI Labs Inc", "Northwind Cloud", "Lattice AI")))
                .containsExactly("Northwind", "Current", "AI Labs", "Northwind 2", "Lattice");
        assertThat(CompareCharts.shortNames(List.of("Acme", "Acme", "Acme"))).containsExactly("Acme", "Acme 2", "Acme 3");
    }
}
