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
 * Indiana, worked by hand: 2.95 % for 2026 (IC 6-3-2-1) of federal AGI less 1,000 per exemption (IC 6-3-1-3.5);
 * county tax at the county's rate on the same base (IT-40 line 7, Schedule CT-40).
 */
class IndianaTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.IN));
    }

    @Test
    void singleAt100000() {
        // (100,000 − 1,000) × 2.95 % = 99,000 × 2.95 % = 2,920.50
        TaxResult result = tax(100_000, SINGLE);
        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("99000");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("2920.50");
    }

    @Test
    void jointAt300000() {
        // (300,000 − 2,000) × 2.95 % = 298,000 × 2.95 % = 8,791
        assertThat(tax(300_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("8791");
    }

    @Test
    void headOfHouseholdAt150000() {
        // (150,000 − 1,000) × 2.95 % = 149,000 × 2.95 % = 4,395.50
        assertThat(tax(150_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("4395.50");
    }

    private static TaxResult inCounty(long wages, FilingStatus filing, String county) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.IN)
                .withLocality(county));
    }

    @Test
    void marionCountyOnTheStateBase() {
        // Schedule CT-40: county tax on IT-40 line 7, Indiana AGI after exemptions: 99,000 × 2.02 % = 1,999.80
        TaxResult result = inCounty(100_000, SINGLE, "marion");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("2920.50");
        assertThat(result.localIncomeTax()).isEqualByComparingTo("1999.80");
    }

    @Test
    void hamiltonCountyJoint() {
        // 298,000 × 1.10 % = 3,278
        assertThat(inCounty(300_000, MARRIED_JOINT, "hamilton").localIncomeTax()).isEqualByComparingTo("3278");
    }

    @Test
    void tippecanoeCountyHeadOfHousehold() {
        // 149,000 × 1.28 % = 1,907.20
        assertThat(inCounty(150_000, HEAD_OF_HOUSEHOLD, "tippecanoe").localIncomeTax())
                .isEqualByComparingTo("1907.20");
    }

    @Test
    void monroeCountyAt250000WithADeferral() {
        // AGI 250,000 − 401(k) 20,000 = 230,000; base 229,000: state 2.95 % = 6,755.50; Monroe 2.14 % = 4,900.60
        TaxResult result = TaxEngine.compute(tables, TaxInput.of(new BigDecimal("250000"), SINGLE, StateCode.IN)
                .withDeferral(new BigDecimal("20000")).withLocality("monroe"));
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("6755.50");
        assertThat(result.localIncomeTax()).isEqualByComparingTo("4900.60");
    }
}
