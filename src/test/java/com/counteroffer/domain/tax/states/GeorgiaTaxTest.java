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
 * Georgia, worked by hand: 4.99 % for 2026 (O.C.G.A. §48-7-20(a.1) as amended by HB 463) of federal AGI less the
 * standard deduction (15,000; 30,000 joint); no personal exemption since 2024.
 */
class GeorgiaTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.GA));
    }

    @Test
    void singleAt100000() {
        // (100,000 − 15,000) × 4.99 % = 85,000 × 4.99 % = 4,241.50
        assertThat(tax(100_000, SINGLE).stateIncomeTax()).isEqualByComparingTo("4241.50");
    }

    @Test
    void jointAt300000() {
        // (300,000 − 30,000) × 4.99 % = 270,000 × 4.99 % = 13,473
        assertThat(tax(300_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("13473");
    }

    @Test
    void headOfHouseholdAt150000() {
        // (150,000 − 15,000) × 4.99 % = 135,000 × 4.99 % = 6,736.50
        assertThat(tax(150_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("6736.50");
    }
}
