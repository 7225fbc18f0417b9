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
 * North Dakota (nd-2025.json, the 2025 schedules standing in for 2026): federal taxable income (federal AGI less
 * the 2026 federal standard deduction 16,100 / 32,200 / 24,150) on the ND-1 rate schedules.
 */
class NorthDakotaTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.ND));
    }

    @Test
    void singleAt150000() {
        // taxable = 150,000 − 16,100 = 133,900; 0 % to 48,475; 1.95 % × 85,425 = 1,665.7875
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("133900");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("1665.7875");
    }

    @Test
    void marriedJointAt400000ReachesTheTopRate() {
        // taxable = 400,000 − 32,200 = 367,800
        // 1.95 % × (298,075 − 80,975 = 217,100) = 4,233.45; 2.5 % × 69,725 = 1,743.125 → 5,976.575
        assertThat(tax(400_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("5976.575");
    }

    @Test
    void headOfHouseholdAt300000UsesItsOwnSchedule() {
        // taxable = 300,000 − 24,150 = 275,850
        // 1.95 % × (271,450 − 64,950 = 206,500) = 4,026.75; 2.5 % × 4,400 = 110 → 4,136.75
        assertThat(tax(300_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("4136.75");
    }
}
