package com.counteroffer.domain.tax.states;

import static com.counteroffer.domain.tax.FilingStatus.HEAD_OF_HOUSEHOLD;
import static com.counteroffer.domain.tax.FilingStatus.MARRIED_JOINT;
import static com.counteroffer.domain.tax.FilingStatus.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.data.TaxTablesReader;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.domain.tax.TaxEngine;
import com.counteroffer.domain.tax.TaxInput;
import com.counteroffer.domain.tax.TaxResult;
import com.counteroffer.domain.tax.TaxTables;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The states that tax no wages and charge employees no payroll premium: only federal tax and FICA.
 * Florida: Constitution Art. VII §5 forbids a tax on natural persons' income. Nevada: Constitution Art. 10 §1(10)
 * forbids an income tax (the Modified Business Tax is the employer's). New Hampshire never taxed wages; its
 * interest and dividends tax (RSA 77) is repealed from 2025. South Dakota and Wyoming levy no personal income tax.
 * Tennessee never taxed wages; the Hall tax on interest and dividends is repealed from 2021. (Alaska, Texas and
 * Washington have their own tests: Alaska's employees pay unemployment insurance, Washington's two premiums.)
 */
class NoWageTaxStatesTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(StateCode state, long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, state));
    }

    private static void assertNoStateTax(TaxResult result) {
        assertThat(result.stateIncomeTax()).isZero();
        assertThat(result.localIncomeTax()).isZero();
        assertThat(result.statePayroll()).isZero();
        assertThat(result.stateTaxableIncome()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = StateCode.class, names = {"FL", "NV", "NH", "SD", "TN", "WY"})
    void noStateTaxForAnyFilingStatus(StateCode state) {
        assertNoStateTax(tax(state, 150_000, SINGLE));
        assertNoStateTax(tax(state, 300_000, MARRIED_JOINT));
        assertNoStateTax(tax(state, 120_000, HEAD_OF_HOUSEHOLD));
        assertThat(tax(state, 150_000, SINGLE).notes()).contains(state.label() + " has no income tax on wages.");
    }

    @ParameterizedTest
    @EnumSource(value = StateCode.class, names = {"FL", "NV", "NH", "SD", "TN", "WY"})
    void totalTaxIsFederalAndFicaOnlyAt300000(StateCode state) {
        // single, 300,000: federal 68,134.25 + Social Security 11,439 + Medicare 4,350 + additional 900
        //   = 84,823.25 (the figures of TaxEngineTest's Texas case)
        assertThat(tax(state, 300_000, SINGLE).totalTax()).isEqualByComparingTo("84823.25");
    }
}
