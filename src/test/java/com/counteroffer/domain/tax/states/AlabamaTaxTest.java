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
 * Alabama, worked by hand from the Form 40 rate schedule (Code of Alabama §40-18-5): taxable income = federal AGI
 * − the year's federal income tax − the standard deduction at its minimum (AGI above 36,000) − the personal
 * exemption. Federal tax from the 2026 federal brackets (Rev. Proc. 2025-32), standard deduction 16,100 / 32,200 /
 * 24,150.
 */
class AlabamaTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.AL));
    }

    @Test
    void singleAt100000DeductsTheFederalTax() {
        // federal: TI 100,000 − 16,100 = 83,900: 10 % × 12,400 = 1,240; 12 % × 38,000 = 4,560; 22 % × 33,500 = 7,370 →
        //   13,170
        // Alabama TI = 100,000 − 13,170 − 2,500 − 1,500 = 82,830
        // 2 % × 500 = 10; 4 % × 2,500 = 100; 5 % × 79,830 = 3,991.50 → 4,101.50
        TaxResult result = tax(100_000, SINGLE);
        assertThat(result.federalIncomeTax()).isEqualByComparingTo("13170");
        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("82830");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("4101.50");
    }

    @Test
    void jointAt250000() {
        // federal: TI 250,000 − 32,200 = 217,800: 2,480 + 12 % × 76,000 = 9,120 + 22 % × 110,600 = 24,332 + 24 % ×
        //   6,400 = 1,536 → 37,468
        // Alabama TI = 250,000 − 37,468 − 5,000 − 3,000 = 204,532: 2 % × 1,000 = 20; 4 % × 5,000 = 200; 5 % × 198,532 =
        //   9,926.60 → 10,146.60
        assertThat(tax(250_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("10146.60");
    }

    @Test
    void headOfHouseholdAt150000UsesTheSingleBrackets() {
        // federal: TI 150,000 − 24,150 = 125,850: 1,770 + 12 % × 49,750 = 5,970 + 22 % × 38,250 = 8,415 + 24 % × 20,150
        //   = 4,836 → 20,991
        // Alabama TI = 150,000 − 20,991 − 2,500 − 3,000 = 123,509: 10 + 100 + 5 % × 120,509 = 6,025.45 → 6,135.45
        assertThat(tax(150_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("6135.45");
    }

    @Test
    void singleAt1000000() {
        // federal: TI 983,900: 1,240 + 4,560 + 22 % × 55,300 = 12,166 + 24 % × 96,075 = 23,058 + 32 % × 54,450 = 17,424
        //   + 35 % × 384,375 = 134,531.25 + 37 % × 343,300 = 127,021 → 320,000.25
        // Alabama TI = 1,000,000 − 320,000.25 − 2,500 − 1,500 = 675,999.75: 110 + 5 % × 672,999.75 = 33,649.9875 →
        //   33,759.9875
        assertThat(tax(1_000_000, SINGLE).stateIncomeTax()).isEqualByComparingTo("33759.9875");
    }
}
