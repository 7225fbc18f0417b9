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
 * West Virginia, 2026 rates after S.B. 392 (W. Va. Code §11-21-4j), one schedule for every status; taxable
 * income = federal AGI − 2,000 per exemption. Tax on the first 60,000:
 * 2.11 % × 10,000 = 211 + 2.81 % × 15,000 = 421.50 + 3.16 % × 15,000 = 474 + 4.22 % × 20,000 = 844 = 1,950.50.
 */
class WestVirginiaTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.WV));
    }

    @Test
    void singleAt100000() {
        // TI = 100,000 − 2,000 = 98,000; 1,950.50 + 4.58 % × 38,000 = 1,740.40 → 3,690.90
        TaxResult result = tax(100_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("98000");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("3690.90");
        assertThat(result.statePayroll()).isZero();
    }

    @Test
    void marriedJointAt250000() {
        // TI = 250,000 − 2 × 2,000 = 246,000; 1,950.50 + 4.58 % × 186,000 = 8,518.80 → 10,469.30
        assertThat(tax(250_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("10469.30");
    }

    @Test
    void headOfHouseholdAt150000UsesTheSameSchedule() {
        // TI = 150,000 − 2,000 = 148,000; 1,950.50 + 4.58 % × 88,000 = 4,030.40 → 5,980.90
        assertThat(tax(150_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("5980.90");
    }
}
