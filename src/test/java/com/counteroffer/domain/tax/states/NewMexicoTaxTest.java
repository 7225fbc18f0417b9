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
 * New Mexico (nm-2026.json): federal AGI less the 2026 federal standard deduction (16,100 / 32,200 / 24,150),
 * on the brackets of NMSA §7-2-7 from 2025; head of household on the joint brackets.
 */
class NewMexicoTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.NM));
    }

    @Test
    void singleAt150000() {
        // taxable = 150,000 − 16,100 = 133,900
        // 1.5 % × 5,500 = 82.50; 3.2 % × 11,000 = 352; 4.3 % × 17,000 = 731; 4.7 % × 33,000 = 1,551;
        // 4.9 % × 67,400 = 3,302.60 → 6,019.10
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("133900");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("6019.10");
    }

    @Test
    void singleAt500000ReachesTheTopRate() {
        // taxable = 500,000 − 16,100 = 483,900
        // to 210,000: 82.50 + 352 + 731 + 1,551 + 4.9 % × 143,500 = 7,031.50 → 9,748; 5.9 % × 273,900 = 16,160.10
        // → 25,908.10
        assertThat(tax(500_000, SINGLE).stateIncomeTax()).isEqualByComparingTo("25908.10");
    }

    @Test
    void marriedJointAt400000() {
        // taxable = 400,000 − 32,200 = 367,800
        // 1.5 % × 8,000 = 120; 3.2 % × 17,000 = 544; 4.3 % × 25,000 = 1,075; 4.7 % × 50,000 = 2,350;
        // 4.9 % × 215,000 = 10,535; 5.9 % × 52,800 = 3,115.20 → 17,739.20
        assertThat(tax(400_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("17739.20");
    }

    @Test
    void headOfHouseholdAt150000UsesTheJointBrackets() {
        // taxable = 150,000 − 24,150 = 125,850
        // 120 + 544 + 1,075 + 2,350 + 4.9 % × 25,850 = 1,266.65 → 5,355.65
        assertThat(tax(150_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("5355.65");
    }
}
