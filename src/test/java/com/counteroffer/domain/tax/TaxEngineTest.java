package com.counteroffer.domain.tax;

import static com.counteroffer.domain.tax.FilingStatus.HEAD_OF_HOUSEHOLD;
import static com.counteroffer.domain.tax.FilingStatus.MARRIED_JOINT;
import static com.counteroffer.domain.tax.FilingStatus.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.data.TaxTablesReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Hand-worked cases against the built-in 2026 tables; each comment shows every bracket's share. */
class TaxEngineTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing, StateCode state) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, state));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Nested
    class Federal {

        @Test
        void singleInTheTwentyTwoPercentBracket() {
            // TI = 100,000 − 16,100 = 83,900
            // 10 % × 12,400 = 1,240; 12 % × 38,000 = 4,560; 22 % × 33,500 = 7,370 → 13,170
            // SS 6.2 % × 100,000 = 6,200; Medicare 1.45 % = 1,450; total 20,820
            TaxResult result = tax(100_000, SINGLE, StateCode.TX);

            assertThat(result.federalTaxableIncome()).isEqualByComparingTo("83900");
            assertThat(result.federalIncomeTax()).isEqualByComparingTo("13170");
            assertThat(result.brackets()).extracting(BracketShare::tax)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(d("1240"), d("4560"), d("7370"));
            assertThat(result.socialSecurity()).isEqualByComparingTo("6200");
            assertThat(result.medicare()).isEqualByComparingTo("1450");
            assertThat(result.additionalMedicare()).isZero();
            assertThat(result.stateIncomeTax()).isZero();
            assertThat(result.statePayroll()).isZero();
            assertThat(result.totalTax()).isEqualByComparingTo("20820");
            assertThat(result.net()).isEqualByComparingTo("79180");
            assertThat(result.takeHomeAfterDeferral()).isEqualByComparingTo("79180");
            assertThat(result.effectiveRate()).isEqualByComparingTo("0.2082");
            // 22 % + 6.2 % + 1.45 %
            assertThat(result.marginalRate()).isEqualByComparingTo("0.2965");
        }

        @Test
        void socialSecurityStopsAtTheWageBaseAndAdditionalMedicareStartsAt200kSingle() {
            // TI = 283,900: 1,240 + 4,560 + 22 % × 55,300 = 12,166 + 24 % × 96,075 = 23,058
            //   + 32 % × 54,450 = 17,424 + 35 % × 27,675 = 9,686.25 → 68,134.25
            // SS 6.2 % × 184,500 = 11,439; Medicare 1.45 % × 300,000 = 4,350; additional 0.9 % × 100,000 = 900
            TaxResult result = tax(300_000, SINGLE, StateCode.TX);

            assertThat(result.federalIncomeTax()).isEqualByComparingTo("68134.25");
            assertThat(result.socialSecurity()).isEqualByComparingTo("11439");
            assertThat(result.medicare()).isEqualByComparingTo("4350");
            assertThat(result.additionalMedicare()).isEqualByComparingTo("900");
            assertThat(result.totalTax()).isEqualByComparingTo("84823.25");
            // 35 % + 1.45 % + 0.9 %: no Social Security on the next dollar
            assertThat(result.marginalRate()).isEqualByComparingTo("0.3735");
        }

        @Test
        void additionalMedicareThresholdsAre200kSingleAnd250kJoint() {
            assertThat(tax(200_000, SINGLE, StateCode.TX).additionalMedicare()).isZero();
            assertThat(tax(200_001, SINGLE, StateCode.TX).additionalMedicare()).isEqualByComparingTo("0.009");
            assertThat(tax(200_000, HEAD_OF_HOUSEHOLD, StateCode.TX).additionalMedicare()).isZero();
            assertThat(tax(210_000, HEAD_OF_HOUSEHOLD, StateCode.TX).additionalMedicare()).isEqualByComparingTo("90");
            assertThat(tax(250_000, MARRIED_JOINT, StateCode.TX).additionalMedicare()).isZero();
            // 0.9 % × (300,000 − 250,000) = 450
            assertThat(tax(300_000, MARRIED_JOINT, StateCode.TX).additionalMedicare()).isEqualByComparingTo("450");
            // At the threshold the next dollar pays it: 24 % + 1.45 % + 0.9 % (wages above the SS base)
            assertThat(tax(250_000, MARRIED_JOINT, StateCode.TX).marginalRate()).isEqualByComparingTo("0.2635");
        }

        @Test
        void marriedJoint() {
            // TI = 300,000 − 32,200 = 267,800
            // 10 % × 24,800 = 2,480; 12 % × 76,000 = 9,120; 22 % × 110,600 = 24,332; 24 % × 56,400 = 13,536 → 49,468
            TaxResult result = tax(300_000, MARRIED_JOINT, StateCode.TX);

            assertThat(result.federalIncomeTax()).isEqualByComparingTo("49468");
            assertThat(result.notes()).anyMatch(note -> note.contains("household's only income"));
        }

        @Test
        void headOfHouseholdHasItsOwnBracketsAndDeduction() {
            // TI = 150,000 − 24,150 = 125,850
            // 10 % × 17,700 = 1,770; 12 % × 49,750 = 5,970; 22 % × 38,250 = 8,415; 24 % × 20,150 = 4,836 → 20,991
            // SS 9,300; Medicare 2,175 → total 32,466
            TaxResult result = tax(150_000, HEAD_OF_HOUSEHOLD, StateCode.TX);

            assertThat(result.federalTaxableIncome()).isEqualByComparingTo("125850");
            assertThat(result.federalIncomeTax()).isEqualByComparingTo("20991");
            assertThat(result.totalTax()).isEqualByComparingTo("32466");
        }

        @Test
        void aDeferralLowersIncomeTaxWagesButNotFica() {
            // TI = 100,000 − 20,000 − 16,100 = 63,900: 1,240 + 4,560 + 22 % × 13,500 = 2,970 → 8,770
            // FICA on all 100,000: 6,200 + 1,450; total 16,420; net 83,580; after the deferral 63,580
            TaxResult result = TaxEngine.compute(tables,
                    TaxInput.of(d("100000"), SINGLE, StateCode.TX).withDeferral(d("20000")));

            assertThat(result.federalIncomeTax()).isEqualByComparingTo("8770");
            assertThat(result.socialSecurity()).isEqualByComparingTo("6200");
            assertThat(result.medicare()).isEqualByComparingTo("1450");
            assertThat(result.net()).isEqualByComparingTo("83580");
            assertThat(result.takeHomeAfterDeferral()).isEqualByComparingTo("63580");
            assertThat(result.notes()).anyMatch(note -> note.contains("401(k) deferral of $20,000"));
        }

        @Test
        void aDeferralAboveTheLimitOrTheWagesIsRefused() {
            assertThatThrownBy(() -> TaxEngine.compute(tables,
                    TaxInput.of(d("100000"), SINGLE, StateCode.TX).withDeferral(d("24501"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$24,500");
            assertThat(TaxEngine.compute(tables, TaxInput.of(d("100000"), SINGLE, StateCode.TX)
                    .withDeferral(d("24500"))).federalTaxableIncome()).isEqualByComparingTo("59400");
            assertThatThrownBy(() -> TaxInput.of(d("10000"), SINGLE, StateCode.TX).withDeferral(d("10001")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than the wages");
        }

        @Test
        void wagesBelowTheDeductionPayOnlyFica() {
            TaxResult result = tax(10_000, SINGLE, StateCode.TX);

            assertThat(result.federalIncomeTax()).isZero();
            assertThat(result.brackets()).isEmpty();
            assertThat(result.totalTax()).isEqualByComparingTo("765");
            assertThat(result.marginalRate()).isEqualByComparingTo("0.0765");
        }

        @Test
        void theScopeIsStatedAndOutsideTheStatesOnlyFederalTaxIsCharged() {
            TaxResult result = tax(100_000, SINGLE, StateCode.OTHER);

            assertThat(result.stateIncomeTax()).isZero();
            assertThat(result.stateTaxableIncome()).isNull();
            assertThat(result.notes()).anyMatch(note -> note.startsWith("Outside the 50 states and the District of Columbia"))
                    .anyMatch(note -> note.contains("not paycheck withholding"))
                    .anyMatch(note -> note.contains("the larger of the standard deduction and itemized state and local taxes"))
                    .anyMatch(note -> note.contains("not tax advice"));
        }
    }

    @Nested
    class California {

        // The first five single brackets: 1 % × 11,079 = 110.79; 2 % × 15,185 = 303.70; 4 % × 15,188 = 607.52;
        // 6 % × 16,090 = 965.40; 8 % × 15,182 = 1,214.56 → 3,201.97 up to 72,724.

        @Test
        void singleBelowThePhaseOut() {
            // TI = 200,000 − 5,706 = 194,294: 3,201.97 + 9.3 % × 121,570 = 11,306.01 → 14,507.98
            // exemption credit 153 (federal AGI below 252,203) → 14,354.98; SDI 1.3 % × 200,000 = 2,600
            TaxResult result = tax(200_000, SINGLE, StateCode.CA);

            assertThat(result.stateTaxableIncome()).isEqualByComparingTo("194294");
            assertThat(result.stateIncomeTax()).isEqualByComparingTo("14354.98");
            assertThat(result.statePayroll()).isEqualByComparingTo("2600");
            assertThat(result.localIncomeTax()).isZero();
            assertThat(result.components()).extracting(TaxLine::amount).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(d("-153"), d("2600"));
            // federal TI 183,900: 1,240 + 4,560 + 12,166 + 24 % × 78,200 = 18,768 → 36,734
            assertThat(result.federalIncomeTax()).isEqualByComparingTo("36734");
            // 24 % + 1.45 % + 0.9 % (at 200,000 the next dollar pays it) + 9.3 % + 1.3 % SDI
            assertThat(result.marginalRate()).isEqualByComparingTo("0.3695");
            assertThat(result.notes()).anyMatch(note -> note.contains(
                    "2025 schedule, used for 2026 until the 2026 schedule is published"));
        }

        @Test
        void theExemptionCreditPhasesOutBySixPer2500OrPart() {
            // AGI 260,000 − 252,203 = 7,797 → 4 steps (3.12, rounded up) → 153 − 24 = 129
            // TI = 254,294: 3,201.97 + 9.3 % × 181,570 = 16,886.01 → 20,087.98 − 129 = 19,958.98
            TaxResult result = tax(260_000, SINGLE, StateCode.CA);

            assertThat(result.stateIncomeTax()).isEqualByComparingTo("19958.98");
            assertThat(result.components().get(0).amount()).isEqualByComparingTo("-129");
            // CA tax 19,958.98 > the 16,100 standard deduction, so SALT is itemized: federal TI 260,000 − 19,958.98
            // = 240,041.02 is in 32 %; + 1.45 % + 0.9 % + 9.3 % + 6 ÷ 2,500 (0.24 %) + 1.3 % SDI = 45.19 %, less the
            // federal saving on the deductible CA tax of the next dollar, 32 % × (9.3 % + 0.24 %) = 3.0528 % → 42.1372 %
            assertThat(result.marginalRate()).isEqualByComparingTo("0.421372");

            // joint, two exemptions: AGI 510,000 − 504,411 = 5,589 → 3 steps → 2 × (153 − 18) = 270
            TaxResult joint = tax(510_000, MARRIED_JOINT, StateCode.CA);
            assertThat(joint.components().get(0).amount()).isEqualByComparingTo("-270");
            // AGI 600,000: 95,589 over → 39 steps → 153 − 234 < 0 → no credit
            assertThat(tax(600_000, MARRIED_JOINT, StateCode.CA).components())
                    .noneMatch(line -> line.label().contains("exemption"));
            // exactly at the start: no reduction yet
            assertThat(tax(252_203, SINGLE, StateCode.CA).components().get(0).amount()).isEqualByComparingTo("-153");
            assertThat(tax(252_204, SINGLE, StateCode.CA).components().get(0).amount()).isEqualByComparingTo("-147");
        }

        @Test
        void overAMillionWithADeferral() {
            // AGI = 1,500,000 − 24,500 = 1,475,500; TI = 1,475,500 − 5,706 = 1,469,794
            // 3,201.97 + 9.3 % × 298,755 = 27,784.215 + 10.3 % × 74,292 = 7,652.076 + 11.3 % × 297,182 = 33,581.566
            //   + 12.3 % × 726,841 = 89,401.443 → 161,621.27
            // mental health 1 % × 469,794 = 4,697.94; no exemption credit → 166,319.21
            // SDI 1.3 % × 1,500,000 (all wages, the deferral too) = 19,500
            TaxResult result = TaxEngine.compute(tables,
                    TaxInput.of(d("1500000"), SINGLE, StateCode.CA).withDeferral(d("24500")));

            assertThat(result.stateIncomeTax()).isEqualByComparingTo("166319.21");
            assertThat(result.brackets()).filteredOn(share -> share.jurisdiction().contains("mental health"))
                    .singleElement().satisfies(share -> {
                        assertThat(share.taxable()).isEqualByComparingTo("469794");
                        assertThat(share.tax()).isEqualByComparingTo("4697.94");
                    });
            assertThat(result.statePayroll()).isEqualByComparingTo("19500");
            // federal TI 1,459,400: 1,240 + 4,560 + 12,166 + 23,058 + 17,424 + 35 % × 384,375 = 134,531.25
            //   + 37 % × 818,800 = 302,956 → 495,935.25
            assertThat(result.federalIncomeTax()).isEqualByComparingTo("495935.25");
            // additional Medicare 0.9 % × 1,300,000 = 11,700; SS 11,439; Medicare 21,750
            assertThat(result.additionalMedicare()).isEqualByComparingTo("11700");
            assertThat(result.totalTax()).isEqualByComparingTo("726643.46");
            assertThat(result.net()).isEqualByComparingTo("773356.54");
            assertThat(result.takeHomeAfterDeferral()).isEqualByComparingTo("748856.54");
            // 37 % + 1.45 % + 0.9 % + 12.3 % + 1 % + 1.3 %
            assertThat(result.marginalRate()).isEqualByComparingTo("0.5395");
        }
    }

    @Nested
    class NewYork {

        // Single schedule up to 215,400: 3.9 % × 8,500 = 331.50; 4.4 % × 3,200 = 140.80; 5.15 % × 2,200 = 113.30;
        // 5.4 % × 66,750 = 3,604.50; 5.9 % × 134,750 = 7,950.25 → 12,140.35.

        private TaxResult singleAtTaxableIncome(long taxableIncome) {
            return tax(taxableIncome + 8_000, SINGLE, StateCode.NY);
        }

        @Test
        void theStatutesCheckAt215400() {
            Jurisdiction ny = tables.get(JurisdictionId.NY);
            BigDecimal scheduleTax = ny.schedule(SINGLE).tax(d("215400"));

            assertThat(scheduleTax).isEqualByComparingTo("12140.35");
            // 215,400 × 6.85 % − 12,140.35 = 2,614.55 ≈ 567 + 2,047 = 2,614, once fully phased in
            assertThat(d("215400").multiply(d("0.0685")).subtract(scheduleTax)).isEqualByComparingTo("2614.55");
            assertThat(TaxEngine.newYorkSupplementalTax(ny, SINGLE, d("215400"), d("265400")))
                    .isEqualByComparingTo("2614");
            // with AGI = TI + 8,000 only 8,000 ÷ 50,000 = 0.16 of the step's 2,047 is phased in yet
            assertThat(TaxEngine.newYorkSupplementalTax(ny, SINGLE, d("215400"), d("223400")))
                    .isEqualByComparingTo("894.52");
        }

        @Test
        void firstStepAtTaxableIncome150000() {
            // schedule: 331.50 + 140.80 + 113.30 + 3,604.50 + 5.9 % × 69,350 = 4,091.65 → 8,281.75
            // AGI 158,000: fraction min(1, (158,000 − 107,650) ÷ 50,000) = 1 → 0 + 567 → 8,848.75
            TaxResult result = singleAtTaxableIncome(150_000);

            assertThat(result.stateTaxableIncome()).isEqualByComparingTo("150000");
            assertThat(result.stateIncomeTax()).isEqualByComparingTo("8848.75");
            assertThat(result.components().get(0).amount()).isEqualByComparingTo("567");
            // PFL 0.432 % × 158,000 = 682.56 → capped at 411.91; disability 0.5 % capped at 31.20
            assertThat(result.statePayroll()).isEqualByComparingTo("443.11");
        }

        @Test
        void firstStepPartlyPhasedIn() {
            // TI 120,000, AGI 128,000: fraction (128,000 − 107,650) ÷ 50,000 = 0.407 → 0.407 × 567 = 230.769
            Jurisdiction ny = tables.get(JurisdictionId.NY);
            assertThat(TaxEngine.newYorkSupplementalTax(ny, SINGLE, d("120000"), d("128000")))
                    .isEqualByComparingTo("230.769");
            // below NY AGI 107,650 there is none
            assertThat(TaxEngine.newYorkSupplementalTax(ny, SINGLE, d("99650"), d("107650"))).isZero();
            // the phase-in adds 567 ÷ 50,000 = 1.134 % to the marginal rate:
            // 24 % federal (TI 128,000 − 16,100 = 111,900) + 6.2 % + 1.45 % + 5.9 % + 1.134 %
            // (PFL and disability already at their caps)
            assertThat(singleAtTaxableIncome(120_000).marginalRate()).isEqualByComparingTo("0.38684");
        }

        @Test
        void secondStepAtTaxableIncome300000() {
            // schedule: 12,140.35 + 6.85 % × 84,600 = 5,795.10 → 17,935.45
            // AGI 308,000: prev 215,400, fraction min(1, 92,600 ÷ 50,000) = 1 → 567 + 2,047 = 2,614 → 20,549.45
            TaxResult result = singleAtTaxableIncome(300_000);

            assertThat(result.stateIncomeTax()).isEqualByComparingTo("20549.45");
            // partly phased in: TI 220,000, AGI 228,000 → (228,000 − 215,400) ÷ 50,000 = 0.252 → 567 + 515.844
            assertThat(TaxEngine.newYorkSupplementalTax(tables.get(JurisdictionId.NY), SINGLE, d("220000"),
                    d("228000"))).isEqualByComparingTo("1082.844");
        }

        @Test
        void thirdStepAtTaxableIncome1150000() {
            // schedule: 12,140.35 + 6.85 % × 862,150 = 59,057.275 + 9.65 % × 72,450 = 6,991.425 → 78,189.05
            // AGI 1,158,000: prev 1,077,550, fraction 1 → 2,614 + 30,172 = 32,786 → 110,975.05 (≈ 9.65 % of TI)
            TaxResult result = singleAtTaxableIncome(1_150_000);

            assertThat(result.stateIncomeTax()).isEqualByComparingTo("110975.05");
            // partly phased in: TI 1,100,000, AGI 1,108,000 → 30,450 ÷ 50,000 = 0.609 → 2,614 + 18,374.748
            assertThat(TaxEngine.newYorkSupplementalTax(tables.get(JurisdictionId.NY), SINGLE, d("1100000"),
                    d("1108000"))).isEqualByComparingTo("20988.748");
        }

        @Test
        void aboveAgi25MillionAllIncomeIsTaxedAtTheTopRate() {
            // schedule(30,000,000) = 12,140.35 + 59,057.275 + 9.65 % × 3,922,450 = 378,516.425
            //   + 10.3 % × 20,000,000 = 2,060,000 + 10.9 % × 5,000,000 = 545,000 → 3,054,714.05
            // supplemental = 30,000,000 × 10.9 % − 3,054,714.05 = 215,285.95
            Jurisdiction ny = tables.get(JurisdictionId.NY);
            assertThat(TaxEngine.newYorkSupplementalTax(ny, SINGLE, d("30000000"), d("30008000")))
                    .isEqualByComparingTo("215285.95");
            TaxResult result = tax(30_008_000, SINGLE, StateCode.NY);
            assertThat(result.stateIncomeTax()).isEqualByComparingTo("3270000");
        }

        @Test
        void jointSteps() {
            // TI 150,000 (wages 166,050): 3.9 % × 17,150 = 668.85; 4.4 % × 6,450 = 283.80; 5.15 % × 4,300 = 221.45;
            // 5.4 % × 122,100 = 6,593.40 → 7,767.50; fraction (166,050 − 107,650) ÷ 50,000 ≥ 1 → + 333 → 8,100.50
            assertThat(tax(166_050, MARRIED_JOINT, StateCode.NY).stateIncomeTax()).isEqualByComparingTo("8100.50");
            // TI 300,000 (wages 316,050): 668.85 + 283.80 + 221.45 + 5.4 % × 133,650 = 7,217.10
            //   + 5.9 % × 138,450 = 8,168.55 → 16,559.75; step 161,550 fully in: 333 + 807 = 1,140 → 17,699.75
            assertThat(tax(316_050, MARRIED_JOINT, StateCode.NY).stateIncomeTax()).isEqualByComparingTo("17699.75");
        }

        @Test
        void theRecaptureStepsMakeACliff() {
            // Single TI 1,077,549 → 1,078,549 (wages +1,000): the supplemental tax moves from 2,614 (step fully in)
            // to 2,614 + (1,086,549 − 1,077,550) ÷ 50,000 × 30,172 = 8,044.36…: the statute, not a bug.
            TaxResult before = tax(1_085_549, SINGLE, StateCode.NY);
            TaxResult after = tax(1_086_549, SINGLE, StateCode.NY);

            assertThat(after.net()).isLessThan(before.net());
            // Inside that step's phase-in the next dollar pays 37 % + 1.45 % + 0.9 % + 9.65 % + 30,172 ÷ 50,000
            // (60.344 %) + 3.876 % New York City = 113.22 %
            TaxResult inPhaseIn = TaxEngine.compute(tables,
                    new TaxInput(d("1090000"), SINGLE, StateCode.NY, true, null, BigDecimal.ZERO));
            assertThat(inPhaseIn.marginalRate()).isEqualByComparingTo("1.13220");
        }

        @Test
        void newYorkCityTaxesResidentsOnStateTaxableIncome() {
            // NY TI 150,000: 3.078 % × 12,000 = 369.36; 3.762 % × 13,000 = 489.06; 3.819 % × 25,000 = 954.75;
            // 3.876 % × 100,000 = 3,876 → 5,689.17; less the school tax credit: fixed 63 (AGI 158,000 ≤ 250,000)
            // and rate reduction 0.171 % × 12,000 = 20.52 + 0.228 % × 138,000 = 314.64 → 335.16 → 5,291.01
            TaxResult result = TaxEngine.compute(tables,
                    new TaxInput(d("158000"), SINGLE, StateCode.NY, true, null, BigDecimal.ZERO));

            assertThat(result.localIncomeTax()).isEqualByComparingTo("5291.01");
            assertThat(result.brackets()).filteredOn(share -> share.jurisdiction().equals("New York City"))
                    .hasSize(4);
            // joint TI 100,000: 3.078 % × 21,600 = 664.848; 3.762 % × 23,400 = 880.308; 3.819 % × 45,000
            // = 1,718.55; 3.876 % × 10,000 = 387.60 → 3,651.306; less the school tax credit: fixed 125 and
            // 0.171 % × 21,600 = 36.936 + 0.228 % × 78,400 = 178.752 → 215.688 → 3,310.618
            TaxResult joint = TaxEngine.compute(tables,
                    new TaxInput(d("116050"), MARRIED_JOINT, StateCode.NY, true, null, BigDecimal.ZERO));
            assertThat(joint.localIncomeTax()).isEqualByComparingTo("3310.618");
            assertThatThrownBy(() -> new TaxInput(d("1"), SINGLE, StateCode.CA, true, null, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NY");
        }
    }

    @Nested
    class OtherStates {

        @Test
        void virginia() {
            // TI = 100,000 − 8,750 − 930 = 90,320: 2 % × 3,000 = 60; 3 % × 2,000 = 60; 5 % × 12,000 = 600;
            // 5.75 % × 73,320 = 4,215.90 → 4,935.90
            TaxResult result = tax(100_000, SINGLE, StateCode.VA);
            assertThat(result.stateTaxableIncome()).isEqualByComparingTo("90320");
            assertThat(result.stateIncomeTax()).isEqualByComparingTo("4935.90");
            assertThat(result.notes()).noneMatch(note -> note.startsWith("Uncertain figure used (Virginia)"));
            // joint: 200,000 − 17,500 − 2 × 930 = 180,640: 720 + 5.75 % × 163,640 = 9,409.30 → 10,129.30
            assertThat(tax(200_000, MARRIED_JOINT, StateCode.VA).stateIncomeTax()).isEqualByComparingTo("10129.30");
        }

        @Test
        void districtOfColumbia() {
            // TI = 300,000 − 15,000 = 285,000: 4 % × 10,000 = 400; 6 % × 30,000 = 1,800; 6.5 % × 20,000 = 1,300;
            // 8.5 % × 190,000 = 16,150; 9.25 % × 35,000 = 3,237.50 → 22,887.50
            TaxResult result = tax(300_000, SINGLE, StateCode.DC);
            assertThat(result.stateIncomeTax()).isEqualByComparingTo("22887.50");
            assertThat(result.notes()).anyMatch(note -> note.contains("DC standard deduction")
                    && note.contains("uncertain"));
        }

        @Test
        void marylandBelowTheExemptionPhaseOut() {
            // TI = 90,000 − 3,350 − 3,200 = 83,450: 2 % × 1,000 = 20; 3 % × 1,000 = 30; 4 % × 1,000 = 40;
            // 4.75 % × 80,450 = 3,821.375 → 3,911.375; county 3.2 % × 83,450 = 2,670.40
            TaxResult result = tax(90_000, SINGLE, StateCode.MD);
            assertThat(result.stateIncomeTax()).isEqualByComparingTo("3911.375");
            assertThat(result.localIncomeTax()).isEqualByComparingTo("2670.40");
            assertThat(result.notes()).anyMatch(note -> note.contains("default 3.2 %"));
        }

        @Test
        void marylandTopBracketsSingleWithACountyRate() {
            // above federal AGI 150,000 single no exemption (§10-211(c)(1)): TI = 1,200,000 − 3,350 = 1,196,650
            // 20 + 30 + 40; 4.75 % × 97,000 = 4,607.50; 5 % × 25,000 = 1,250; 5.25 % × 25,000 = 1,312.50;
            // 5.5 % × 100,000 = 5,500; 5.75 % × 250,000 = 14,375; 6.25 % × 500,000 = 31,250;
            // 6.5 % × 196,650 = 12,782.25 → 71,167.25; county 2.25 % × 1,196,650 = 26,924.625
            TaxResult result = TaxEngine.compute(tables,
                    new TaxInput(d("1200000"), SINGLE, StateCode.MD, false, d("0.0225"), null));
            assertThat(result.stateIncomeTax()).isEqualByComparingTo("71167.25");
            assertThat(result.localIncomeTax()).isEqualByComparingTo("26924.625");
            assertThat(result.notes()).anyMatch(note -> note.contains("Maryland personal exemption"))
                    .noneMatch(note -> note.contains("default 3.2 %"));
            // 37 % + 1.45 % + 0.9 % + 6.5 % + 2.25 %
            assertThat(result.marginalRate()).isEqualByComparingTo("0.481");
        }

        @Test
        void marylandTopBracketsJoint() {
            // above federal AGI 200,000 joint no exemption (§10-211(c)(2)): TI = 1,500,000 − 6,700 = 1,493,300:
            // 90; 4.75 % × 147,000 = 6,982.50; 5 % × 25,000 = 1,250; 5.25 % × 50,000 = 2,625; 5.5 % × 75,000 = 4,125;
            // 5.75 % × 300,000 = 17,250; 6.25 % × 600,000 = 37,500; 6.5 % × 293,300 = 19,064.50 → 88,887;
            // county 3.2 % × 1,493,300 = 47,785.60
            TaxResult result = tax(1_500_000, MARRIED_JOINT, StateCode.MD);
            assertThat(result.stateIncomeTax()).isEqualByComparingTo("88887");
            assertThat(result.localIncomeTax()).isEqualByComparingTo("47785.60");
            assertThat(result.notes()).anyMatch(note -> note.contains("reduced to $0 per exemption"));
        }

        @Test
        void washingtonHasPayrollPremiumsOnly() {
            // WA Cares 0.58 % × 250,000 = 1,450; PFML 0.807159 % × 184,500 (cap, uncertain) = 1,489.208355
            TaxResult result = tax(250_000, SINGLE, StateCode.WA);
            assertThat(result.stateIncomeTax()).isZero();
            assertThat(result.statePayroll()).isEqualByComparingTo("2939.208355");
            assertThat(result.notes()).anyMatch(note -> note.contains("wage cap") && note.contains("Uncertain"));
        }

        @Test
        void texasHasNoWageTax() {
            TaxResult result = tax(250_000, SINGLE, StateCode.TX);
            assertThat(result.stateIncomeTax().add(result.localIncomeTax()).add(result.statePayroll())).isZero();
            assertThat(result.notes()).contains("Texas has no wage income tax.");
        }
    }
}
