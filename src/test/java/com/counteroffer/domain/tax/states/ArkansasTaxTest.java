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
 * Arkansas, worked by hand from A.C.A. §26-51-201 as amended by Act 1 of 2026: one table for all filers (0 % to
 * 5,600, 2 % to 11,200, 3 % to 16,000, 3.4 % to 26,400, 3.7 % above); from net income 94,701 the tax is
 * 3.7 % × net income − the bracket adjustment (369.90, falling by 10 per 100 of income from 94,801 to 79.90 at
 * 97,601); less the personal tax credit of 29 per person. Standard deduction 2,470 per taxpayer.
 */
class ArkansasTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.AR));
    }

    @Test
    void singleAt100000IsInTheAdjustmentSteps() {
        // net income 100,000 − 2,470 = 97,530, in the band from 97,501: adjustment 369.90 − 28 × 10 = 89.90
        // 3.7 % × 97,530 = 3,608.61 − 89.90 = 3,518.71 − 29 = 3,489.71
        TaxResult result = tax(100_000, SINGLE);
        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("97530");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("3489.71");
    }

    @Test
    void singleAt98000() {
        // net income 95,530, in the band from 95,501: adjustment 369.90 − 8 × 10 = 289.90
        // 3.7 % × 95,530 = 3,534.61 − 289.90 = 3,244.71 − 29 = 3,215.71
        assertThat(tax(98_000, SINGLE).stateIncomeTax()).isEqualByComparingTo("3215.71");
    }

    @Test
    void jointAt250000() {
        // net income 250,000 − 4,940 = 245,060: 3.7 % × 245,060 = 9,067.22 − 79.90 = 8,987.32 − 2 × 29 = 8,929.32
        assertThat(tax(250_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("8929.32");
    }

    @Test
    void headOfHouseholdAt150000() {
        // net income 147,530: 3.7 % × 147,530 = 5,458.61 − 79.90 = 5,378.71 − 29 = 5,349.71
        assertThat(tax(150_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("5349.71");
    }
}
