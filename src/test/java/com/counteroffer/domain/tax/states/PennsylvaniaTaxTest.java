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

/**
 * Pennsylvania (pa-2026.json): 3.07 % of compensation, which keeps 401(k) deferrals; employee UC 0.07 %.
 */
class PennsylvaniaTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.PA));
    }

    @Test
    void singleAt150000() {
        // 3.07 % × 150,000 = 4,605; no deduction or exemption
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("150000");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("4605");
    }

    @Test
    void marriedJointAt300000AndHeadOfHouseholdAt120000() {
        // 3.07 % × 300,000 = 9,210; 3.07 % × 120,000 = 3,684
        assertThat(tax(300_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("9210");
        assertThat(tax(120_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("3684");
    }

    @Test
    void the401kDeferralIsStillTaxed() {
        // 250,000 wages with a 24,500 deferral: PA compensation stays 250,000 → 3.07 % = 7,675
        TaxResult result = TaxEngine.compute(tables,
                TaxInput.of(new BigDecimal("250000"), SINGLE, StateCode.PA).withDeferral(new BigDecimal("24500")));

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("250000");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("7675");
    }

    @Test
    void unemploymentCompensationHasNoCap() {
        // 0.07 % × 400,000 = 280
        assertThat(tax(400_000, SINGLE).statePayroll()).isEqualByComparingTo("280");
    }

    private static TaxResult resident(long wages, String locality) {
        return TaxEngine.compute(tables,
                TaxInput.of(BigDecimal.valueOf(wages), SINGLE, StateCode.PA).withLocality(locality));
    }

    @Test
    void philadelphiaWageTaxOnAllWages() {
        // 3.74 % × 150,000 = 5,610; the state tax is unchanged
        TaxResult result = resident(150_000, "philadelphia");

        assertThat(result.localIncomeTax()).isEqualByComparingTo("5610");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("4605");
    }

    @Test
    void pittsburghCityAndSchoolDistrictKeepThe401kDeferral() {
        // 1 % + 2 % of gross wages 200,000 = 2,000 + 4,000 = 6,000, the 20,000 deferral included
        TaxResult result = TaxEngine.compute(tables, TaxInput.of(new BigDecimal("200000"), SINGLE, StateCode.PA)
                .withDeferral(new BigDecimal("20000")).withLocality("pittsburgh"));

        assertThat(result.localIncomeTax()).isEqualByComparingTo("6000");
    }
}
