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
 * Rhode Island (ri-2026.json), worked by hand from the 2026 figures (Advisory ADV 2025-22): one schedule, standard
 * deduction and exemption both cut by 20 % per $7,450 (or part) of AGI over $261,000; TDI 1.1 % to $100,000.
 */
class RhodeIslandTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.RI));
    }

    @Test
    void singleAt150000() {
        // taxable = 150,000 − 11,200 − 5,250 = 133,550
        // 3.75 % × 82,050 = 3,076.875; 4.75 % × 51,500 = 2,446.25 → 5,523.125
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("133550");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("5523.125");
    }

    @Test
    void marriedJointAt275000LosesTwoFifthsOfItsDeductions() {
        // AGI over 261,000 by 14,000 = 1.88 steps of 7,450 → 2 steps → 40 % off
        // standard deduction 22,400 × 60 % = 13,440; exemptions 10,500 × 60 % = 6,300
        // taxable = 275,000 − 13,440 − 6,300 = 255,260
        // 3,076.875 + 4.75 % × 104,400 = 4,959 + 5.99 % × 68,810 = 4,121.719 → 12,157.594
        TaxResult result = tax(275_000, MARRIED_JOINT);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("255260");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("12157.594");
    }

    @Test
    void singleAt400000HasNoDeductionLeft() {
        // AGI ≥ 298,250: nothing left; taxable 400,000
        // 3,076.875 + 4,959 + 5.99 % × 213,550 = 12,791.645 → 20,827.52
        assertThat(tax(400_000, SINGLE).stateIncomeTax()).isEqualByComparingTo("20827.52");
    }

    @Test
    void headOfHouseholdAt120000() {
        // taxable = 120,000 − 16,800 − 5,250 = 97,950
        // 3,076.875 + 4.75 % × 15,900 = 755.25 → 3,832.125
        assertThat(tax(120_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("3832.125");
    }

    @Test
    void temporaryDisabilityInsuranceStopsAtItsWageBase() {
        // 1.1 % × 100,000 = 1,100 at any wages from 100,000; 1.1 % × 80,000 = 880 below
        assertThat(tax(150_000, SINGLE).statePayroll()).isEqualByComparingTo("1100");
        assertThat(tax(80_000, SINGLE).statePayroll()).isEqualByComparingTo("880");
    }
}
