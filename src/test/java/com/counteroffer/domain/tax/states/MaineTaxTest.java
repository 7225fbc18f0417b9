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
 * Maine from me-2026.json, worked by hand from the 2026 rate schedules (36 M.R.S. §5111), the 2026 standard
 * deduction and $5,300 exemption with their phase-outs (§5124-C, §5126-A), the 2 % surcharge from 2026 (§5111(7)) and
 * the paid family and medical leave premium (26 M.R.S. §850-F). The published schedule rounds each bracket's base tax
 * to the dollar (e.g. $1,589 for 5.8 % × 27,400 = 1,589.20); the engine's brackets are exact.
 */
class MaineTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.ME));
    }

    @Test
    void singleAt130000LosesPartOfTheStandardDeduction() {
        // deduction: (130,000 − 102,250) ÷ 75,000 = 0.37 of 15,300 lost → 15,300 × 0.63 = 9,639; exemption 5,300 in full
        // TI = 130,000 − 9,639 − 5,300 = 115,061
        // 5.8 % × 27,400 = 1,589.20; 6.75 % × 37,450 = 2,527.875; 7.15 % × 50,211 = 3,590.0865 → 7,707.1615
        TaxResult result = tax(130_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("115061");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("7707.1615");
    }

    @Test
    void jointAt200000KeepsBothDeductions() {
        // AGI below 204,550: TI = 200,000 − 30,600 − 10,600 = 158,800
        // 5.8 % × 54,850 = 3,181.30; 6.75 % × 74,900 = 5,055.75; 7.15 % × 29,050 = 2,077.075 → 10,314.125
        assertThat(tax(200_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("10314.125");
    }

    @Test
    void headOfHouseholdAt400000LosesTheDeductionAndPartOfTheExemption() {
        // deduction gone (AGI ≥ 153,400 + 112,500 = 265,900); exemption: (400,000 − 375,050) ÷ 125,000 = 0.1996 lost
        //   → 5,300 × 0.8004 = 4,242.12; TI = 400,000 − 4,242.12 = 395,757.88
        // 5.8 % × 41,100 = 2,383.80; 6.75 % × 56,200 = 3,793.50; 7.15 % × 298,457.88 = 21,339.73842 → 27,517.03842
        TaxResult result = tax(400_000, HEAD_OF_HOUSEHOLD);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("395757.88");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("27517.03842");
    }

    @Test
    void singleAt1200000PaysTheSurchargeAboveOneMillion() {
        // no deduction or exemption left (AGI ≥ 466,000): TI = 1,200,000
        // 1,589.20 + 2,527.875 + 7.15 % × 935,150 = 66,863.225 + 9.15 % × 200,000 = 18,300 → 89,280.30
        assertThat(tax(1_200_000, SINGLE).stateIncomeTax()).isEqualByComparingTo("89280.30");
    }

    @Test
    void paidLeavePremiumIsHalfAPercentUpToTheWageBase() {
        // 0.5 % × 150,000 = 750; at 250,000 only the first 184,500 count: 0.5 % × 184,500 = 922.50
        assertThat(tax(150_000, SINGLE).statePayroll()).isEqualByComparingTo("750");
        assertThat(tax(250_000, SINGLE).statePayroll()).isEqualByComparingTo("922.50");
    }
}
