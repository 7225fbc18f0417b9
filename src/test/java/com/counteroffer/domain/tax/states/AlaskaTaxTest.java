package com.counteroffer.domain.tax.states;

import static com.counteroffer.domain.tax.FilingStatus.HEAD_OF_HOUSEHOLD;
import static com.counteroffer.domain.tax.FilingStatus.MARRIED_JOINT;
import static com.counteroffer.domain.tax.FilingStatus.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.data.TaxTablesReader;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.domain.tax.TaxEngine;
import com.counteroffer.domain.tax.TaxInput;
import com.counteroffer.domain.tax.TaxResult;
import com.counteroffer.domain.tax.TaxTables;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Alaska taxes no wages, but employees pay unemployment insurance: 0.50 % of wages up to the 2026 taxable wage
 * base of 54,200 (Alaska DOLWD, 2026 rates), each earner separately.
 */
class AlaskaTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    @Test
    void singleAt150000PaysOnlyTheCappedUnemploymentShare() {
        // 0.50 % × min(150,000, 54,200) = 271.00; no income tax
        TaxResult result = TaxEngine.compute(tables, TaxInput.of(new BigDecimal("150000"), SINGLE, StateCode.AK));

        assertThat(result.stateIncomeTax()).isZero();
        assertThat(result.localIncomeTax()).isZero();
        assertThat(result.statePayroll()).isEqualByComparingTo("271.00");
    }

    @Test
    void marriedJointCapsEachEarnerSeparately() {
        // 0.50 % × 54,200 = 271.00 for the earner of 250,000 + 0.50 % × 30,000 = 150.00 for the spouse → 421.00
        TaxResult result = TaxEngine.compute(tables, TaxInput.of(new BigDecimal("250000"), MARRIED_JOINT, StateCode.AK)
                .withSpouseWages(new BigDecimal("30000")));

        assertThat(result.stateIncomeTax()).isZero();
        assertThat(result.statePayroll()).isEqualByComparingTo("421.00");
    }

    @Test
    void headOfHouseholdAt40000IsBelowTheWageBase() {
        // 0.50 % × 40,000 = 200.00
        TaxResult result = TaxEngine.compute(tables, TaxInput.of(new BigDecimal("40000"), HEAD_OF_HOUSEHOLD, StateCode.AK));

        assertThat(result.stateIncomeTax()).isZero();
        assertThat(result.statePayroll()).isEqualByComparingTo("200.00");
    }
}
