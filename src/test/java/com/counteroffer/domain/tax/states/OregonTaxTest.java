package com.counteroffer.domain.tax.states;

import static com.counteroffer.domain.tax.FilingStatus.HEAD_OF_HOUSEHOLD;
import static com.counteroffer.domain.tax.FilingStatus.MARRIED_JOINT;
import static com.counteroffer.domain.tax.FilingStatus.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.data.TaxTablesReader;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.domain.tax.TaxEngine;
import com.counteroffer.domain.tax.TaxInput;
import com.counteroffer.domain.tax.TaxResult;
import com.counteroffer.domain.tax.TaxTables;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Oregon (or-2025.json, the 2025 OR-40 figures standing in for 2026), worked by hand from the OR-40 rate charts:
 * standard deduction, the federal tax subtraction at its AGI-capped maximum (carried as the personal exemption),
 * the exemption credit lost above $100,000 / $200,000, the transit tax and Paid Leave Oregon.
 */
class OregonTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(String wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(new BigDecimal(wages), filing, StateCode.OR));
    }

    @Test
    void theFederalTaxSubtractionIsTheLesserOfTheTaxAndTheCap() {
        // Single 60,000: federal tax 5,020 (taxable 43,900: 1,240 + 31,500 × 12 %), under the
        // 8,500 cap, so 5,020 is subtracted: Oregon taxable 60,000 − 2,835 − 5,020 = 52,145.
        // 4.75 % × 4,400 = 209 + 6.75 % × 6,700 = 452.25 + 8.75 % × 41,045 = 3,591.4375 → 4,252.6875;
        // exemption credit 256 → 3,996.6875.
        TaxResult result = TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(60_000), FilingStatus.SINGLE,
                StateCode.OR));

        assertThat(result.federalIncomeTax()).isEqualByComparingTo("5020");
        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("52145");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("3996.6875");
    }

    @Test
    void singleAt150000HasNoSubtractionOrCredit() {
        // AGI 150,000 ≥ 145,000: federal tax subtraction 0; over 100,000: no exemption credit
        // taxable = 150,000 − 2,835 = 147,165
        // 4.75 % × 4,400 = 209; 6.75 % × 6,700 = 452.25; 8.75 % × 113,900 = 9,966.25; 9.9 % × 22,165 = 2,194.335
        // → 12,821.835
        TaxResult result = tax("150000", SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("147165");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("12821.835");
    }

    @Test
    void singleAt130000SubtractsTheThirdBandsCap() {
        // AGI 130,000 is in the 130,000–134,999 band: federal tax subtraction capped at 5,100
        // taxable = 130,000 − 2,835 − 5,100 = 122,065
        // 209 + 452.25 + 8.75 % × 110,965 = 9,709.4375 → 10,370.6875
        TaxResult result = tax("130000", SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("122065");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("10370.6875");
    }

    @ParameterizedTest(name = "single at federal AGI {0}: taxable {1}")
    @CsvSource({
            "124999, 113664",   // 124,999 − 2,835 − 8,500
            "125000, 115365",   // 125,000 − 2,835 − 6,800
            "139999, 133764",   // 139,999 − 2,835 − 3,400
            "140000, 135465",   // 140,000 − 2,835 − 1,700
            "145000, 142165"})  // 145,000 − 2,835 − 0
    void theSubtractionCapStepsDownByBand(String wages, String taxable) {
        assertThat(tax(wages, SINGLE).stateTaxableIncome()).isEqualByComparingTo(taxable);
    }

    @Test
    void marriedJointAt300000() {
        // AGI ≥ 290,000: no subtraction; over 200,000: no credit. taxable = 300,000 − 5,670 = 294,330
        // 4.75 % × 8,800 = 418; 6.75 % × 13,400 = 904.50; 8.75 % × 227,800 = 19,932.50; 9.9 % × 44,330 = 4,388.67
        // → 25,643.67
        assertThat(tax("300000", MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("25643.67");
    }

    @Test
    void headOfHouseholdAt120000KeepsTheSubtractionAndTheCredit() {
        // AGI 120,000 < 250,000: subtraction at its full cap 8,500 (federal tax ≈ 13,988 is above it);
        // < 200,000: one exemption credit of 256. taxable = 120,000 − 4,560 − 8,500 = 106,940 (joint brackets)
        // 418 + 904.50 + 8.75 % × 84,740 = 7,414.75 → 8,737.25; less 256 → 8,481.25
        TaxResult result = tax("120000", HEAD_OF_HOUSEHOLD);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("106940");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("8481.25");
    }

    @Test
    void transitTaxAndPaidLeaveOregon() {
        // 150,000: transit 0.1 % = 150; Paid Leave 0.6 % = 900 → 1,050
        assertThat(tax("150000", SINGLE).statePayroll()).isEqualByComparingTo("1050");
        // 250,000: transit 250; Paid Leave 0.6 % × 184,500 = 1,107 → 1,357
        assertThat(tax("250000", SINGLE).statePayroll()).isEqualByComparingTo("1357");
    }

    @Test
    void portlandInMultnomahPaysMetroAndPreschoolForAllOnOregonTaxableIncome() {
        // Oregon taxable = 300,000 − 2,835 = 297,165 (no subtraction at this AGI)
        // Metro: 1 % × (297,165 − 125,000) = 1,721.65
        // Preschool for All: 1.5 % × (250,000 − 125,000) = 1,875 + 3 % × 47,165 = 1,414.95 → 3,289.95
        // together 5,011.60
        TaxResult result = TaxEngine.compute(tables,
                TaxInput.of(new BigDecimal("300000"), SINGLE, StateCode.OR).withLocality("portland-multnomah"));

        assertThat(result.localIncomeTax()).isEqualByComparingTo("5011.60");
    }

    @Test
    void metroOutsideMultnomahBelowItsJointThresholdOwesNothing() {
        // joint, Oregon taxable = 200,000 − 5,670 − 8,500 = 185,830 < 200,000 → 0
        TaxResult result = TaxEngine.compute(tables, TaxInput.of(new BigDecimal("200000"), MARRIED_JOINT,
                StateCode.OR).withLocality("metro-clackamas-washington"));

        assertThat(result.localIncomeTax()).isEqualByComparingTo("0");
    }

    @Test
    void theExemptionCreditEndsAbove100000Single() {
        // at AGI 100,000 (limit included): subtraction 8,500; taxable = 100,000 − 2,835 − 8,500 = 88,665
        //   209 + 452.25 + 8.75 % × 77,565 = 6,786.9375 → 7,448.1875; less 256 → 7,192.1875
        // one dollar more: taxable 88,666 → 7,448.275, and no credit
        assertThat(tax("100000", SINGLE).stateIncomeTax()).isEqualByComparingTo("7192.1875");
        assertThat(tax("100001", SINGLE).stateIncomeTax()).isEqualByComparingTo("7448.275");
    }
}
