package com.counteroffer.domain.tax;

import static com.counteroffer.domain.tax.FilingStatus.MARRIED_JOINT;
import static com.counteroffer.domain.tax.FilingStatus.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.counteroffer.data.TaxTablesReader;
import com.counteroffer.domain.input.TaxTableException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The generic state computation on made-up round tables ("Testland", read as Massachusetts's file): every
 * mechanism a state file can use, each worked by hand. testland-generic.json: 2 % to 10,000 (single), 5 % above;
 * standard deduction 1,000; exemption 4,000 phased out from AGI 100,000 to 140,000 in steps of 2,500; exemption
 * credit 200, none above AGI 250,000; add-back 45 per 5,000 of AGI above 50,000, at most 450; a 1 % premium on
 * wages up to 100,000 per earner; localities Wagetown (3.74 % of wages) and Metro (1 % of state taxable income
 * above 125,000, plus 16.75 % of the state's tax).
 */
class GenericStateTaxTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static TaxTables tables(Consumer<ObjectNode> change) {
        try (InputStream in = GenericStateTaxTest.class.getResourceAsStream("testland-generic.json")) {
            ObjectNode root = (ObjectNode) MAPPER.readTree(in);
            change.accept(root);
            Jurisdiction testland = TaxTablesReader.read(new ByteArrayInputStream(MAPPER.writeValueAsBytes(root)),
                    "testland-generic.json");
            Map<JurisdictionId, Jurisdiction> all = new EnumMap<>(TaxTablesReader.builtIn().jurisdictions());
            all.put(JurisdictionId.MA, testland);
            return new TaxTables(2026, all);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final TaxTables TESTLAND = tables(root -> { });

    private static TaxResult tax(TaxTables tables, TaxInput input) {
        return TaxEngine.compute(tables, input);
    }

    private static TaxInput single(long wages) {
        return TaxInput.of(BigDecimal.valueOf(wages), SINGLE, StateCode.MA);
    }

    @Nested
    class FromFederalAgi {

        @Test
        void theExemptionPhasesOutInStepsAndTheAddBackIsCapped() {
            // AGI 120,000: 20,000 over the start is 8 steps of 2,500 = 20,000 of 40,000 → half the 4,000 exemption.
            // Taxable 120,000 − 1,000 − 2,000 = 117,000: 10,000 × 2 % = 200, 107,000 × 5 % = 5,350 → 5,550;
            // credit 200 → 5,350; add-back 14 steps × 45 = 630, capped at 450 → 5,800. Premium 1 % × 100,000.
            TaxResult result = tax(TESTLAND, single(120_000));

            assertThat(result.stateTaxableIncome()).isEqualByComparingTo("117000");
            assertThat(result.stateIncomeTax()).isEqualByComparingTo("5800");
            assertThat(result.statePayroll()).isEqualByComparingTo("1000");
            assertThat(result.components()).extracting(TaxLine::label)
                    .contains("Exemption credit", "Phase-out add-back", "Family leave, 1 % of wages up to $100,000");
            assertThat(result.notes()).anyMatch(note -> note.contains("personal exemption reduced from $4,000 to $2,000"));
            // 22 % federal + 6.2 % + 1.45 % + 5 % × (1 + 4,000 ÷ 40,000 exemption lost per dollar); premium capped.
            assertThat(result.marginalRate()).isEqualByComparingTo("0.3515");
        }

        @Test
        void anAmountInAGenericSlotGoesByTheStatesOwnName() {
            TaxTables named = tables(root -> at(root, "income_tax").putObject("labels")
                    .put("personal_exemption", "federal tax subtraction").put("exemption_credit", "grocery credit"));
            TaxResult result = tax(named, single(120_000));

            assertThat(result.notes()).anyMatch(note -> note.contains("federal tax subtraction reduced from $4,000"));
            assertThat(result.components()).extracting(TaxLine::label).contains("Grocery credit")
                    .doesNotContain("Exemption credit");
            assertThat(catchThrowableOfType(() -> tables(root -> at(root, "income_tax").putObject("labels")
                    .put("deduction", "x")), TaxTableException.class).problems()).containsExactly(
                    "income_tax.labels.deduction: unknown field; remove it or use one of standard_deduction, "
                            + "personal_exemption, exemption_credit, federal_tax_deduction");
        }

        @Test
        void atThePhaseOutStartTheNextDollarAlreadyCostsTheExemption() {
            // AGI exactly 100,000: the full 4,000 exemption, but the marginal rate counts the phase-out:
            // 22 % + 6.2 % + 1.45 % + 5 % × (1 + 4,000 ÷ 40,000) = 35.15 %, as one dollar later.
            assertThat(tax(TESTLAND, single(100_000)).marginalRate()).isEqualByComparingTo("0.3515");
            assertThat(tax(TESTLAND, single(100_001)).marginalRate()).isEqualByComparingTo("0.3515");
        }

        @Test
        void aCreditWithEndEqualToStartStopsAboveTheStart() {
            // AGI 250,001: no exemption (past 140,000), no credit (above 250,000). Taxable 249,001:
            // 200 + 239,001 × 5 % = 12,150.05; add-back 450 → 12,600.05.
            TaxResult result = tax(TESTLAND, single(250_001));

            assertThat(result.stateIncomeTax()).isEqualByComparingTo("12600.05");
            assertThat(result.components()).extracting(TaxLine::label).doesNotContain("Exemption credit");
        }

        @Test
        void twoEarnersPayTheirOwnPremiumsOnAJointReturn() {
            // AGI 210,000: 10,000 over 200,000 = 4 steps = 10,000 of 80,000 → 8,000 × 7/8 = 7,000 exemption.
            // Taxable 210,000 − 2,000 − 7,000 = 201,000: 20,000 × 2 % = 400 + 181,000 × 5 % = 9,050 → 9,450;
            // credit 400 → 9,050; add-back 11 steps × 90 = 990, capped at 900 → 9,950.
            // Premiums: 1 % × 100,000 (capped) + 1 % × 60,000.
            TaxInput input = TaxInput.of(BigDecimal.valueOf(150_000), MARRIED_JOINT, StateCode.MA)
                    .withSpouseWages(BigDecimal.valueOf(60_000));
            TaxResult result = tax(TESTLAND, input);

            assertThat(result.stateIncomeTax()).isEqualByComparingTo("9950");
            assertThat(result.statePayroll()).isEqualByComparingTo("1600");
        }

        @Test
        void deferralsAreExcludedUnlessTheStateTaxesThem() {
            // 120,000 with 10,000 deferred: AGI 110,000 → 4 steps → exemption 3,000. Taxable 110,000 − 1,000
            // − 3,000 = 106,000: 200 + 4,800 = 5,000; − 200 + 450 = 5,250. Taxed: income 120,000 → 116,000:
            // 200 + 5,300 − 200 + 450 = 5,750.
            TaxInput input = single(120_000).withDeferral(BigDecimal.valueOf(10_000));

            assertThat(tax(TESTLAND, input).stateIncomeTax()).isEqualByComparingTo("5250");
            TaxTables taxed = tables(root -> at(root, "income_tax").put("deferral_taxed", true));
            assertThat(tax(taxed, input).stateIncomeTax()).isEqualByComparingTo("5750");
            assertThat(tax(taxed, input).notes()).anyMatch(note -> note.contains("taxes 401(k) deferrals"));
        }
    }

    @Nested
    class OtherStartingPoints {

        @Test
        void grossWagesIncludeTheDeferral() {
            // As the taxed-deferral case: income 120,000; the phase-outs still read AGI 110,000 → 5,750.
            TaxTables wages = tables(root -> at(root, "income_tax").put("starts_from", "wages"));

            assertThat(tax(wages, single(120_000).withDeferral(BigDecimal.valueOf(10_000))).stateIncomeTax())
                    .isEqualByComparingTo("5750");
        }

        @Test
        void federalTaxableIncomeStartsAfterTheFederalDeduction() {
            // 120,000 − 16,100 = 103,900; exemption 2,000 (on AGI 120,000): 103,900 − 1,000 − 2,000 = 100,900:
            // 200 + 90,900 × 5 % = 4,745; − 200 + 450 = 4,995.
            TaxTables fti = tables(root -> at(root, "income_tax").put("starts_from", "federal_taxable_income"));

            assertThat(tax(fti, single(120_000)).stateIncomeTax()).isEqualByComparingTo("4995");
        }

        @Test
        void federalTaxIsDeductedWhereTheStateAllowsIt() {
            // Federal on 103,900: 1,240 + 4,560 + 53,500 × 22 % = 17,570. State income 120,000 − 17,570 = 102,430;
            // − 1,000 − 2,000 = 99,430: 200 + 89,430 × 5 % = 4,671.50; − 200 + 450 = 4,921.50.
            TaxTables deductible = tables(root -> at(root, "income_tax").put("federal_tax_deductible", true));
            TaxResult result = tax(deductible, single(120_000));

            assertThat(result.federalIncomeTax()).isEqualByComparingTo("17570");
            assertThat(result.stateIncomeTax()).isEqualByComparingTo("4921.50");
            // 29.65 % federal and FICA + 5 % × (1 − 22 % deducted + 10 % of exemption lost) = 4.4 %.
            assertThat(result.marginalRate()).isEqualByComparingTo("0.3405");
        }
    }

    @Nested
    class Localities {

        @Test
        void aWageTaxIsOnGrossWages() {
            // 3.74 % of 120,000 (the 10,000 deferral doesn't lower a wage tax) = 4,488.
            TaxResult result = tax(TESTLAND, single(120_000).withDeferral(BigDecimal.valueOf(10_000))
                    .withLocality("wagetown"));

            assertThat(result.localIncomeTax()).isEqualByComparingTo("4488");
            assertThat(result.notes()).anyMatch(note -> note.startsWith("Wagetown resident taxes included: Wage tax"));
        }

        @Test
        void leviesOnStateTaxableIncomeAndOnTheStateTaxAddUp() {
            // AGI 200,000: no exemption; taxable 199,000: 200 + 9,450 − 200 + 450 = 9,900.
            // Housing 1 % × (199,000 − 125,000) = 740; surcharge 16.75 % × 9,900 = 1,658.25 → 2,398.25.
            TaxResult result = tax(TESTLAND, single(200_000).withLocality("metro"));

            assertThat(result.stateIncomeTax()).isEqualByComparingTo("9900");
            assertThat(result.localIncomeTax()).isEqualByComparingTo("2398.25");
            assertThat(result.brackets()).extracting(BracketShare::jurisdiction)
                    .contains("Metro — Housing tax", "Metro — Surcharge");
        }

        @Test
        void anUnknownLocalityNamesTheStatesLocalities() {
            assertThatThrownBy(() -> tax(TESTLAND, single(100_000).withLocality("springfield")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no locality \"springfield\" in Massachusetts; use one of wagetown, metro");
            assertThatThrownBy(() -> tax(TESTLAND, TaxInput.of(BigDecimal.TEN, SINGLE, StateCode.TX)
                    .withLocality("austin")))
                    .hasMessage("no locality \"austin\" in Texas; its tables list no local income taxes");
        }
    }

    @Nested
    class TheFileIsChecked {

        private TaxTableException refused(Consumer<ObjectNode> change) {
            return catchThrowableOfType(() -> tables(change), TaxTableException.class);
        }

        @Test
        void aLevyingStateSaysWhereItsIncomeStarts() {
            assertThat(refused(root -> at(root, "income_tax").remove("starts_from")).problems())
                    .containsExactly("income_tax.starts_from: missing; add text in quotes");
            assertThat(refused(root -> at(root, "income_tax").put("starts_from", "gross")).problems())
                    .containsExactly("income_tax.starts_from: expected one of federal_agi, federal_taxable_income, "
                            + "wages, found \"gross\"");
        }

        @Test
        void aPhaseOutNeedsItsStartAndEnd() {
            assertThat(refused(root -> at(root, "by_filing").remove("personal_exemption_phaseout_end")).problems())
                    .containsExactly("by_filing.personal_exemption_phaseout_end: missing; a phase-out needs both "
                            + "personal_exemption_phaseout_start and personal_exemption_phaseout_end");
        }

        @Test
        void premiumsAddBacksAndLocalitiesAreCheckedFieldByField() {
            TaxTableException error = refused(root -> {
                ((ObjectNode) root.withArray("payroll").get(0)).put("rate_percent", 120);
                ((ObjectNode) root.withArray("add_backs").get(0).get("single")).put("step", 0);
                ((ObjectNode) root.withArray("localities").get(1)).put("id", "wagetown");
                ((ObjectNode) root.withArray("localities").get(0).get("levies").get(0)).put("base", "income");
            });

            assertThat(error.problems()).containsExactlyInAnyOrder(
                    "payroll[0].rate_percent: expected a rate in percent from 0 to below 100, such as 6.85, found 120",
                    "add_backs[0].single.step: must be above 0, found 0",
                    "localities[1].id: \"wagetown\" is used twice; each locality needs its own id",
                    "localities[0].levies[0].base: expected one of wages, federal_wages, state_taxable_income, state_tax, "
                            + "found \"income\"");
        }
    }

    private static ObjectNode at(ObjectNode root, String field) {
        return (ObjectNode) root.get(field);
    }
}
