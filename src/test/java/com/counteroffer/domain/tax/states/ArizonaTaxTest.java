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
 * Arizona, worked by hand: 2.5 % (A.R.S. §43-1011) of federal AGI less the standard deduction, taken as the federal
 * 2026 amounts (16,100 / 32,200 / 24,150).
 */
class ArizonaTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.AZ));
    }

    @Test
    void singleAt100000() {
        // (100,000 − 16,100) × 2.5 % = 83,900 × 2.5 % = 2,097.50
        assertThat(tax(100_000, SINGLE).stateIncomeTax()).isEqualByComparingTo("2097.50");
    }

    @Test
    void jointAt300000() {
        // (300,000 − 32,200) × 2.5 % = 267,800 × 2.5 % = 6,695
        assertThat(tax(300_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("6695");
    }

    @Test
    void headOfHouseholdAt150000() {
        // (150,000 − 24,150) × 2.5 % = 125,850 × 2.5 % = 3,146.25
        assertThat(tax(150_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("3146.25");
    }

    @Test
    void deferralLowersTheBase() {
        // (150,000 − 20,000 − 16,100) × 2.5 % = 113,900 × 2.5 % = 2,847.50
        TaxResult result = TaxEngine.compute(tables, TaxInput.of(new BigDecimal("150000"), SINGLE, StateCode.AZ)
                .withDeferral(new BigDecimal("20000")));
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("2847.50");
    }
}
