package com.counteroffer.domain.tax;

import static com.counteroffer.domain.tax.FilingStatus.MARRIED_JOINT;
import static com.counteroffer.domain.tax.FilingStatus.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.counteroffer.data.TaxTablesReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
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
    void theWorkStateTaxesWagesAfterThePayrollHsaAsItWouldAResident() {
        // 150,000 with a 4,400 HSA: New York's tax as if a resident is on AGI 145,600 (TI 137,600), exactly what a
        // New York resident with the same HSA pays; before the fix it was on 150,000 (TI 142,000).
        TaxInput commuter = TaxInput.of(BigDecimal.valueOf(150_000), SINGLE, StateCode.NJ).withWorkState(StateCode.NY)
                .withHsa(BigDecimal.valueOf(4_400), HsaCoverage.SELF);
        TaxInput resident = TaxInput.of(BigDecimal.valueOf(150_000), SINGLE, StateCode.NY)
                .withHsa(BigDecimal.valueOf(4_400), HsaCoverage.SELF);

        assertThat(TaxEngine.compute(tables, commuter).workStateTax())
                .isEqualByComparingTo(TaxEngine.compute(tables, resident).stateIncomeTax());
        assertThat(TaxEngine.compute(tables, resident).stateTaxableIncome()).isEqualByComparingTo("137600");
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
    /**
     * The common commuter pairs, on 100,000 single. New Jersey: TI 100,000 − 1,000 exemption = 99,000; 1.4 % × 20,000
     * = 280 + 1.75 % × 15,000 = 262.50 + 3.5 % × 5,000 = 175 + 5.525 % × 35,000 = 1,933.75 + 6.37 % × 24,000
     * = 1,528.80 → 4,180.05. Connecticut: the 15,000 exemption is gone above AGI 45,000; TI 100,000; 2 % × 10,000
     * = 200 + 4.5 % × 40,000 = 1,800 + 5.5 % × 50,000 = 2,750 → 4,750, + Table C add-back ⌈(100,000 − 56,500) ÷
     * 5,000⌉ = 9 × 25 = 225 → 4,975.
     */
    @Nested
    class CommonPairs {

        @Test
        void newJerseyResidentInNewYorkCity() {
            // New York 4,859.75 > New Jersey 4,180.05: Schedule NJ-COJ credits all of New Jersey's tax.
            // 13,170 + 7,650 + 0 + 4,859.75 + New York's premiums 443.11 (not New Jersey's) = 26,122.86
            TaxResult result = tax(100_000, StateCode.NJ, StateCode.NY);

            assertThat(result.workStateTax()).isEqualByComparingTo(NEW_YORK_ON_100K);
            assertThat(credit(result)).isEqualByComparingTo("-4180.05");
            assertThat(result.components()).anySatisfy(line -> assertThat(line.label()).contains("Schedule NJ-COJ"));
            assertThat(result.stateIncomeTax()).isZero();
            assertThat(result.localIncomeTax()).isZero();
            assertThat(result.statePayroll()).isEqualByComparingTo(NEW_YORK_PREMIUMS_ON_100K);
            assertThat(result.totalTax()).isEqualByComparingTo("26122.86");
            // 22 % + 7.65 % + New York's 5.9 %: New Jersey's 6.37 % is credited away
            assertThat(result.marginalRate()).isEqualByComparingTo("0.3555");
            // New Jersey's assumed TDI and FLI rates are not charged, so not mentioned
            assertThat(result.notes()).noneSatisfy(note -> assertThat(note).startsWith("Uncertain figure used (New "
                    + "Jersey)"));
        }

        @Test
        void connecticutResidentInNewYorkCity() {
            // New York 4,859.75 < Connecticut 4,975: Schedule 2 credits New York's tax; Connecticut keeps 115.25.
            // 13,170 + 7,650 + 115.25 + 4,859.75 + 443.11 = 26,238.11
            TaxResult result = tax(100_000, StateCode.CT, StateCode.NY);

            assertThat(result.workStateTax()).isEqualByComparingTo(NEW_YORK_ON_100K);
            assertThat(credit(result)).isEqualByComparingTo("-4859.75");
            assertThat(result.components()).anySatisfy(line -> assertThat(line.label()).contains("CT-1040 Schedule 2"));
            assertThat(result.stateIncomeTax()).isEqualByComparingTo("115.25");
            assertThat(result.totalTax()).isEqualByComparingTo("26238.11");
            // Connecticut's rate stays (its 5.5 % plus the add-back's 25 per 5,000 = 0.5 %), New York's is credited:
            // 22 % + 7.65 % + 6 %
            assertThat(result.marginalRate()).isEqualByComparingTo("0.3565");
        }

        @Test
        void washingtonResidentInPortland() {
            // Oregon as if a resident: TI 100,000 − 2,835 − 8,500 (federal tax subtraction cap) = 88,665;
            // 4.75 % × 4,400 = 209 + 6.75 % × 6,700 = 452.25 + 8.75 % × 77,565 = 6,786.9375 → 7,448.1875, less the
            // 256 exemption credit = 7,192.1875, all of it; no credit (Washington taxes no wages).
            // Oregon's premiums, not Washington's: transit 0.1 % × 100,000 = 100 + Paid Leave 0.6 % × 100,000 = 600.
            // 13,170 + 7,650 + 7,192.1875 + 700 = 28,712.1875
            TaxResult result = tax(100_000, StateCode.WA, StateCode.OR);

            assertThat(result.workStateTax()).isEqualByComparingTo("7192.1875");
            assertThat(credit(result)).isZero();
            assertThat(result.statePayroll()).isEqualByComparingTo("700");
            assertThat(result.totalTax()).isEqualByComparingTo("28712.1875");
            // 22 % + 7.65 % + Oregon's 8.75 % + transit 0.1 % + Paid Leave 0.6 %
            assertThat(result.marginalRate()).isEqualByComparingTo("0.391");
            assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("Oregon taxes the wages earned there"))
                    .anySatisfy(note -> assertThat(note).contains("Washington taxes no wages here"))
                    // Washington's uncertain PFML wage cap is not used, so not mentioned
                    .noneSatisfy(note -> assertThat(note).startsWith("Uncertain figure used (Washington)"));
        }

        @Test
        void pennsylvaniaResidentInNewJerseyPaysPennsylvaniaAloneAndNewJerseysPremiums() {
            // Reciprocity: Pennsylvania 3.07 % × 100,000 = 3,070 only. New Jersey's premiums: UI 0.3825 % × 44,800
            // = 171.36 + workforce 0.0425 % × 44,800 = 19.04 + TDI 0.19 % × 100,000 = 190 + FLI 0.23 % = 230 → 610.40.
            // 13,170 + 7,650 + 3,070 + 610.40 = 24,500.40
            TaxResult result = tax(100_000, StateCode.PA, StateCode.NJ);

            assertThat(result.workStateTax()).isZero();
            assertThat(result.stateIncomeTax()).isEqualByComparingTo("3070");
            assertThat(result.statePayroll()).isEqualByComparingTo("610.40");
            assertThat(result.totalTax()).isEqualByComparingTo("24500.40");
            assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("reciprocal agreement")
                    .contains("New Jersey–Pennsylvania Reciprocal Personal Income Tax Agreement"))
                    .anySatisfy(note -> assertThat(note).startsWith("Uncertain figure used (New Jersey)"));
        }

        @Test
        void newJerseyResidentInPennsylvaniaPaysNewJerseyAlone() {
            TaxResult result = tax(100_000, StateCode.NJ, StateCode.PA);

            assertThat(result.workStateTax()).isZero();
            assertThat(result.stateIncomeTax()).isEqualByComparingTo("4180.05");
        }

        @Test
        void newYorkCityResidentInNewJerseyKeepsTheCityTax() {
            // New Jersey 4,180.05 < New York 4,859.75: IT-112-R credits it against the state tax only; the city
            // tax is unchanged.
            TaxResult atHome = TaxEngine.compute(tables, new TaxInput(new BigDecimal("100000"), SINGLE, StateCode.NY,
                    true, null, BigDecimal.ZERO));
            TaxResult result = TaxEngine.compute(tables, atHome.input().withWorkState(StateCode.NJ));

            assertThat(result.workStateTax()).isEqualByComparingTo("4180.05");
            assertThat(credit(result)).isEqualByComparingTo("-4180.05");
            assertThat(result.stateIncomeTax()).isEqualByComparingTo("679.70");
            assertThat(result.localIncomeTax()).isEqualByComparingTo(atHome.localIncomeTax());
        }
    }
}
