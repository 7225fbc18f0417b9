package com.counteroffer.domain.tax;

import static com.counteroffer.domain.tax.FilingStatus.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.data.TaxTablesReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roth 401(k), the age catch-ups, the Roth catch-up rule for high earners and the payroll HSA (issue 19), with
 * the 2026 figures: deferral limit 24,500, catch-up 8,000 (11,250 at 60–63), HSA 4,400 self / 8,750 family
 * (+1,000 from 55), Roth catch-up above 150,000 of FICA wages.
 */
class AccountsTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxInput single(long wages, StateCode state) {
        return TaxInput.of(BigDecimal.valueOf(wages), SINGLE, state);
    }

    private static BigDecimal dollars(long amount) {
        return BigDecimal.valueOf(amount);
    }

    @Test
    void aPayrollHsaLowersIncomeTaxAndFicaWages() {
        // federal taxable 200,000 − 4,400 − 16,100 = 179,500: 1,240 + 4,560 + 12,166 + 24 % × 73,800 = 17,712
        // → 35,678; SS on 195,600, above the 184,500 base → 11,439; Medicare 1.45 % × 195,600 = 2,836.20
        TaxResult result = TaxEngine.compute(tables, single(200_000, StateCode.TX)
                .withHsa(dollars(4_400), HsaCoverage.SELF));

        assertThat(result.federalTaxableIncome()).isEqualByComparingTo("179500");
        assertThat(result.federalIncomeTax()).isEqualByComparingTo("35678");
        assertThat(result.socialSecurity()).isEqualByComparingTo("11439");
        assertThat(result.medicare()).isEqualByComparingTo("2836.20");
        assertThat(result.takeHomeAfterDeferral()).isEqualByComparingTo(result.net().subtract(dollars(4_400)));
        assertThat(result.notes()).anyMatch(note -> note.contains("HSA contribution of $4,400"));
    }

    @Test
    void payrollWithholdsOnWagesLessTheHsa() {
        // 100,000 single, TX, HSA 4,400, one job: table withholding on 95,600 matches the tax on 95,600 − 16,100
        // = 79,500: 1,240 + 4,560 + 22 % × 29,100 = 6,402 → 12,202
        TaxResult liability = TaxEngine.compute(tables, single(100_000, StateCode.TX)
                .withHsa(dollars(4_400), HsaCoverage.SELF));
        var withholding = com.counteroffer.domain.tax.withholding.Withholding.compute(
                com.counteroffer.data.WithholdingTablesReader.builtIn(), tables, liability,
                new com.counteroffer.domain.tax.withholding.WithholdingInput(BigDecimal.ZERO, null, false));

        assertThat(liability.federalIncomeTax()).isEqualByComparingTo("12202");
        assertThat(withholding.federalWithheld()).isEqualByComparingTo("12202");
    }

    @Test
    void belowTheWageBaseTheHsaLowersSocialSecurityToo() {
        // 6.2 % × (100,000 − 4,400) = 6.2 % × 95,600 = 5,927.20
        TaxResult result = TaxEngine.compute(tables, single(100_000, StateCode.TX)
                .withHsa(dollars(4_400), HsaCoverage.SELF));

        assertThat(result.socialSecurity()).isEqualByComparingTo("5927.20");
    }

    @Test
    void californiaTaxesTheHsaContribution() {
        // Federal taxable 133,900 without, 129,500 with the HSA: both in the 24 % bracket → 4,400 × 24 % = 1,056 less;
        // California adds it back, so its tax is unchanged (no exemption-credit phase-out at 150,000)
        TaxResult without = TaxEngine.compute(tables, single(150_000, StateCode.CA));
        TaxResult with = TaxEngine.compute(tables, single(150_000, StateCode.CA).withHsa(dollars(4_400),
                HsaCoverage.SELF));

        assertThat(without.federalIncomeTax().subtract(with.federalIncomeTax())).isEqualByComparingTo("1056");
        assertThat(with.stateIncomeTax()).isEqualByComparingTo(without.stateIncomeTax());
        assertThat(with.stateTaxableIncome()).isEqualByComparingTo(without.stateTaxableIncome());
        assertThat(with.notes()).anyMatch(note -> note.contains("California taxes the HSA contribution"));
    }

    @Test
    void aRothDeferralChangesNoTaxOnlyTheTakeHome() {
        TaxResult without = TaxEngine.compute(tables, single(150_000, StateCode.NY));
        TaxResult roth = TaxEngine.compute(tables, single(150_000, StateCode.NY).withRoth401k(dollars(10_000)));

        assertThat(roth.totalTax()).isEqualByComparingTo(without.totalTax());
        assertThat(roth.net()).isEqualByComparingTo(without.net());
        // 10,000 Roth goes to the account: take-home is 10,000 less
        assertThat(roth.takeHomeAfterDeferral()).isEqualByComparingTo(without.takeHomeAfterDeferral()
                .subtract(dollars(10_000)));
    }

    @Test
    void preTaxAndRothShareOneLimit() {
        // 20,000 + 4,501 = 24,501 > 24,500, age unknown: no catch-up
        TaxInput over = single(150_000, StateCode.TX).withDeferral(dollars(20_000)).withRoth401k(dollars(4_501));

        assertThatThrownBy(() -> TaxEngine.compute(tables, over))
                .hasMessageContaining("together $24,501")
                .hasMessageContaining("limit of $24,500")
                .hasMessageContaining("give the age");
        TaxEngine.compute(tables, over.withRoth401k(dollars(4_500)));
    }

    @Test
    void theCatchUpDependsOnAge() {
        // 24,500 + 8,000 = 32,500 at 50–59 and from 64; 24,500 + 11,250 = 35,750 at 60–63
        assertThat(AccountLimits.electiveDeferralLimit(tables, 49)).isEqualByComparingTo("24500");
        assertThat(AccountLimits.electiveDeferralLimit(tables, 50)).isEqualByComparingTo("32500");
        assertThat(AccountLimits.electiveDeferralLimit(tables, 59)).isEqualByComparingTo("32500");
        assertThat(AccountLimits.electiveDeferralLimit(tables, 60)).isEqualByComparingTo("35750");
        assertThat(AccountLimits.electiveDeferralLimit(tables, 63)).isEqualByComparingTo("35750");
        assertThat(AccountLimits.electiveDeferralLimit(tables, 64)).isEqualByComparingTo("32500");
        assertThat(AccountLimits.electiveDeferralLimit(tables, null)).isEqualByComparingTo("24500");

        TaxInput sixtyOne = single(140_000, StateCode.TX).withAge(61).withDeferral(dollars(35_750));
        TaxResult result = TaxEngine.compute(tables, sixtyOne);
        assertThat(result.notes()).anyMatch(note -> note.contains("catch-up of $11,250 allowed at age 61"));
        assertThatThrownBy(() -> TaxEngine.compute(tables, sixtyOne.withDeferral(dollars(35_751))))
                .hasMessageContaining("limit of $35,750 including the $11,250 catch-up at age 61");
    }

    @Test
    void aHighEarnersCatchUpMustBeRoth() {
        // wages 200,000 > 150,000: pre-tax may not go past 24,500; 30,000 pre-tax is refused, 24,500 + 5,500 Roth is not
        TaxInput high = single(200_000, StateCode.TX).withAge(55);

        assertThatThrownBy(() -> TaxEngine.compute(tables, high.withDeferral(dollars(30_000))))
                .hasMessageContaining("must be Roth")
                .hasMessageContaining("move $5,500 to the Roth 401(k)");
        TaxResult split = TaxEngine.compute(tables, high.withDeferral(dollars(24_500)).withRoth401k(dollars(5_500)));
        assertThat(split.notes()).anyMatch(note -> note.contains("catch-up must be Roth"));
        // at 150,000 (not above the threshold) the catch-up may be pre-tax
        TaxEngine.compute(tables, single(150_000, StateCode.TX).withAge(55).withDeferral(dollars(30_000)));
        assertThat(AccountLimits.problem(tables, high.withDeferral(dollars(30_000))).orElseThrow().account())
                .isEqualTo(AccountLimits.Account.PRE_TAX_401K);
    }

    @Test
    void theHsaLimitFollowsCoverageAndAge() {
        // 4,400 self, 8,750 family; +1,000 from 55
        assertThat(AccountLimits.hsaLimit(tables, HsaCoverage.SELF, 40)).isEqualByComparingTo("4400");
        assertThat(AccountLimits.hsaLimit(tables, HsaCoverage.FAMILY, null)).isEqualByComparingTo("8750");
        assertThat(AccountLimits.hsaLimit(tables, HsaCoverage.FAMILY, 55)).isEqualByComparingTo("9750");
        assertThat(AccountLimits.hsaLimit(tables, HsaCoverage.SELF, 54)).isEqualByComparingTo("4400");

        assertThatThrownBy(() -> TaxEngine.compute(tables, single(100_000, StateCode.TX)
                .withHsa(dollars(4_401), HsaCoverage.SELF)))
                .hasMessageContaining("HSA contribution $4,401 is above the 2026 limit of $4,400 for self-only coverage");
        TaxEngine.compute(tables, single(100_000, StateCode.TX).withAge(56).withHsa(dollars(9_750), HsaCoverage.FAMILY));
    }

    @Test
    void inputsAreCheckedWhereTheyAreMade() {
        TaxInput input = single(10_000, StateCode.TX);

        assertThatThrownBy(() -> input.withRoth401k(dollars(-1))).hasMessage("the Roth 401(k) deferral can't be negative");
        assertThatThrownBy(() -> input.withAge(7)).hasMessage("the age must be from 14 to 120, found 7");
        assertThatThrownBy(() -> input.withPropertyTax(dollars(-5))).hasMessage("the property tax can't be negative");
        assertThatThrownBy(() -> input.withRoth401k(dollars(6_000)).withHsa(dollars(4_001), HsaCoverage.SELF))
                .hasMessageContaining("together (10001) can't be more than the wages (10000)");
    }
}
