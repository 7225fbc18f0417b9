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
 * Illinois, worked by hand: 4.95 % (35 ILCS 5/201(b)) of federal AGI less the exemption allowance (2,850 per person,
 * the 2025 amount), which is 0 when federal AGI is more than 250,000 (500,000 joint): a cliff (35 ILCS 5/204(g)).
 */
class IllinoisTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.IL));
    }

    @Test
    void singleAt100000() {
        // (100,000 − 2,850) × 4.95 % = 97,150 × 4.95 % = 4,808.925
        assertThat(tax(100_000, SINGLE).stateIncomeTax()).isEqualByComparingTo("4808.925");
    }

    @Test
    void singleAt250000KeepsTheExemption() {
        // AGI not more than 250,000: (250,000 − 2,850) × 4.95 % = 12,233.925
        assertThat(tax(250_000, SINGLE).stateIncomeTax()).isEqualByComparingTo("12233.925");
    }

    @Test
    void singleAt250001LosesIt() {
        // AGI more than 250,000: 250,001 × 4.95 % = 12,375.0495
        assertThat(tax(250_001, SINGLE).stateIncomeTax()).isEqualByComparingTo("12375.0495");
    }

    @Test
    void jointAt300000() {
        // (300,000 − 5,700) × 4.95 % = 294,300 × 4.95 % = 14,567.85
        assertThat(tax(300_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("14567.85");
    }

    @Test
    void jointAt600000() {
        // AGI more than 500,000: 600,000 × 4.95 % = 29,700
        assertThat(tax(600_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("29700");
    }

    @Test
    void headOfHouseholdAt150000() {
        // (150,000 − 2,850) × 4.95 % = 147,150 × 4.95 % = 7,283.925
        assertThat(tax(150_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("7283.925");
    }
}
