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
 * Louisiana from la-2026.json, worked by hand from La. R.S. 47:32 (3 % from 2025) and the 2026 standard
 * deduction of R.S. 47:294 (12,835; 25,670 joint and head of household); no personal exemptions.
 */
class LouisianaTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.LA));
    }

    @Test
    void singleAt150000() {
        // TI = 150,000 − 12,835 = 137,165; 3 % → 4,114.95
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("137165");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("4114.95");
    }

    @Test
    void jointAt200000() {
        // TI = 200,000 − 25,670 = 174,330; 3 % → 5,229.90
        assertThat(tax(200_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("5229.90");
    }

    @Test
    void headOfHouseholdAt300000GetsTheJointDeduction() {
        // TI = 300,000 − 25,670 = 274,330; 3 % → 8,229.90
        assertThat(tax(300_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("8229.90");
    }
}
