package com.counteroffer.domain.tax;

import static com.counteroffer.domain.tax.FilingStatus.MARRIED_JOINT;
import static com.counteroffer.domain.tax.FilingStatus.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.counteroffer.data.TaxTablesReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Living in one state and working in another, hand-worked against the built-in 2026 tables. Federal on 100,000
 * single: TI 83,900, tax 13,170; FICA 7,650 (TaxEngineTest). New York on 100,000 single, as if a resident: TI
 * 100,000 − 8,000 = 92,000; 3.9 % × 8,500 = 331.50 + 4.4 % × 3,200 = 140.80 + 5.15 % × 2,200 = 113.30
 * + 5.4 % × 66,750 = 3,604.50 + 5.9 % × 11,350 = 669.65 = 4,859.75 (AGI under 107,650: no supplemental tax).
 * New York's premiums follow the job: paid family leave min(0.432 % × 100,000 = 432, 411.91) = 411.91 and
 * disability min(0.5 % × 100,000 = 500, 31.20) = 31.20 → 443.11, both capped (no rate on the next dollar).
 */
class WorkStateTaxTest {

    private static final BigDecimal NEW_YORK_ON_100K = new BigDecimal("4859.75");
    private static final BigDecimal NEW_YORK_PREMIUMS_ON_100K = new BigDecimal("443.11");

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, StateCode home, StateCode work) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), SINGLE, home).withWorkState(work));
    }

    private static TaxResult livingAndWorkingIn(long wages, StateCode home) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), SINGLE, home));
    }

    private static BigDecimal credit(TaxResult result) {
        return result.components().stream().filter(line -> line.label().startsWith("Credit for tax paid to"))
                .map(TaxLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void virginiaResidentInNewYorkPaysNewYorkAndVirginiaCreditsItUpToItsOwnTax() {
        // Virginia: TI 100,000 − 8,750 − 930 = 90,320; 2 % × 3,000 = 60 + 3 % × 2,000 = 60 + 5 % × 12,000 = 600
        //   + 5.75 % × 73,320 = 4,215.90 → 4,935.90.
        // Credit (Schedule OSC) = min(NY 4,859.75, VA 4,935.90 × 100,000/100,000) = 4,859.75; Virginia keeps 76.15.
        TaxResult result = tax(100_000, StateCode.VA, StateCode.NY);

        assertThat(result.workStateTax()).isEqualByComparingTo(NEW_YORK_ON_100K);
        assertThat(credit(result)).isEqualByComparingTo("-4859.75");
        assertThat(result.components()).anySatisfy(line -> {
            assertThat(line.jurisdiction()).isEqualTo("Virginia");
            assertThat(line.label()).contains("New York").contains("Schedule OSC");
        });
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("76.15");
        assertThat(result.statePayroll()).isEqualByComparingTo(NEW_YORK_PREMIUMS_ON_100K);
        // 13,170 + 7,650 + 76.15 + 4,859.75 + 443.11: Virginia's income tax in all, since it is the larger,
        // and New York's premiums
        assertThat(result.totalTax()).isEqualByComparingTo("26199.01");
        assertThat(result.totalTax()).isEqualByComparingTo(livingAndWorkingIn(100_000, StateCode.VA).totalTax()
                .add(NEW_YORK_PREMIUMS_ON_100K));
        // 22 % + 6.2 % + 1.45 % + Virginia's 5.75 %: New York's 5.9 % is credited back
        assertThat(result.marginalRate()).isEqualByComparingTo("0.354");
        assertThat(result.brackets()).anySatisfy(share -> assertThat(share.jurisdiction()).isEqualTo("New York State"));
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("New York taxes the wages earned there"))
                .anySatisfy(note -> assertThat(note).contains("New York City taxes only its residents"))
                .noneSatisfy(note -> assertThat(note).contains("follow the state of residence, not the office"));
    }

    @Test
    void marylandResidentInNewYorkPaysNewYorksHigherTaxAndNoMarylandStateTax() {
        // Maryland: AGI 100,000 is at the phase-out start, so the full 3,200 exemption; TI 100,000 − 3,350 − 3,200
        //   = 93,450; 2 % × 1,000 = 20 + 3 % × 1,000 = 30 + 4 % × 1,000 = 40 + 4.75 % × 90,450 = 4,296.375
        //   → 4,386.375. County 3.2 % × 93,450 = 2,990.40 (not credited here).
        // Credit (Form 502CR) = min(NY 4,859.75, MD 4,386.375) = 4,386.375: Maryland's state tax is 0.
        TaxResult result = tax(100_000, StateCode.MD, StateCode.NY);

        assertThat(result.workStateTax()).isEqualByComparingTo(NEW_YORK_ON_100K);
        assertThat(credit(result)).isEqualByComparingTo("-4386.375");
        assertThat(result.stateIncomeTax()).isZero();
        assertThat(result.localIncomeTax()).isEqualByComparingTo("2990.40");
        // 13,170 + 7,650 + 0 + 2,990.40 + 4,859.75 + 443.11
        assertThat(result.totalTax()).isEqualByComparingTo("29113.26");
        // Maryland's 4.75 % is credited away; New York's 5.9 % and the county's 3.2 % stay:
        // 22 % + 7.65 % + 3.2 % + 5.9 %, less whatever the Maryland-only rate adds beyond its state rate
        BigDecimal marylandOnly = livingAndWorkingIn(100_000, StateCode.MD).marginalRate();
        assertThat(result.marginalRate()).isEqualByComparingTo(marylandOnly.subtract(new BigDecimal("0.0475"))
                .add(new BigDecimal("0.059")));
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("Comptroller v. Wynne"));
    }

    @Test
    void aResidentOfAStateWithoutIncomeTaxPaysTheWorkStatesTaxWithNoCredit() {
        // Texas taxes no wages: New York's 4,859.75 is added whole. 20,820 + 4,859.75 + 443.11 = 26,122.86.
        TaxResult result = tax(100_000, StateCode.TX, StateCode.NY);

        assertThat(result.workStateTax()).isEqualByComparingTo(NEW_YORK_ON_100K);
        assertThat(credit(result)).isZero();
        assertThat(result.stateIncomeTax()).isZero();
        assertThat(result.totalTax()).isEqualByComparingTo("26122.86");
        // 22 % + 6.2 % + 1.45 % + New York's 5.9 %
        assertThat(result.marginalRate()).isEqualByComparingTo("0.3555");
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("Texas taxes no wages here"));
    }

    @Test
    void washingtonResidentWorkingInATaxingStatePaysThatStatesTaxAndPremiumsInsteadOfWashingtons() {
        // Washington taxes no wages; New York's tax is added, and its premiums replace WA Cares and PFML.
        // 20,820 + 4,859.75 + 443.11 = 26,122.86, as for a Texas resident.
        TaxResult result = tax(100_000, StateCode.WA, StateCode.NY);

        assertThat(result.workStateTax()).isEqualByComparingTo(NEW_YORK_ON_100K);
        assertThat(result.statePayroll()).isEqualByComparingTo(NEW_YORK_PREMIUMS_ON_100K);
        assertThat(result.components()).noneSatisfy(line -> assertThat(line.jurisdiction()).isEqualTo("Washington"));
        assertThat(result.totalTax()).isEqualByComparingTo("26122.86");
        // 22 % + 7.65 % + New York's 5.9 %: no WA Cares rate on the next dollar
        assertThat(result.marginalRate()).isEqualByComparingTo("0.3555");
        assertThat(result.notes()).contains("Washington has no wage income tax.")
                .anySatisfy(note -> assertThat(note).contains("premiums follow the job: New York's are charged"));
    }

    @Test
    void aSpousesPremiumsStayAtHome() {
        // Washington resident working in Texas, spouse working in Washington: Texas charges no premiums; the
        // spouse's WA Cares 0.58 % × 50,000 = 290 and PFML 0.807159 % × 50,000 = 403.5795 → 693.5795.
        TaxInput input = new TaxInput(new BigDecimal("100000"), MARRIED_JOINT, StateCode.WA, false, null,
                BigDecimal.ZERO, new BigDecimal("50000")).withWorkState(StateCode.TX);
        TaxResult result = TaxEngine.compute(tables, input);

        assertThat(result.statePayroll()).isEqualByComparingTo("693.5795");
        assertThat(result.components()).allSatisfy(line -> assertThat(line.label()).endsWith("on the spouse's wages"));
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("Texas charges none"));
    }

    @Test
    void aSpousesWagesAtHomeShrinkTheShareTheWorkStateTaxes() {
        // Virginia, joint, 60,000 worked in New York + spouse's 30,000 at home: AGI 90,000, share 60/90 = 2/3.
        // New York as if a resident: TI 90,000 − 16,050 = 73,950; 3.9 % × 17,150 = 668.85 + 4.4 % × 6,450 = 283.80
        //   + 5.15 % × 4,300 = 221.45 + 5.4 % × 46,050 = 2,486.70 = 3,660.80; × 2/3 = 2,440.5333…
        // Virginia: TI 90,000 − 17,500 − 2 × 930 = 70,640; 60 + 60 + 600 + 5.75 % × 53,640 = 3,084.30 → 3,804.30;
        //   limit 3,804.30 × 2/3 = 2,536.20; credit = min(2,440.53…, 2,536.20) = 2,440.53…
        TaxInput input = new TaxInput(new BigDecimal("60000"), MARRIED_JOINT, StateCode.VA, false, null,
                BigDecimal.ZERO, new BigDecimal("30000")).withWorkState(StateCode.NY);
        TaxResult result = TaxEngine.compute(tables, input);

        assertThat(result.workStateTax()).isCloseTo(new BigDecimal("2440.5333"), within(new BigDecimal("0.0001")));
        assertThat(credit(result).negate()).isCloseTo(new BigDecimal("2440.5333"), within(new BigDecimal("0.0001")));
        assertThat(result.stateIncomeTax().add(result.workStateTax()))
                .isCloseTo(new BigDecimal("3804.30"), within(new BigDecimal("1E-20")));
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("spouse's wages are taken as earned"));
    }

    @Test
    void aWorkStateWithoutIncomeTaxLeavesTheWagesToTheHomeState() {
        // New York resident working in Texas: New York's tax only, no credit; Texas has no premiums, so none.
        TaxResult atHome = livingAndWorkingIn(100_000, StateCode.NY);
        TaxResult result = tax(100_000, StateCode.NY, StateCode.TX);

        assertThat(result.workStateTax()).isZero();
        assertThat(result.stateIncomeTax()).isEqualByComparingTo(NEW_YORK_ON_100K);
        assertThat(result.statePayroll()).isZero();
        assertThat(result.totalTax()).isEqualByComparingTo(atHome.totalTax().subtract(atHome.statePayroll()));
        assertThat(result.notes()).contains("Texas charges no income tax on these wages: New York taxes them alone, "
                + "as a resident.");
    }

    @ParameterizedTest
    @CsvSource({"MD, VA", "VA, MD", "DC, MD", "DC, VA"})
    void reciprocalAgreementsLeaveTheWagesToTheHomeState(StateCode home, StateCode work) {
        TaxResult result = tax(150_000, home, work);

        assertThat(result.workStateTax()).isZero();
        assertThat(credit(result)).isZero();
        assertThat(result.totalTax()).isEqualByComparingTo(livingAndWorkingIn(150_000, home).totalTax());
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("reciprocal agreement")
                .contains(home.label()).contains(work.label()));
    }

    @ParameterizedTest
    @CsvSource({"MD", "VA", "NY", "TX"})
    void theDistrictTaxesNoNonresidentsWages(StateCode home) {
        TaxResult result = tax(150_000, home, StateCode.DC);
        TaxResult atHome = livingAndWorkingIn(150_000, home);

        assertThat(result.workStateTax()).isZero();
        // The District has no employee premiums (its paid leave is employer-funded): a New Yorker's PFL and
        // disability premiums stay behind with the New York job, the income taxes are the home state's alone.
        assertThat(result.statePayroll()).isZero();
        assertThat(result.totalTax()).isEqualByComparingTo(atHome.totalTax().subtract(atHome.statePayroll()));
        assertThat(result.notes()).anySatisfy(note -> assertThat(note)
                .contains("District of Columbia taxes no nonresident's wages").contains("Home Rule Act"));
    }

    @Test
    void withoutTheAgreementsTheWorkStateTaxesAndTheHomeStateCredits() {
        // Maryland resident in Virginia with no reciprocity file: Virginia taxes, Maryland credits. Virginia on
        // 100,000 is 4,935.90 (above); Maryland's 4,386.375 is less, so the credit is Maryland's whole tax.
        TaxTables without = tables.withReciprocity(Reciprocity.NONE);
        TaxResult result = TaxEngine.compute(without, TaxInput.of(new BigDecimal("100000"), SINGLE, StateCode.MD)
                .withWorkState(StateCode.VA));

        assertThat(result.workStateTax()).isEqualByComparingTo("4935.90");
        assertThat(credit(result)).isEqualByComparingTo("-4386.375");
    }

    @Test
    void workingWhereYouLiveIsNoWorkState() {
        TaxInput input = TaxInput.of(BigDecimal.TEN, SINGLE, StateCode.NY).withWorkState(StateCode.NY);

        assertThat(input.workState()).isNull();
        assertThat(TaxEngine.compute(tables, input).workStateTax()).isZero();
    }

    @Test
    void refusesAWorkStateOutsideTheStatesOrWithoutAHomeState() {
        TaxInput virginia = TaxInput.of(BigDecimal.TEN, SINGLE, StateCode.VA);
        assertThatThrownBy(() -> virginia.withWorkState(StateCode.OTHER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("50 states or DC");
        TaxInput abroad = TaxInput.of(BigDecimal.TEN, SINGLE, StateCode.OTHER);
        assertThatThrownBy(() -> abroad.withWorkState(StateCode.NY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a state of residence");
    }
}
