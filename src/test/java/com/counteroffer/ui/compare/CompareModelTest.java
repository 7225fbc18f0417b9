package com.counteroffer.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.service.CompareResult;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.UiFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Compare screen's model: the service's comparison, and the scenario kept per client. */
class CompareModelTest {

    @TempDir
    Path folder;
    private UiFixture fixture;
    private CompareModel model;
    private long northwind;
    private long lattice;

    @BeforeEach
    void open() {
        fixture = UiFixture.open(folder);
        northwind = fixture.services().offers().add(1, Samples.bigTech());
        lattice = fixture.services().offers().add(1, Samples.startup());
        model = new CompareModel(fixture.ui());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aNewClientComparesTheirFirstOffersOverFourYearsWithoutGrowth() {
        assertThat(model.selected()).containsExactly(northwind, lattice);
        CompareResult result = model.resultProperty().get();
        assertThat(result).isNotNull();
        assertThat(result.comparison().offers()).hasSize(2);
        assertThat(result.takeHome()).as("after-tax figures too").isNotNull();
    }

    @Test
    void fifteenMeansFifteenPercentAndTheScenarioIsKeptForTheClient() {
        assertThat(model.setGrowth("1500")).contains("between −95 % and 300 %");
        assertThat(model.setGrowth("15")).isEmpty();
        model.yearsProperty().set(7);
        assertThat(model.setOfferGrowth(lattice, "-30%")).isEmpty();

        SavedComparison kept = fixture.services().compare().scenario(1);
        assertThat(kept.growth()).isEqualByComparingTo("0.15");
        assertThat(kept.years()).isEqualTo(7);
        assertThat(kept.offerGrowth().get(lattice)).isEqualByComparingTo("-0.3");
        assertThat(model.resultProperty().get().comparison().offers().get(0).projection().years()).hasSize(7);
        CompareResult service = fixture.services().compare().compare(1).orElseThrow();
        assertThat(model.resultProperty().get().rows()).isEqualTo(service.rows());
    }

    @Test
    void theValuationControlRevaluesTheStartupsOptionsAndIsKeptWithTheScenario() {
        // Lattice AI: 40,000 options at a $2.50 strike; 409A $2.50 → $0; preferred $9.00 → 6.50 × 40,000 = 260,000.
        assertThat(latticeEquity()).isEqualByComparingTo("0");

        model.valuationProperty().set(ValuationBasis.PREFERRED);

        assertThat(latticeEquity()).isEqualByComparingTo("260000");
        assertThat(fixture.services().compare().scenario(1).valuation()).isEqualTo(ValuationBasis.PREFERRED);
        assertThat(model.resultProperty().get().comparison().insights())
                .contains("Lattice AI's 40,000 options are valued at the preferred price of $9.00: $260,000 for the"
                        + " whole grant ($6.50 an option).");
        CompareResult.Row paper = model.resultProperty().get().rows().stream().filter(r -> r.id().equals("paper"))
                .findFirst().orElseThrow();
        assertThat(paper.values().get(1)).isEqualByComparingTo("260000");
        assertThat(paper.formula()).contains("Lattice AI: options at the preferred price of $9.00");

        model.valuationProperty().set(null);
        assertThat(latticeEquity()).isEqualByComparingTo("0");
        assertThat(fixture.services().compare().scenario(1).valuation()).isNull();
    }

    private java.math.BigDecimal latticeEquity() {
        return model.resultProperty().get().rows().stream().filter(r -> r.id().equals("equity")).findFirst()
                .orElseThrow().values().get(1);
    }

    @Test
    void switchingClientsShowsEachClientsOwnScenario() {
        model.setGrowth("15");
        fixture.switchToNew("Priya");
        assertThat(model.growthProperty().get()).isEqualByComparingTo("0");
        assertThat(model.resultProperty().get()).isNull();
        fixture.session().switchTo(fixture.services().clients().byId(1).orElseThrow(), error -> { });
        assertThat(model.growthProperty().get()).isEqualByComparingTo("0.15");
        assertThat(model.selected()).containsExactly(northwind, lattice);
    }

    @Test
    void savedComparisonsAndTheMatrix() {
        assertThat(model.addFactor("")).startsWith("Name the factor");
        assertThat(model.addFactor("On-call load")).isEmpty();
        assertThat(model.addFactor("on-call LOAD")).isEqualTo("That factor is already in the matrix.");
        model.saveAs("Big tech vs startup");
        assertThat(model.saved()).extracting(SavedComparison::name).containsExactly("Big tech vs startup");
        model.yearsProperty().set(2);
        model.apply(model.saved().get(0));
        assertThat(model.yearsProperty().get()).isEqualTo(4);
        assertThat(model.statusProperty().get()).isEqualTo("Saved \"Big tech vs startup\".");
        model.deleteSaved(model.saved().get(0));
        assertThat(model.saved()).isEmpty();
        // Issue 20: deleting said nothing; the strip above the screen confirms it.
        assertThat(model.statusProperty().get()).isEqualTo("Deleted \"Big tech vs startup\".");
    }

    @Test
    void atMostSixOffersAndDeletedOnesLeaveTheComparison() {
        for (int i = 0; i < 5; i++) {
            fixture.services().offers().add(1, Samples.bigTech().asCopyNamed("Copy " + i));
        }
        fixture.session().reload();
        fixture.session().offers().forEach(stored -> model.select(stored.id(), true));
        assertThat(model.selected()).hasSize(6);
        fixture.services().offers().delete(1, lattice);
        assertThat(model.selected()).doesNotContain(lattice).hasSize(5);
    }

    @Test
    void theMonthOfLeavingIsTypedWithinTheHorizonAndFollowsItWhenItShortens() {
        model.leaveEnabledProperty().set(true);
        assertThat(model.leaveLimit()).isEqualTo(48);
        assertThat(model.setLeaveMonth("17")).isEmpty();
        assertThat(model.leaveMonthProperty().get()).isEqualTo(17);
        assertThat(fixture.services().compare().scenario(1).leaveMonth()).isEqualTo(17);
        assertThat(model.setLeaveMonth("49")).isEqualTo("The month of leaving must be between 1 and 48.");
        assertThat(model.setLeaveMonth("soon")).startsWith("Enter the month of leaving as a whole number");
        assertThat(model.setLeaveMonth("0")).isEqualTo("The month of leaving must be between 1 and 48.");
        assertThat(model.leaveMonthProperty().get()).as("a bad month keeps the last good one").isEqualTo(17);

        model.yearsProperty().set(1);
        assertThat(model.leaveMonthProperty().get()).isEqualTo(12);
        assertThat(model.resultProperty().get().rows()).anySatisfy(row ->
                assertThat(row.label()).isEqualTo("Paid if you leave at month 12"));
    }

    @Test
    void anOfferKeepsItsColourWhicheverOffersAreTicked() {
        long third = fixture.services().offers().add(1, Samples.currentJob());
        fixture.session().reload();
        String key = String.valueOf(third);
        int colour = model.colorIndex(key);
        assertThat(colour).isEqualTo(2);
        model.select(northwind, false);
        model.select(third, true);
        assertThat(model.resultProperty().get().comparison().offers().get(1).entry().key()).isEqualTo(key);
        assertThat(model.colorIndex(key)).as("second of the ticked, third of all").isEqualTo(colour);
        assertThat(model.colorIndex(String.valueOf(lattice))).isEqualTo(1);
    }

    @Test
    void theMatrixSaysWhatItNeedsBeforeItCanScore() {
        assertThat(model.matrixMissing(model.resultProperty().get())).containsExactly(
                "Score every offer on: Remote policy, Growth, Team, Commute, Visa, Mission.");
        var matrix = model.matrixProperty().get();
        for (int f = 0; f < matrix.factors().size(); f++) {
            matrix = matrix.with(f, matrix.factors().get(f).withScore(String.valueOf(northwind), 4));
        }
        matrix = matrix.with(0, matrix.factors().get(0).withScore(String.valueOf(lattice), 2));
        model.matrixProperty().set(matrix);
        assertThat(model.matrixMissing(model.resultProperty().get())).containsExactly(
                "Score Lattice AI on: Growth, Team, Commute, Visa, Mission.");
        for (int f = 0; f < matrix.factors().size(); f++) {
            matrix = matrix.with(f, matrix.factors().get(f).withWeight(0));
        }
        model.matrixProperty().set(matrix);
        assertThat(model.matrixMissing(model.resultProperty().get())).containsExactly(
                "Add weights: every factor weighs 0, so nothing counts yet.");
    }
}
