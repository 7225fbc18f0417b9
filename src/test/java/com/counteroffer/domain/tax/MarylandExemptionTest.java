package com.counteroffer.domain.tax;

import static com.counteroffer.domain.tax.FilingStatus.HEAD_OF_HOUSEHOLD;
import static com.counteroffer.domain.tax.FilingStatus.MARRIED_JOINT;
import static com.counteroffer.domain.tax.FilingStatus.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.data.TaxTablesReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Maryland's personal exemption by federal AGI (Tax-General §10-211(c)): 3,200 up to the start, then 1,600 and
 * 800 for the next two 25,000 bands (each band's top included), then 0. Single starts at 100,000; joint and
 * head of household at 150,000.
 */
class MarylandExemptionTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.MD));
    }

    @ParameterizedTest(name = "{0} at federal AGI {1}: {2} per exemption")
    @CsvSource({
            "SINGLE, 100000, 3200", "SINGLE, 100000.01, 1600", "SINGLE, 125000, 1600", "SINGLE, 125000.01, 800",
            "SINGLE, 150000, 800", "SINGLE, 150000.01, 0",
            "MARRIED_JOINT, 150000, 3200", "MARRIED_JOINT, 150000.01, 1600", "MARRIED_JOINT, 175000, 1600",
            "MARRIED_JOINT, 175000.01, 800", "MARRIED_JOINT, 200000, 800", "MARRIED_JOINT, 200000.01, 0",
            // §10-211(c)(2) puts heads of household with joint filers, not with single filers
            "HEAD_OF_HOUSEHOLD, 150000, 3200", "HEAD_OF_HOUSEHOLD, 160000, 1600", "HEAD_OF_HOUSEHOLD, 190000, 800",
            "HEAD_OF_HOUSEHOLD, 200000.01, 0"
    })
    void eachBandBoundary(FilingStatus filing, String agi, String expected) {
        Jurisdiction md = tables.get(JurisdictionId.MD);
        assertThat(TaxEngine.marylandExemptionPerPerson(md, filing, new BigDecimal(agi)))
                .isEqualByComparingTo(expected);
    }

    @Test
    void singleInTheFirstReducedBand() {
        // AGI 120,000: 1 × 1,600; TI = 120,000 − 3,350 − 1,600 = 115,050: 2 % × 1,000 = 20; 3 % × 1,000 = 30;
        // 4 % × 1,000 = 40; 4.75 % × 97,000 = 4,607.50; 5 % × 15,050 = 752.50 → 5,450; county 3.2 % → 3,681.60
        TaxResult result = tax(120_000, SINGLE);
        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("115050");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("5450");
        assertThat(result.localIncomeTax()).isEqualByComparingTo("3681.60");
        assertThat(result.notes()).anyMatch(note -> note.contains("reduced to $1,600 per exemption"));
    }

    @Test
    void singleInTheSecondReducedBand() {
        // AGI 140,000: 1 × 800; TI = 140,000 − 3,350 − 800 = 135,850: 90; 4.75 % × 97,000 = 4,607.50;
        // 5 % × 25,000 = 1,250; 5.25 % × 10,850 = 569.625 → 6,517.125; county 3.2 % × 135,850 = 4,347.20
        TaxResult result = tax(140_000, SINGLE);
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("6517.125");
        assertThat(result.localIncomeTax()).isEqualByComparingTo("4347.20");
    }

    @Test
    void jointAtTheStartKeepsTheFullExemption() {
        // AGI 150,000 (not above the start): 2 × 3,200; TI = 150,000 − 6,700 − 6,400 = 136,900:
        // 90; 4.75 % × 133,900 = 6,360.25 → 6,450.25
        TaxResult result = tax(150_000, MARRIED_JOINT);
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("6450.25");
        assertThat(result.notes()).noneMatch(note -> note.contains("Maryland personal exemption reduced"));
    }

    @Test
    void jointInTheFirstReducedBand() {
        // AGI 160,000: 2 × 1,600; TI = 160,000 − 6,700 − 3,200 = 150,100: 90; 4.75 % × 147,000 = 6,982.50;
        // 5 % × 100 = 5 → 7,077.50; county 3.2 % × 150,100 = 4,803.20
        TaxResult result = tax(160_000, MARRIED_JOINT);
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("7077.50");
        assertThat(result.localIncomeTax()).isEqualByComparingTo("4803.20");
    }

    @Test
    void jointInTheSecondReducedBand() {
        // AGI 190,000: 2 × 800; TI = 190,000 − 6,700 − 1,600 = 181,700: 90; 6,982.50; 5 % × 25,000 = 1,250;
        // 5.25 % × 6,700 = 351.75 → 8,674.25; county 3.2 % × 181,700 = 5,814.40
        TaxResult result = tax(190_000, MARRIED_JOINT);
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("8674.25");
        assertThat(result.localIncomeTax()).isEqualByComparingTo("5814.40");
    }

    @Test
    void jointAboveThePhaseOut() {
        // AGI 210,000: no exemption; TI = 210,000 − 6,700 = 203,300: 90; 6,982.50; 1,250;
        // 5.25 % × 28,300 = 1,485.75 → 9,808.25
        TaxResult result = tax(210_000, MARRIED_JOINT);
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("9808.25");
    }

    @Test
    void theFigureInUseIsFederalAgiAfterThe401kDeferral() {
        // wages 130,000 less a 10,000 deferral: AGI 120,000, the first band → same state tax as wages 120,000
        TaxResult deferred = TaxEngine.compute(tables,
                TaxInput.of(BigDecimal.valueOf(130_000), SINGLE, StateCode.MD).withDeferral(BigDecimal.valueOf(10_000)));
        assertThat(deferred.stateIncomeTax()).isEqualByComparingTo("5450");
    }

    @Test
    void headOfHouseholdUsesTheJointStart() {
        // AGI 140,000 is below the 150,000 joint start: no reduction (single would get 800)
        assertThat(tax(140_000, HEAD_OF_HOUSEHOLD).notes())
                .noneMatch(note -> note.contains("Maryland personal exemption reduced"));
    }
}
