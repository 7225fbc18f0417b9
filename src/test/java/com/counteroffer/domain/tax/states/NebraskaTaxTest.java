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
 * Nebraska (ne-2026.json), worked by hand from the 2026 Form 1040N-ES rate schedules; the standard deduction
 * and the $171 personal exemption credit are the 2025 amounts standing in for 2026.
 */
class NebraskaTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.NE));
    }

    @Test
    void singleAt150000() {
        // taxable = 150,000 − 8,600 = 141,400
        // 2.46 % × 4,130 = 101.598; 3.51 % × 20,630 = 724.113; 4.55 % × 116,640 = 5,307.12 → 6,132.831
        // less one exemption credit of 171 → 5,961.831
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("141400");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("5961.831");
    }

    @Test
    void marriedJointAt300000() {
        // taxable = 300,000 − 17,200 = 282,800
        // 2.46 % × 8,250 = 202.95; 3.51 % × 41,280 = 1,448.928; 4.55 % × 233,270 = 10,613.785 → 12,265.663
        // less two credits of 171 = 342 → 11,923.663
        assertThat(tax(300_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("11923.663");
    }

    @Test
    void headOfHouseholdAt250000UsesItsOwnSchedule() {
        // taxable = 250,000 − 12,600 = 237,400
        // 2.46 % × 7,700 = 189.42; 3.51 % × 31,920 = 1,120.392; 4.55 % × 197,780 = 8,998.99 → 10,308.802
        // less 171 → 10,137.802
        assertThat(tax(250_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("10137.802");
    }
}
