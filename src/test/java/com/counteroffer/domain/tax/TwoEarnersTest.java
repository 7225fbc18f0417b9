package com.counteroffer.domain.tax;

import static com.counteroffer.domain.tax.FilingStatus.MARRIED_JOINT;
import static com.counteroffer.domain.tax.FilingStatus.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.data.TaxTablesReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A joint return with two earners: income tax on both earners' wages together, but Social Security and the
 * capped payroll premiums per earner, each under their own cap (2026 wage base 184,500).
 */
class TwoEarnersTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult couple(long wages, long spouseWages, StateCode state) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), MARRIED_JOINT, state)
                .withSpouseWages(BigDecimal.valueOf(spouseWages)));
    }

    private static TaxResult oneEarner(long wages, StateCode state) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), MARRIED_JOINT, state));
    }

    @Test
    void eachEarnerHasTheirOwnSocialSecurityWageBase() {
        // 2 × 6.2 % × 184,500 = 2 × 11,439 = 22,878 (one earner at 400,000 owes 11,439 only);
        // Medicare 1.45 % × 400,000 = 5,800; additional 0.9 % × (400,000 − 250,000 joint threshold) = 1,350
        TaxResult two = couple(200_000, 200_000, StateCode.TX);
        TaxResult one = oneEarner(400_000, StateCode.TX);

        assertThat(two.socialSecurity()).isEqualByComparingTo("22878");
        assertThat(one.socialSecurity()).isEqualByComparingTo("11439");
        assertThat(two.medicare()).isEqualByComparingTo("5800");
        assertThat(two.additionalMedicare()).isEqualByComparingTo("1350");
        // income tax is on the joint return's combined wages, the same as one earner's 400,000
        assertThat(two.federalIncomeTax()).isEqualByComparingTo(one.federalIncomeTax());
        assertThat(two.federalTaxableIncome()).isEqualByComparingTo(one.federalTaxableIncome());
        // net is the household's 400,000 less tax: 11,439 more tax than one earner
        assertThat(one.net().subtract(two.net())).isEqualByComparingTo("11439");
        assertThat(two.notes()).anyMatch(note -> note.contains("second earner"));
    }

    @Test
    void aSpouseBelowTheWageBasePaysOnAllTheirWages() {
        // 6.2 % × 184,500 = 11,439 + 6.2 % × 50,000 = 3,100 → 14,539
        assertThat(couple(200_000, 50_000, StateCode.TX).socialSecurity()).isEqualByComparingTo("14539");
    }

    @Test
    void capsOnStatePayrollPremiumsApplyPerEarner() {
        // New York: PFL 0.432 % × 200,000 = 864 > 411.91 cap, each → 823.82; disability 0.5 % × 200,000 = 1,000
        // > 31.20 cap, each → 62.40; 886.22 in all
        assertThat(couple(200_000, 200_000, StateCode.NY).statePayroll()).isEqualByComparingTo("886.22");
        // Washington: WA Cares 0.58 % × 400,000 = 2,320; PFML 0.807159 % × 184,500 cap = 1,489.208355, each
        // → 2,978.41671; 5,298.41671 in all
        assertThat(couple(200_000, 200_000, StateCode.WA).statePayroll()).isEqualByComparingTo("5298.41671");
    }

    @Test
    void stateIncomeTaxIsOnBothEarnersWages() {
        assertThat(couple(150_000, 150_000, StateCode.MD).stateIncomeTax())
                .isEqualByComparingTo(oneEarner(300_000, StateCode.MD).stateIncomeTax());
    }

    @Test
    void noSpouseWagesChangesNothing() {
        TaxResult without = oneEarner(300_000, StateCode.CA);
        TaxResult zero = couple(300_000, 0, StateCode.CA);
        assertThat(zero.totalTax()).isEqualByComparingTo(without.totalTax());
        assertThat(zero.notes()).isEqualTo(without.notes());
    }

    @Test
    void aSpousesWagesNeedAJointReturn() {
        TaxInput single = TaxInput.of(BigDecimal.valueOf(100_000), SINGLE, StateCode.TX);
        assertThatThrownBy(() -> single.withSpouseWages(BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("married filing jointly");
        TaxInput joint = TaxInput.of(BigDecimal.valueOf(100_000), MARRIED_JOINT, StateCode.TX);
        assertThatThrownBy(() -> joint.withSpouseWages(BigDecimal.valueOf(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }
}
