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
 * Minnesota from mn-2026.json, worked by hand from the 2026 brackets (Minn. Stat. 290.06, DOR release of
 * December 2025), the 2026 standard deduction (15,300 / 30,600 / 23,000) and its reduction under 290.0123 subd. 5:
 * 3 % of federal AGI above 238,950 plus 10 % above 330,300, at most 80 % (2025 thresholds). The reduction is checked
 * against the statute's formula, not against the two parts the file splits the deduction into.
 */
class MinnesotaTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    /** The engine divides inside the phase-outs, leaving errors of the order of 1e-30: far below a cent. */
    private static final BigDecimal EXACT = new BigDecimal("0.000001");

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.MN));
    }

    @Test
    void singleAt150000KeepsTheWholeDeduction() {
        // TI = 150,000 − 15,300 = 134,700
        // 5.35 % × 33,310 = 1,782.085; 6.8 % × 76,120 = 5,176.16; 7.85 % × 25,270 = 1,983.695 → 8,941.94
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("134700");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("8941.94");
    }

    @Test
    void jointAt300000LosesThreePercentOfAgiAboveTheFirstThreshold() {
        // reduction 3 % × (300,000 − 238,950) = 1,831.50 → deduction 28,768.50; TI = 271,231.50
        // 5.35 % × 48,700 = 2,605.45; 6.8 % × 144,780 = 9,845.04; 7.85 % × 77,751.50 = 6,103.49275 → 18,553.98275
        TaxResult result = tax(300_000, MARRIED_JOINT);

        assertThat(result.stateTaxableIncome()).isCloseTo(new BigDecimal("271231.50"), within(EXACT));
        assertThat(result.stateIncomeTax()).isCloseTo(new BigDecimal("18553.98275"), within(EXACT));
    }

    @Test
    void headOfHouseholdAt120000() {
        // TI = 120,000 − 23,000 = 97,000; 5.35 % × 41,010 = 2,194.035; 6.8 % × 55,990 = 3,807.32 → 6,001.355
        assertThat(tax(120_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("6001.355");
    }

    @Test
    void singleAt400000LosesThirteenPercentAboveTheSecondThreshold() {
        // reduction 3 % × 161,050 = 4,831.50 + 10 % × 69,700 = 6,970 → 11,801.50 (below 80 % = 12,240)
        //   → deduction 3,498.50; TI = 396,501.50
        // 1,782.085 + 5,176.16 + 7.85 % × 93,720 = 7,357.02 + 9.85 % × 193,351.50 = 19,045.12275 → 33,360.38775
        TaxResult result = tax(400_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isCloseTo(new BigDecimal("396501.50"), within(EXACT));
        assertThat(result.stateIncomeTax()).isCloseTo(new BigDecimal("33360.38775"), within(EXACT));
    }

    @Test
    void singleAt1000000KeepsTwentyPercentOfTheDeduction() {
        // reduction capped at 80 %: deduction 3,060; TI = 996,940
        // 1,782.085 + 5,176.16 + 7,357.02 + 9.85 % × 793,790 = 78,188.315 → 92,503.58
        TaxResult result = tax(1_000_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("996940");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("92503.58");
    }

    @Test
    void jointAt500000IsJustPastTheCap() {
        // 3 % × 261,050 + 10 % × 169,700 = 24,801.50 > 80 % × 30,600 = 24,480 → deduction 6,120; TI = 493,880
        assertThat(tax(500_000, MARRIED_JOINT).stateTaxableIncome()).isEqualByComparingTo("493880");
    }

    @Test
    void paidLeavePremiumStartsIn2026() {
        // 0.44 % × 150,000 = 660; at 250,000: 0.44 % × 184,500 = 811.80
        assertThat(tax(150_000, SINGLE).statePayroll()).isEqualByComparingTo("660");
        assertThat(tax(250_000, SINGLE).statePayroll()).isEqualByComparingTo("811.80");
    }
}
