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
 * Oklahoma (ok-2026.json): the 2026 schedules of H.B. 2764 (0 %, 2.5 %, 3.5 %, 4.5 %), standard deduction and
 * $1,000 exemptions; head of household on schedule II (joint).
 */
class OklahomaTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.OK));
    }

    @Test
    void singleAt150000() {
        // taxable = 150,000 − 6,350 − 1,000 = 142,650
        // 0 % to 3,750; 2.5 % × 1,150 = 28.75; 3.5 % × 2,300 = 80.50; 4.5 % × 135,450 = 6,095.25 → 6,204.50
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("142650");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("6204.50");
    }

    @Test
    void marriedJointAt300000() {
        // taxable = 300,000 − 12,700 − 2,000 = 285,300
        // 2.5 % × 2,300 = 57.50; 3.5 % × 4,600 = 161; 4.5 % × 270,900 = 12,190.50 → 12,409
        assertThat(tax(300_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("12409");
    }

    @Test
    void headOfHouseholdAt120000UsesScheduleTwo() {
        // taxable = 120,000 − 9,350 − 1,000 = 109,650
        // 57.50 + 161 + 4.5 % × 95,250 = 4,286.25 → 4,504.75
        assertThat(tax(120_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("4504.75");
    }
}
