package com.counteroffer.domain.tax;

import static com.counteroffer.domain.tax.FilingStatus.HEAD_OF_HOUSEHOLD;
import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.data.TaxTablesReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Head of household on the states' own head-of-household schedules (issue 19's first defect), worked by hand
 * from the brackets in docs/reference-data.md §4; before the fix these used the single schedules.
 */
class HeadOfHouseholdTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, StateCode state, boolean nyc) {
        return TaxEngine.compute(tables, new TaxInput(BigDecimal.valueOf(wages), HEAD_OF_HOUSEHOLD, state, nyc,
                null, BigDecimal.ZERO));
    }

    private static boolean saysSingleStandsIn(TaxResult result) {
        return result.notes().stream().anyMatch(note -> note.contains("no head-of-household figures"));
    }

    @Test
    void californiaAt95000UsesScheduleZ() {
        // TI = 95,000 − 11,412 = 83,588 (2025 schedule Z)
        // 1 % × 22,173 = 221.73; 2 % × 30,357 = 607.14; 4 % × 15,186 = 607.44; 6 % × 15,872 = 952.32 → 2,388.63
        // less one exemption credit of 153 (AGI below 378,310) → 2,235.63 (single schedule gave 4,589.98)
        TaxResult result = tax(95_000, StateCode.CA, false);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("83588");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("2235.63");
        assertThat(saysSingleStandsIn(result)).isFalse();
    }

    @Test
    void californiaAt200000ReachesTheNinePointThreeBracket() {
        // TI = 200,000 − 11,412 = 188,588
        // 221.73 + 607.14 + 607.44 + 6 % × 16,089 = 965.34 + 8 % × 15,185 = 1,214.80
        //   + 9.3 % × 89,598 = 8,332.614 → 11,949.064; less the credit of 153 → 11,796.064
        assertThat(tax(200_000, StateCode.CA, false).stateIncomeTax()).isEqualByComparingTo("11796.064");
    }

    @Test
    void newYorkAt1150000RecapturesTheFullBenefitOfItsStep() {
        // TI = 1,150,000 − 11,200 = 1,138,800; 2026 head-of-household schedule:
        // 3.9 % × 12,800 = 499.20; 4.4 % × 4,850 = 213.40; 5.15 % × 3,250 = 167.375; 5.4 % × 86,750 = 4,684.50;
        // 5.9 % × 161,650 = 9,537.35; 6.85 % × 869,500 = 59,560.75 → 74,662.575
        // supplemental: TI in the step from 269,300 (base 787, benefit 2,559); AGI − 269,300 > 50,000, so the
        // fraction is 1 → 3,346. Total 78,008.575 (≈ TI × 6.85 % = 78,007.80; the table rounds to dollars).
        TaxResult result = tax(1_150_000, StateCode.NY, false);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("1138800");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("78008.575");
        assertThat(result.components()).anyMatch(line -> line.label().startsWith("Supplemental tax")
                && line.amount().compareTo(new BigDecimal("3346")) == 0);
        assertThat(saysSingleStandsIn(result)).isFalse();
    }

    @Test
    void newYorkAt130000PhasesTheFirstStepIn() {
        // TI = 130,000 − 11,200 = 118,800: 5,564.475 to 107,650, then 5.9 % × 11,150 = 657.85 → 6,222.325
        // supplemental: first step (base 0, benefit 787); fraction = (130,000 − 107,650) ÷ 50,000 = 0.447
        //   → 787 × 0.447 = 351.789. Total 6,574.114
        assertThat(tax(130_000, StateCode.NY, false).stateIncomeTax()).isEqualByComparingTo("6574.114");
    }

    @Test
    void newYorkCityAt100000UsesItsHeadOfHouseholdSchedule() {
        // NY TI = 100,000 − 11,200 = 88,800
        // 3.078 % × 14,400 = 443.232; 3.762 % × 15,600 = 586.872; 3.819 % × 30,000 = 1,145.70;
        // 3.876 % × 28,800 = 1,116.288 → 3,292.092 before the school tax credit (IT-201 lines 69/69a):
        //   fixed 63 (head of household, income ≤ 250,000) + rate reduction 0.171 % × 14,400 = 24.624
        //   and 0.228 % × (88,800 − 14,400) = 169.632 → credit 257.256; city tax 3,292.092 − 257.256 = 3,034.836
        // state: 499.20 + 213.40 + 167.375 + 5.4 % × 67,900 = 3,666.60 → 4,546.575 (AGI below 107,650: no recapture)
        TaxResult result = tax(100_000, StateCode.NY, true);

        assertThat(result.localIncomeTax()).isEqualByComparingTo("3034.836");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("4546.575");
        assertThat(saysSingleStandsIn(result)).isFalse();
    }

    @Test
    void districtOfColumbiaAt100000TakesTheLargerDeduction() {
        // TI = 100,000 − 22,500 = 77,500 (same brackets for every status)
        // 4 % × 10,000 = 400; 6 % × 30,000 = 1,800; 6.5 % × 20,000 = 1,300; 8.5 % × 17,500 = 1,487.50 → 4,987.50
        TaxResult result = tax(100_000, StateCode.DC, false);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("77500");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("4987.50");
        assertThat(saysSingleStandsIn(result)).isFalse();
    }

    @Test
    void marylandAt140000PaysOnTheJointBrackets() {
        // TI = 140,000 − 6,700 − one exemption of 3,200 (full up to AGI 150,000) = 130,100
        // 2 % × 1,000 = 20; 3 % × 1,000 = 30; 4 % × 1,000 = 40; 4.75 % × 127,100 = 6,037.25 → 6,127.25
        // county at the default 3.2 % × 130,100 = 4,163.20
        TaxResult result = tax(140_000, StateCode.MD, false);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("130100");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("6127.25");
        assertThat(result.localIncomeTax()).isEqualByComparingTo("4163.20");
        assertThat(saysSingleStandsIn(result)).isFalse();
    }

    @Test
    void virginiaTaxesHeadsOfHouseholdAsSingleFilersByLaw() {
        // Virginia has one schedule and gives heads of household the single deduction (§58.1-322.03(1)(b)):
        // 100,000 − 8,750 − 930 = 90,320: 60 + 60 + 600 + 73,320 × 5.75 % = 4,215.90 → 4,935.90, as single.
        TaxResult result = tax(100_000, StateCode.VA, false);

        assertThat(result.stateIncomeTax()).isEqualByComparingTo("4935.90");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo(TaxEngine.compute(TaxTablesReader.builtIn(),
                TaxInput.of(BigDecimal.valueOf(100_000), FilingStatus.SINGLE, StateCode.VA)).stateIncomeTax());
        assertThat(saysSingleStandsIn(result)).isFalse();
    }
}
