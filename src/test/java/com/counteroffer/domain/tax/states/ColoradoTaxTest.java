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
 * Colorado, worked by hand: 4.4 % (C.R.S. §39-22-104(1.7)) of federal taxable income; from federal AGI 300,000
 * the federal standard deduction above 1,000 (2,000 joint) is added back (§39-22-104(3)(p.7)). FAMLI: 0.44 % of
 * wages up to 184,500.
 */
class ColoradoTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.CO));
    }

    @Test
    void singleAt100000() {
        // (100,000 − 16,100) × 4.4 % = 83,900 × 4.4 % = 3,691.60; FAMLI 0.44 % × 100,000 = 440
        TaxResult result = tax(100_000, SINGLE);
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("3691.60");
        assertThat(result.statePayroll()).isEqualByComparingTo("440");
    }

    @Test
    void singleAt400000AddsBackTheDeductionAbove1000() {
        // AGI 400,000 ≥ 300,000: taxable = 400,000 − 16,100 + (16,100 − 1,000) = 399,000 × 4.4 % = 17,556
        // FAMLI 0.44 % × 184,500 = 811.80
        TaxResult result = tax(400_000, SINGLE);
        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("399000");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("17556");
        assertThat(result.statePayroll()).isEqualByComparingTo("811.80");
    }

    @Test
    void jointAt300000IsAtTheThreshold() {
        // AGI 300,000 is 'equal to' the threshold: (300,000 − 2,000) × 4.4 % = 13,112
        assertThat(tax(300_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("13112");
    }

    @Test
    void jointAt250000() {
        // (250,000 − 32,200) × 4.4 % = 217,800 × 4.4 % = 9,583.20
        assertThat(tax(250_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("9583.20");
    }

    @Test
    void headOfHouseholdAt150000() {
        // (150,000 − 24,150) × 4.4 % = 125,850 × 4.4 % = 5,537.40
        assertThat(tax(150_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("5537.40");
    }

    @Test
    void theAdditionIsACliffAtAgi300000() {
        // 299,999: (299,999 − 16,100) × 4.4 % = 283,899 × 4.4 % = 12,491.556
        // 300,000: (300,000 − 1,000) × 4.4 % = 299,000 × 4.4 % = 13,156: one more dollar costs 664.444 of state tax
        assertThat(tax(299_999, SINGLE).stateIncomeTax()).isEqualByComparingTo("12491.556");
        assertThat(tax(300_000, SINGLE).stateIncomeTax()).isEqualByComparingTo("13156");
    }
}
