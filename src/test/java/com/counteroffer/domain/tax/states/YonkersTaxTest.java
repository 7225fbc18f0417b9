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
 * The City of Yonkers resident income tax surcharge: 16.75 % of net New York State tax (Tax Law §1332-a;
 * Yonkers City Code §§15-101, 15-102; IT-201 instructions), worked by hand on the 2026 New York schedules.
 */
class YonkersTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.NY)
                .withLocality("yonkers"));
    }

    @Test
    void singleAt100000PaysSixteenPointSevenFivePercentOfTheStateTax() {
        // NY TI = 100,000 − 8,000 = 92,000: 3.9 % × 8,500 = 331.50; 4.4 % × 3,200 = 140.80; 5.15 % × 2,200 = 113.30;
        //   5.4 % × 66,750 = 3,604.50; 5.9 % × 11,350 = 669.65 → 4,859.75 (AGI below 107,650: no supplemental tax)
        // Yonkers 16.75 % × 4,859.75 = 814.008125
        TaxResult result = tax(100_000, SINGLE);

        assertThat(result.stateIncomeTax()).isEqualByComparingTo("4859.75");
        assertThat(result.localIncomeTax()).isEqualByComparingTo("814.008125");
    }

    @Test
    void marriedJointAt300000IncludesTheSupplementalTaxInTheBase() {
        // NY TI = 300,000 − 16,050 = 283,950: 3.9 % × 17,150 = 668.85; 4.4 % × 6,450 = 283.80; 5.15 % × 4,300 = 221.45;
        //   5.4 % × 133,650 = 7,217.10; 5.9 % × 122,400 = 7,221.60 → 15,612.80
        // supplemental: step from 161,550 (base 333, benefit 807), fraction 1 → 1,140; state tax 16,752.80
        // Yonkers 16.75 % × 16,752.80 = 2,806.094
        TaxResult result = tax(300_000, MARRIED_JOINT);

        assertThat(result.stateIncomeTax()).isEqualByComparingTo("16752.80");
        assertThat(result.localIncomeTax()).isEqualByComparingTo("2806.094");
    }

    @Test
    void headOfHouseholdAt150000DuringThePhaseIn() {
        // NY TI = 150,000 − 11,200 = 138,800: 499.20 + 213.40 + 167.375 + 5.4 % × 86,750 = 4,684.50
        //   + 5.9 % × 31,150 = 1,837.85 → 7,402.325
        // supplemental: first step (benefit 787) × (150,000 − 107,650) ÷ 50,000 = 0.847 → 666.589; state tax 8,068.914
        // Yonkers 16.75 % × 8,068.914 = 1,351.543095
        TaxResult result = tax(150_000, HEAD_OF_HOUSEHOLD);

        assertThat(result.stateIncomeTax()).isEqualByComparingTo("8068.914");
        assertThat(result.localIncomeTax()).isEqualByComparingTo("1351.543095");
    }

    @Test
    void withoutTheLocalityThereIsNoSurcharge() {
        assertThat(TaxEngine.compute(tables, TaxInput.of(new BigDecimal("100000"), SINGLE, StateCode.NY))
                .localIncomeTax()).isZero();
    }
}
