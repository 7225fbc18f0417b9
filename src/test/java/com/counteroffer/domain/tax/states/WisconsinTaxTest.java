package com.counteroffer.domain.tax.states;

import static com.counteroffer.domain.tax.FilingStatus.HEAD_OF_HOUSEHOLD;
import static com.counteroffer.domain.tax.FilingStatus.MARRIED_JOINT;
import static com.counteroffer.domain.tax.FilingStatus.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
 * Wisconsin on its 2025 rate schedules (used for 2026), worked by hand from the statutory sliding standard
 * deduction (Wis. Stat. §71.05(22)) and 700 per exemption. Phase-out ends are rounded to the cent, so the
 * joint and head-of-household cases hold within half a cent of the statutory arithmetic.
 */
class WisconsinTaxTest {

    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.WI));
    }

    @Test
    void singleAt100000KeepsPartOfTheSlidingDeduction() {
        // deduction 13,560 − 12 % × (100,000 − 19,550) = 13,560 − 9,654 = 3,906
        // TI = 100,000 − 3,906 − 700 = 95,394
        // 3.5 % × 14,680 = 513.80; 4.4 % × 36,450 = 1,603.80; 5.3 % × 44,264 = 2,345.992 → 4,463.592
        TaxResult result = tax(100_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isCloseTo(new BigDecimal("95394"), within(HALF_CENT));
        assertThat(result.stateIncomeTax()).isCloseTo(new BigDecimal("4463.592"), within(HALF_CENT));
    }

    @Test
    void marriedJointAt120000() {
        // deduction 25,110 − 19.778 % × (120,000 − 28,210) = 25,110 − 18,154.2262 = 6,955.7738
        // TI = 120,000 − 6,955.7738 − 1,400 = 111,644.2262
        // 3.5 % × 19,580 = 685.30; 4.4 % × 48,590 = 2,137.96; 5.3 % × 43,474.2262 = 2,304.134 → 5,127.394
        assertThat(tax(120_000, MARRIED_JOINT).stateIncomeTax()).isCloseTo(new BigDecimal("5127.394"), within(HALF_CENT));
    }

    @Test
    void headOfHouseholdAt100000IsOnTheSecondSlope() {
        // deduction 17,520 − 22.515 % × (57,210 − 19,550) = 9,040.851, then − 12 % × (100,000 − 57,210) = 5,134.80
        //   → 3,906.051; TI = 100,000 − 3,906.051 − 700 = 95,393.949 (single schedule)
        // 513.80 + 1,603.80 + 5.3 % × 44,263.949 = 2,345.989 → 4,463.589
        assertThat(tax(100_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isCloseTo(new BigDecimal("4463.589"), within(HALF_CENT));
    }

    @Test
    void headOfHouseholdAt250000HasNoDeductionLeft() {
        // the deduction is 0 above 132,550.42; TI = 250,000 − 700 = 249,300
        // 513.80 + 1,603.80 + 5.3 % × 198,170 = 10,503.01 → 12,620.61
        TaxResult result = tax(250_000, HEAD_OF_HOUSEHOLD);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("249300");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("12620.61");
    }

    @Test
    void singleAt500000ReachesTheTopRate() {
        // TI = 500,000 − 700 = 499,300
        // 513.80 + 1,603.80 + 5.3 % × 272,160 = 14,424.48 + 7.65 % × 176,010 = 13,464.765 → 30,006.845
        assertThat(tax(500_000, SINGLE).stateIncomeTax()).isEqualByComparingTo("30006.845");
    }
}
