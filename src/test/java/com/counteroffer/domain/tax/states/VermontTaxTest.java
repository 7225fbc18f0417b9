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

/**
 * Vermont on its 2025 rate schedules (used for 2026), worked by hand: taxable income = federal AGI − standard
 * deduction − 5,300 per exemption (IN-111 lines 4-6); the Child Care Contribution is 0.11 % of wages.
 */
class VermontTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.VT));
    }

    @Test
    void singleAt150000ReachesTheSevenPointSixBracket() {
        // TI = 150,000 − 7,650 − 5,300 = 137,050 (schedule X)
        // 3.35 % × 49,400 = 1,654.90; 6.6 % × 70,300 = 4,639.80; 7.6 % × 17,350 = 1,318.60 → 7,613.30
        // Child Care Contribution 0.11 % × 150,000 = 165.00
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("137050");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("7613.30");
        assertThat(result.statePayroll()).isEqualByComparingTo("165.00");
        // the employee share of the Child Care Contribution is the employer's choice: the result says so
        assertThat(result.notes()).anyMatch(note -> note.startsWith("Uncertain figure used (Vermont)"));
    }

    @Test
    void marriedJointAt300000() {
        // TI = 300,000 − 15,300 − 2 × 5,300 = 274,100 (schedule Y-1)
        // 3.35 % × 82,500 = 2,763.75; 6.6 % × 116,950 = 7,718.70; 7.6 % × 74,650 = 5,673.40 → 16,155.85
        TaxResult result = tax(300_000, MARRIED_JOINT);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("274100");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("16155.85");
        assertThat(result.statePayroll()).isEqualByComparingTo("330.00");
    }

    @Test
    void headOfHouseholdAt100000() {
        // TI = 100,000 − 11,450 − 5,300 = 83,250 (schedule Z)
        // 3.35 % × 66,200 = 2,217.70; 6.6 % × 17,050 = 1,125.30 → 3,343.00
        assertThat(tax(100_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("3343.00");
    }

    @Test
    void singleAt1000000PaysTheTopRateAndTheScheduleBeatsTheThreePercentMinimum() {
        // TI = 1,000,000 − 12,950 = 987,050
        // 1,654.90 + 4,639.80 + 7.6 % × 130,000 = 9,880.00 + 8.75 % × 737,350 = 64,518.125 → 80,692.825
        // (3 % of AGI would be 30,000: the minimum of 32 V.S.A. §5822(a)(6) does not bind)
        TaxResult result = tax(1_000_000, SINGLE);

        assertThat(result.stateIncomeTax()).isEqualByComparingTo("80692.825");
        assertThat(result.statePayroll()).isEqualByComparingTo("1100.00");
    }
}
