package com.counteroffer.domain.tax.withholding;

import static com.counteroffer.domain.tax.FilingStatus.MARRIED_JOINT;
import static com.counteroffer.domain.tax.FilingStatus.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.data.TaxTablesReader;
import com.counteroffer.data.WithholdingTablesReader;
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
 * Withheld vs owed, worked by hand from Publication 15-T (2026). The single annual table is the 2026 brackets
 * shifted up by 16,100 − 8,600 = 7,500: 0 % to 7,500, 10 % to 19,900, 12 % to 57,900, 22 % to 113,200, 24 % to
 * 209,275, 32 % to 263,725, 35 % to 648,100, 37 % above. Married filing jointly: shifted by 32,200 − 12,900 = 19,300.
 */
class WithholdingTest {

    private static TaxTables tables;
    private static WithholdingTables rules;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
        rules = WithholdingTablesReader.builtIn();
    }

    private static WithholdingResult withholding(TaxInput input, long supplemental, Long priorYearTax,
                                                 boolean priorAgiOver150k) {
        TaxResult liability = TaxEngine.compute(tables, input);
        return Withholding.compute(rules, tables, liability, new WithholdingInput(BigDecimal.valueOf(supplemental),
                priorYearTax == null ? null : BigDecimal.valueOf(priorYearTax), priorAgiOver150k));
    }

    private static TaxInput single(long wages, StateCode state) {
        return TaxInput.of(BigDecimal.valueOf(wages), SINGLE, state);
    }

    @Test
    void rsuVestsWithheldAt22PercentLeaveABalanceDueInCalifornia() {
        // 200,000 base + 150,000 RSU, single, California.
        // Owed: California's income tax 28,457.98 is above the 16,100 standard deduction, so it is itemized (SALT);
        //   taxable 350,000 − 28,457.98 = 321,542.02: 1,240 + 4,560 + 12,166 + 23,058 + 17,424
        //   + 35 % × (321,542.02 − 256,225 = 65,317.02) = 22,860.957 → 81,308.957; Additional Medicare 0.9 % × 150,000
        //   = 1,350.
        // Regular: 200,000 − 8,600 = 191,400 in the 24 % row: 17,966 + 24 % × (191,400 − 113,200 = 78,200) = 18,768
        //   → 36,734. Supplemental: 22 % × 150,000 = 33,000. Federal withheld 69,734; Additional Medicare 1,350.
        // Federal balance: 81,308.957 + 1,350 − 69,734 − 1,350 = 11,574.957.
        // Safe harbour: 90 % × 82,658.957 = 74,393.0613; still to pay 74,393.0613 − 71,084 = 3,309.0613.
        WithholdingResult result = withholding(single(350_000, StateCode.CA), 150_000, null, false);

        assertThat(result.liability().federalIncomeTax()).isEqualByComparingTo("81308.957");
        assertThat(result.federalRegular()).isEqualByComparingTo("36734");
        assertThat(result.federalSupplemental()).isEqualByComparingTo("33000");
        assertThat(result.federalWithheld()).isEqualByComparingTo("69734");
        assertThat(result.additionalMedicareWithheld()).isEqualByComparingTo("1350");
        assertThat(result.federalBalanceDue()).isEqualByComparingTo("11574.957");
        assertThat(result.safeHarbor()).isEqualByComparingTo("74393.0613");
        assertThat(result.estimatedPaymentsNeeded()).isEqualByComparingTo("3309.0613");
        assertThat(result.noPenalty()).isFalse();

        // California: 10.23 % × 150,000 = 15,345 on the RSUs; regular pay assumed withheld at its own tax.
        TaxResult regularOnly = TaxEngine.compute(tables, single(200_000, StateCode.CA));
        assertThat(result.stateSupplemental()).isEqualByComparingTo("15345");
        assertThat(result.stateRegular()).isEqualByComparingTo(regularOnly.stateIncomeTax());
        assertThat(result.stateBalanceDue()).isEqualByComparingTo(result.liability().stateIncomeTax()
                .subtract(regularOnly.stateIncomeTax()).subtract(new BigDecimal("15345")));
        // the total adds up: owed − withheld, FICA and SDI withheld as owed
        assertThat(result.balanceDue()).isEqualByComparingTo(result.federalBalanceDue().add(result.stateBalanceDue()));
        assertThat(result.line(WithholdingResult.STATE_REGULAR).orElseThrow().assumption()).isTrue();
        assertThat(result.line(WithholdingResult.FEDERAL_SUPPLEMENTAL).orElseThrow().formula())
                .isEqualTo("22 % × $150,000 supplemental wages (bonus, sign-on, RSU vests)");
    }

    @Test
    void supplementalWagesAboveAMillionAreWithheldAt37Percent() {
        // 200,000 base + 1,500,000 RSU, single, Texas: 22 % × 1,000,000 + 37 % × 500,000 = 220,000 + 185,000 = 405,000.
        WithholdingResult result = withholding(single(1_700_000, StateCode.TX), 1_500_000, null, false);

        assertThat(result.federalSupplemental()).isEqualByComparingTo("405000");
        assertThat(result.federalRegular()).isEqualByComparingTo("36734");
        assertThat(result.stateWithheld()).isZero();
        assertThat(result.line(WithholdingResult.FEDERAL_SUPPLEMENTAL).orElseThrow().formula())
                .contains("37 % × $500,000 above $1,000,000");
    }

    @Test
    void aBalanceDueUnder1000MeansNoPenalty() {
        // 100,000 base + 30,000 bonus, single, Texas.
        // Owed: 130,000 − 16,100 = 113,900: 17,966 + 24 % × 8,200 = 1,968 → 19,934.
        // Withheld: 100,000 − 8,600 = 91,400: 22 % row: 1,240 + 4,560 + 22 % × (91,400 − 57,900 = 33,500) = 7,370
        //   → 13,170; bonus 22 % × 30,000 = 6,600 → 19,770. Balance 164 < 1,000: no estimated payments needed.
        WithholdingResult result = withholding(single(130_000, StateCode.TX), 30_000, null, false);

        assertThat(result.federalWithheld()).isEqualByComparingTo("19770");
        assertThat(result.federalBalanceDue()).isEqualByComparingTo("164");
        assertThat(result.balanceDue()).isEqualByComparingTo("164");
        assertThat(result.estimatedPaymentsNeeded()).isZero();
        assertThat(result.noPenalty()).isTrue();
        assertThat(result.line(WithholdingResult.ESTIMATED_PAYMENTS).orElseThrow().formula()).contains("under $1,000");
    }

    @Test
    void regularPayAloneIsWithheldAsOwedForOneJob() {
        // 100,000 single, one job: the table's 13,170 is exactly the tax on 100,000 − 16,100 = 83,900.
        WithholdingResult result = withholding(single(100_000, StateCode.TX), 0, null, false);

        assertThat(result.federalWithheld()).isEqualByComparingTo("13170");
        assertThat(result.liability().federalIncomeTax()).isEqualByComparingTo("13170");
        assertThat(result.balanceDue()).isZero();
    }

    @Test
    void lastYearsTaxTimes110PercentCanBeTheSafeHarbour() {
        // Same CA case; last year's tax 60,000 with AGI above 150,000: 110 % × 60,000 = 66,000, below
        // 90 % of this year's (74,393.0613). Withheld 71,084 ≥ 66,000: no payment needed though 11,574.957 is owed.
        WithholdingResult result = withholding(single(350_000, StateCode.CA), 150_000, 60_000L, true);

        assertThat(result.safeHarbor()).isEqualByComparingTo("66000");
        assertThat(result.estimatedPaymentsNeeded()).isZero();
        assertThat(result.federalBalanceDue()).isEqualByComparingTo("11574.957");

        // Below 150,000 of AGI it is 100 %: 60,000.
        assertThat(withholding(single(350_000, StateCode.CA), 150_000, 60_000L, false).safeHarbor())
                .isEqualByComparingTo("60000");
    }

    @Test
    void twoEarnersEachWithheldOnTheJointTableAreUnderWithheld() {
        // 200,000 + 200,000, married filing jointly, Texas. Each job: 200,000 − 12,900 = 187,100, less the
        // 19,300 shift = 167,800 on the joint brackets: 2,480 + 9,120 + 22 % × 67,000 = 14,740 → 26,340; both 52,680.
        // Owed: 400,000 − 32,200 = 367,800: 2,480 + 9,120 + 24,332 + 24 % × 156,400 = 37,536 → 73,468.
        // Additional Medicare: none withheld (neither above 200,000), 0.9 % × 150,000 = 1,350 owed.
        // Federal balance: 73,468 + 1,350 − 52,680 = 22,138.
        TaxInput couple = TaxInput.of(BigDecimal.valueOf(200_000), MARRIED_JOINT, StateCode.TX)
                .withSpouseWages(BigDecimal.valueOf(200_000));
        WithholdingResult result = withholding(couple, 0, null, false);

        assertThat(result.federalRegular()).isEqualByComparingTo("52680");
        assertThat(result.liability().federalIncomeTax()).isEqualByComparingTo("73468");
        assertThat(result.additionalMedicareWithheld()).isZero();
        assertThat(result.federalBalanceDue()).isEqualByComparingTo("22138");
        assertThat(result.notes()).anyMatch(note -> note.startsWith("Two earners"));
    }

    @Test
    void newYorkCityBonusIsWithheldAtTheStateAndCityFlatRates() {
        // 200,000 + 100,000 bonus in New York City: 11.7 % × 100,000 = 11,700 state; 4.25 % × 100,000 = 4,250 city.
        TaxInput nyc = new TaxInput(BigDecimal.valueOf(300_000), SINGLE, StateCode.NY, true, null, BigDecimal.ZERO);
        WithholdingResult result = withholding(nyc, 100_000, null, false);
        TaxResult regularOnly = TaxEngine.compute(tables, nyc.withWages(BigDecimal.valueOf(200_000)));

        assertThat(result.stateSupplemental()).isEqualByComparingTo("11700");
        assertThat(result.localWithheld()).isEqualByComparingTo(regularOnly.localIncomeTax().add(new BigDecimal("4250")));
    }

    @Test
    void aStateWithoutAFlatRateWithholdsAtItsMarginalRate() {
        // DC sets no flat rate: 200,000 + 50,000 bonus, single; DC taxable 250,000 − 16,100 = 233,900 is in the
        // 8.5 % bracket (60,000–250,000), so 8.5 % × 50,000 = 4,250, labelled an assumption.
        WithholdingResult result = withholding(single(250_000, StateCode.DC), 50_000, null, false);

        assertThat(result.stateSupplemental()).isEqualByComparingTo("4250");
        assertThat(result.line(WithholdingResult.STATE_SUPPLEMENTAL).orElseThrow().assumption()).isTrue();
        assertThat(result.notes()).anyMatch(note -> note.contains("sets no flat supplemental rate"));
    }

    @Test
    void supplementalWagesAboveTheWagesAreRefused() {
        assertThatThrownBy(() -> withholding(single(100_000, StateCode.TX), 100_001, null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("can't be more than the wages");
    }

    @Test
    void theUncertainStateRatesAreNoted() {
        // Virginia's 5.75 % is a 2025 rate restated by a payroll provider: uncertain, so the notes say so.
        WithholdingResult result = withholding(single(250_000, StateCode.VA), 50_000, null, false);

        assertThat(result.stateSupplemental()).isEqualByComparingTo("2875");
        assertThat(result.notes()).anyMatch(note -> note.startsWith("Uncertain withholding figure used"));
    }

    @Test
    void everyStateAndDcIsDescribed() {
        assertThat(rules.states()).hasSize(51);
        assertThat(rules.state("WA").orElseThrow().wageTax()).isFalse();
        assertThat(rules.state("CA").orElseThrow().rateOnBonusAndStock()).isEqualByComparingTo("0.1023");
        assertThat(rules.state("CA").orElseThrow().supplementalRate()).isEqualByComparingTo("0.066");
        assertThat(rules.state("NY").orElseThrow().supplementalRate()).isEqualByComparingTo("0.117");
        assertThat(rules.state("CT").orElseThrow().supplementalRate()).isNull();
        assertThat(FilingStatus.values()).allSatisfy(filing -> assertThat(rules.percentageMethod()).containsKey(filing));
    }
}
