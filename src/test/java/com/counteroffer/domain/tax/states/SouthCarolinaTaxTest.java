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
 * South Carolina (sc-2026.json) under H.4216: federal AGI less the SC income adjusted deduction (phased out in
 * proportion between $40,000 and $95,000 single, $80,000 and $190,000 joint, $60,000 and $142,500 head of
 * household), 1.99 % to $30,000 and 5.21 % above.
 */
class SouthCarolinaTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.SC));
    }

    @Test
    void singleAt150000HasNoDeduction() {
        // AGI ≥ 95,000: SCIAD 0; taxable 150,000
        // 1.99 % × 30,000 = 597; 5.21 % × 120,000 = 6,252 → 6,849
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("150000");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("6849");
    }

    @Test
    void marriedJointAt102000KeepsPartOfTheDeduction() {
        // SCIAD = 30,000 − 30,000 × (102,000 − 80,000) ÷ 110,000 = 30,000 − 6,000 = 24,000
        // (6,000 is a whole $10, so the statute's rounding changes nothing)
        // taxable = 102,000 − 24,000 = 78,000: 597 + 5.21 % × 48,000 = 2,500.80 → 3,097.80
        TaxResult result = tax(102_000, MARRIED_JOINT);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("78000");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("3097.80");
    }

    @Test
    void headOfHouseholdAt250000() {
        // AGI ≥ 142,500: SCIAD 0; 597 + 5.21 % × 220,000 = 11,462 → 12,059
        assertThat(tax(250_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("12059");
    }
}
