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
import org.junit.jupiter.api.Test;

/** Article VII, Section 5 of the Florida Constitution forbids a tax on natural persons' income: no state or local tax and no employee payroll premiums, only federal tax and FICA. */
class FloridaTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.FL));
    }

    private static void assertNoStateTax(TaxResult result) {
        assertThat(result.stateIncomeTax()).isZero();
        assertThat(result.localIncomeTax()).isZero();
        assertThat(result.statePayroll()).isZero();
    }

    @Test
    void noStateTaxForAnyFilingStatus() {
        assertNoStateTax(tax(150_000, SINGLE));
        assertNoStateTax(tax(300_000, MARRIED_JOINT));
        assertNoStateTax(tax(120_000, HEAD_OF_HOUSEHOLD));
    }

    @Test
    void totalTaxIsFederalAndFicaOnlyAt300000() {
        // single, 300,000: federal 68,134.25 + Social Security 11,439 + Medicare 4,350 + additional 900
        //   = 84,823.25 (the figures of TaxEngineTest's Texas case)
        TaxResult result = tax(300_000, SINGLE);

        assertNoStateTax(result);
        assertThat(result.totalTax()).isEqualByComparingTo("84823.25");
    }
}
