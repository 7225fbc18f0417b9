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
 * Hawaii, worked by hand from the 2025–2026 rate schedules (HRS §235-51, Act 46 SLH 2024): TI = AGI − standard
 * deduction (8,000 / 16,000 / 12,000) − 1,144 per exemption. TDI: 0.5 % of wages, at most 7.50 a week = 390 a year.
 */
class HawaiiTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.HI));
    }

    @Test
    void singleAt100000() {
        // TI 100,000 − 8,000 − 1,144 = 90,856: 1.4 % × 9,600 = 134.40; 3.2 % × 4,800 = 153.60; 5.5 % × 4,800 = 264;
        // 6.4 % × 4,800 = 307.20; 6.8 % × 12,000 = 816; 7.2 % × 12,000 = 864; 7.6 % × 42,856 = 3,257.056 → 5,796.256
        // TDI: 0.5 % × 100,000 = 500, capped at 52 × 7.50 = 390
        TaxResult result = tax(100_000, SINGLE);
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("5796.256");
        assertThat(result.statePayroll()).isEqualByComparingTo("390");
    }

    @Test
    void jointAt300000() {
        // TI 300,000 − 16,000 − 2,288 = 281,712: 268.80 + 307.20 + 528 + 614.40 + 6.8 % × 24,000 = 1,632 + 7.2 % ×
        //   24,000
        // = 1,728 + 7.6 % × 154,000 = 11,704 + 7.9 % × 31,712 = 2,505.248 → 19,287.648
        assertThat(tax(300_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("19287.648");
    }

    @Test
    void headOfHouseholdAt150000() {
        // TI 150,000 − 12,000 − 1,144 = 136,856: 1.4 % × 14,400 = 201.60; 3.2 % × 7,200 = 230.40; 5.5 % × 7,200 = 396;
        // 6.4 % × 7,200 = 460.80; 6.8 % × 18,000 = 1,224; 7.2 % × 18,000 = 1,296; 7.6 % × 64,856 = 4,929.056 →
        //   8,737.856
        assertThat(tax(150_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("8737.856");
    }

    @Test
    void singleAt500000ReachesEleven() {
        // TI 500,000 − 8,000 − 1,144 = 490,856: 2,539.20 to 48,000 (134.40 + 153.60 + 264 + 307.20 + 816 + 864);
        // 7.6 % × 77,000 = 5,852; 7.9 % × 50,000 = 3,950; 8.25 % × 50,000 = 4,125; 9 % × 50,000 = 4,500;
        // 10 % × 50,000 = 5,000; 11 % × 165,856 = 18,244.16 → 44,210.36
        assertThat(tax(500_000, SINGLE).stateIncomeTax()).isEqualByComparingTo("44210.36");
    }
}
