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

/** North Carolina (nc-2026.json): 3.99 % flat for 2026 (G.S. 105-153.7) after the statutory standard deduction. */
class NorthCarolinaTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.NC));
    }

    @Test
    void singleAt150000() {
        // (150,000 − 12,750) × 3.99 % = 137,250 × 3.99 % = 5,476.275
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("137250");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("5476.275");
    }

    @Test
    void marriedJointAt300000() {
        // (300,000 − 25,500) × 3.99 % = 274,500 × 3.99 % = 10,952.55
        assertThat(tax(300_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("10952.55");
    }

    @Test
    void headOfHouseholdAt120000() {
        // (120,000 − 19,125) × 3.99 % = 100,875 × 3.99 % = 4,024.9125
        assertThat(tax(120_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("4024.9125");
    }
}
