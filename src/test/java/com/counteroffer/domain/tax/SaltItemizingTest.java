package com.counteroffer.domain.tax;

import static com.counteroffer.domain.tax.FilingStatus.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.data.TaxTablesReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The federal SALT deduction (IRC §164(b)(6), (7) as amended by P.L. 119-21): itemized = min(cap, state + local
 * income tax + property tax), cap 40,400 in 2026 less 30 % of AGI above 505,000, at least 10,000; the larger of it
 * and the standard deduction (16,100 single) is used. Federal single brackets for the arithmetic: 58,448 of tax
 * up to 256,225, then 35 % to 640,600.
 */
class SaltItemizingTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, StateCode state, long propertyTax) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), SINGLE, state)
                .withPropertyTax(BigDecimal.valueOf(propertyTax)));
    }

    @Test
    void californiaAt400000WithPropertyTaxIsCapped() {
        // CA income tax 33,336.13 (TaxEngine's California part) + property tax 12,000 = 45,336.13 > cap 40,400
        // (AGI 400,000 is below 505,000). Federal TI 400,000 − 40,400 = 359,600:
        // 58,448 + 35 % × (359,600 − 256,225 = 103,375) = 58,448 + 36,181.25 = 94,629.25
        TaxResult result = tax(400_000, StateCode.CA, 12_000);

        assertThat(result.stateIncomeTax()).isEqualByComparingTo("33336.13");
        FederalDeduction deduction = result.federalDeduction();
        assertThat(deduction.itemized()).isTrue();
        assertThat(deduction.stateAndLocalTaxes()).isEqualByComparingTo("45336.13");
        assertThat(deduction.cap()).isEqualByComparingTo("40400");
        assertThat(deduction.amount()).isEqualByComparingTo("40400");
        assertThat(result.federalTaxableIncome()).isEqualByComparingTo("359600");
        assertThat(result.federalIncomeTax()).isEqualByComparingTo("94629.25");
        // capped below the phase-down: the next dollar's CA tax is not deductible. 35 % + 1.45 % + 0.9 % + 10.3 %
        // + 1.3 % SDI = 48.95 %
        assertThat(result.marginalRate()).isEqualByComparingTo("0.4895");
        assertThat(result.notes()).anyMatch(note -> note.startsWith("Itemized deduction used: state and local taxes "
                + "of $40,400 (state and local income tax $33,336.13 + property tax $12,000, capped at $40,400"));
        assertThat(result.brackets().get(0).jurisdiction()).as("federal brackets first").isEqualTo("Federal");
    }

    @Test
    void newYorkCityAt300000ItemizesStateAndCityTax() {
        // NY 20,001.45 + NYC 10,534.17 = 30,535.62 < cap, > 16,100. Federal TI 300,000 − 30,535.62 = 269,464.38:
        // 58,448 + 35 % × 13,239.38 = 58,448 + 4,633.783 = 63,081.783
        TaxResult result = TaxEngine.compute(tables, new TaxInput(BigDecimal.valueOf(300_000), SINGLE, StateCode.NY,
                true, null, BigDecimal.ZERO));

        assertThat(result.stateIncomeTax().add(result.localIncomeTax())).isEqualByComparingTo("30535.62");
        assertThat(result.federalDeduction().itemized()).isTrue();
        assertThat(result.federalDeduction().amount()).isEqualByComparingTo("30535.62");
        assertThat(result.federalIncomeTax()).isEqualByComparingTo("63081.783");
        // state and city income-tax rate on the next dollar: NY 6.85 % + NYC 3.876 % − school credit 0.228 % = 10.498 %;
        // 35 % + 1.45 % + 0.9 % + 10.498 % = 47.848 %, less 35 % × 10.498 % = 3.6743 % saved by deducting it → 44.1737 %
        assertThat(result.marginalRate()).isEqualByComparingTo("0.441737");
    }

    @Test
    void at600000ThePhasedCapLosesToTheStandardDeduction() {
        // cap 40,400 − 30 % × (600,000 − 505,000) = 40,400 − 28,500 = 11,900 < 16,100: standard deduction.
        // Federal TI 583,900: 58,448 + 35 % × 327,675 = 58,448 + 114,686.25 = 173,134.25
        TaxResult result = tax(600_000, StateCode.CA, 12_000);

        assertThat(result.federalDeduction().cap()).isEqualByComparingTo("11900");
        assertThat(result.federalDeduction().itemized()).isFalse();
        assertThat(result.federalDeduction().amount()).isEqualByComparingTo("16100");
        assertThat(result.federalIncomeTax()).isEqualByComparingTo("173134.25");
        assertThat(result.notes()).anyMatch(note -> note.startsWith("Standard deduction of $16,100 used: itemizing "
                + "would give $11,900") && note.contains("reduced by 30 % of AGI above $505,000"));
        // far above, the cap stops at the 10,000 floor
        assertThat(tax(1_000_000, StateCode.CA, 0).federalDeduction().cap()).isEqualByComparingTo("10000");
    }

    @Test
    void inThePhaseDownEachDollarCostsThirtyCentsOfDeduction() {
        // AGI 520,000: cap 40,400 − 30 % × 15,000 = 35,900 < CA tax 46,381.36, > 16,100: itemized 35,900.
        // Federal TI 484,100: 58,448 + 35 % × 227,875 = 138,204.25. Marginal 35 % + 1.45 % + 0.9 % + 11.3 % + 1.3 %
        // = 49.95 %, plus 35 % × 30 % = 10.5 % for the cap lost → 60.45 %
        TaxResult result = tax(520_000, StateCode.CA, 0);

        assertThat(result.federalDeduction().amount()).isEqualByComparingTo("35900");
        assertThat(result.federalIncomeTax()).isEqualByComparingTo("138204.25");
        assertThat(result.marginalRate()).isEqualByComparingTo("0.6045");
    }

    @Test
    void lowStateTaxKeepsTheStandardDeduction() {
        // Texas: no income tax; 5,000 of property tax is below 16,100
        TaxResult result = tax(150_000, StateCode.TX, 5_000);

        assertThat(result.federalDeduction().itemized()).isFalse();
        assertThat(result.federalTaxableIncome()).isEqualByComparingTo("133900");
    }

    @Test
    void statesBuiltOnFederalFiguresUseTheStandardDeductionOnesAndSaySo() {
        // Testland (GenericStateTaxTest's made-up state) starting from federal taxable income and deducting federal
        // tax: at 500,000 its tax is 200 + 5 % × (483,900 − 138,134.25 federal tax − 1,000 − 10,000) + 450 = 17,388.29,
        // above 16,100, so the federal return itemizes.
        TaxTables testland = testland(root -> ((ObjectNode) root.get("income_tax"))
                .put("starts_from", "federal_taxable_income").put("federal_tax_deductible", true));
        TaxResult result = TaxEngine.compute(testland, TaxInput.of(BigDecimal.valueOf(500_000), SINGLE, StateCode.MA));

        assertThat(result.stateIncomeTax()).isEqualByComparingTo("17388.2875");
        assertThat(result.federalDeduction().itemized()).isTrue();
        assertThat(result.notes())
                .anyMatch(note -> note.contains("starts from federal taxable income: the one with the standard "
                        + "deduction is used"))
                .anyMatch(note -> note.contains("deduction of federal income tax uses the federal tax before itemizing"));
    }

    @Test
    void alabamaDeductsTheFederalTaxBeforeItemizing() {
        TaxResult result = tax(500_000, StateCode.AL, 20_000);

        // AL tax + 20,000 of property tax is above the 16,100 standard deduction: itemized, yet Alabama deducted the
        // federal tax worked out with the standard deduction (federal TI 483,900: 58,448 + 35 % × 227,675 = 138,134.25)
        assertThat(result.federalDeduction().itemized()).isTrue();
        assertThat(result.components()).anyMatch(line -> line.label().startsWith("Federal income tax deducted")
                && line.amount().compareTo(new BigDecimal("-138134.25")) == 0);
        assertThat(result.notes()).contains("Alabama's deduction of federal income tax uses the federal tax before "
                + "itemizing, since itemizing needs Alabama's tax first (assumption).");
    }

    @Test
    void aStateThatTaxesTheHsaAddsItBack() {
        // hsa_taxed: the 4,400 HSA is excluded from federal AGI (115,600 both ways) but added to the state's income
        TaxTables taxed = testland(root -> ((ObjectNode) root.get("income_tax")).put("hsa_taxed", true));
        TaxTables followsFederal = testland(root -> { });
        TaxInput input = TaxInput.of(BigDecimal.valueOf(120_000), SINGLE, StateCode.MA)
                .withHsa(BigDecimal.valueOf(4_400), HsaCoverage.SELF);

        TaxResult result = TaxEngine.compute(taxed, input);
        assertThat(result.stateTaxableIncome().subtract(TaxEngine.compute(followsFederal, input).stateTaxableIncome()))
                .isEqualByComparingTo("4400");
        assertThat(result.notes()).anyMatch(note -> note.contains("taxes HSA contributions"));
    }

    private static TaxTables testland(Consumer<ObjectNode> change) {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream in = SaltItemizingTest.class.getResourceAsStream("testland-generic.json")) {
            ObjectNode root = (ObjectNode) mapper.readTree(in);
            change.accept(root);
            Jurisdiction state = TaxTablesReader.read(new ByteArrayInputStream(mapper.writeValueAsBytes(root)),
                    "testland-generic.json");
            Map<JurisdictionId, Jurisdiction> all = new EnumMap<>(tables.jurisdictions());
            all.put(JurisdictionId.MA, state);
            return new TaxTables(2026, all);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
