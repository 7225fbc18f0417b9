package com.counteroffer.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.UiFixture;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which cells of the comparison table are marked best (found in use: "At risk" was marked best when highest). */
class CompareResultTest {

    @TempDir
    Path folder;

    private CompareResult compareTheSamples() {
        try (UiFixture fixture = UiFixture.open(folder)) {
            Services services = fixture.services();
            services.offers().add(1, Samples.bigTech());
            services.offers().add(1, Samples.startup());
            services.offers().add(1, Samples.bigTech().asCopyNamed("Twin Cloud"));
            SavedComparison scenario = CompareService.defaultScenario(services.offers().list(1)).withLeaveMonth(10);
            return services.compare().compare(1, scenario).orElseThrow();
        }
    }

    @Test
    void moreMoneyAtRiskIsNotBetterAndNeitherIsLess() {
        Map<String, CompareResult.Row> rows = compareTheSamples().rows().stream()
                .collect(Collectors.toMap(CompareResult.Row::id, row -> row));

        assertThat(rows.get("at_risk").best()).as("a larger share riding on the stock is a trait, not a win").isEmpty();
        assertThat(rows.get("leave_clawback").best()).as("less to repay is better")
                .allSatisfy(index -> assertThat(rows.get("leave_clawback").values().get(index))
                        .isEqualByComparingTo(rows.get("leave_clawback").values().stream()
                                .min(java.math.BigDecimal::compareTo).orElseThrow()));
    }

    @Test
    void everyOfferThatTiesForTheBestIsMarked() {
        CompareResult.Row horizon = compareTheSamples().rows().stream().filter(row -> row.id().equals("horizon"))
                .findFirst().orElseThrow();
        // Northwind Cloud and its twin pay the same: both lead.
        assertThat(horizon.best()).containsExactly(0, 2);
    }
}
