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
 * Idaho, worked by hand: 5.3 % (Idaho Code §63-3024, HB 40 of 2025) of taxable income above 4,811 (single) or 9,622
 * (joint, head of household; 2025 thresholds); taxable income = AGI − the federal standard deduction; less the
 * grocery credit (155 per person), plus the permanent building fund tax (10).
 */
class IdahoTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.ID));
    }

    @Test
    void singleAt100000() {
        // TI 83,900: 5.3 % × (83,900 − 4,811 = 79,089) = 4,191.717 − 155 + 10 = 4,046.717
        assertThat(tax(100_000, SINGLE).stateIncomeTax()).isEqualByComparingTo("4046.717");
    }

    @Test
    void jointAt300000() {
        // TI 267,800: 5.3 % × 258,178 = 13,683.434 − 310 + 10 = 13,383.434
        assertThat(tax(300_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("13383.434");
    }

    @Test
    void headOfHouseholdAt150000() {
        // TI 125,850: 5.3 % × 116,228 = 6,160.084 − 155 + 10 = 6,015.084
        assertThat(tax(150_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("6015.084");
    }
}
