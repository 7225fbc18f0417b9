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
 * Delaware, worked by hand from the rate schedule (30 Del. C. §1102): 2.2 % from 2,000, 3.9 % from 5,000, 4.8 % from
 * 10,000, 5.2 % from 20,000, 5.55 % from 25,000, 6.6 % from 60,000, for all filers: 2,943.50 on the first 60,000.
 * Standard deduction 3,250 (6,500 joint); personal credit 110 per person. Paid Leave: 0.4 % up to 184,500.
 */
class DelawareTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.DE));
    }

    @Test
    void singleAt100000() {
        // TI 96,750: 2.2 % × 3,000 = 66; 3.9 % × 5,000 = 195; 4.8 % × 10,000 = 480; 5.2 % × 5,000 = 260;
        // 5.55 % × 35,000 = 1,942.50; 6.6 % × 36,750 = 2,425.50 → 5,369 − 110 = 5,259. Paid Leave 0.4 % × 100,000 = 400
        TaxResult result = tax(100_000, SINGLE);
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("5259");
        assertThat(result.statePayroll()).isEqualByComparingTo("400");
    }

    @Test
    void jointAt300000() {
        // TI 293,500: 2,943.50 + 6.6 % × 233,500 = 15,411 → 18,354.50 − 220 = 18,134.50. Paid Leave 0.4 % × 184,500 =
        //   738
        TaxResult result = tax(300_000, MARRIED_JOINT);
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("18134.50");
        assertThat(result.statePayroll()).isEqualByComparingTo("738");
    }

    @Test
    void headOfHouseholdAt150000() {
        // TI 146,750: 2,943.50 + 6.6 % × 86,750 = 5,725.50 → 8,669 − 110 = 8,559
        assertThat(tax(150_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("8559");
    }

    @Test
    void wilmingtonWageTaxIsOnGrossWages() {
        // 1.25 % × 100,000 = 1,250: the 401(k) deferral of 10,000 is still earned income for the city;
        // state: TI 100,000 − 10,000 − 3,250 = 86,750: 2,943.50 + 6.6 % × 26,750 = 1,765.50 → 4,709 − 110 = 4,599
        TaxResult result = TaxEngine.compute(tables, TaxInput.of(new BigDecimal("100000"), SINGLE, StateCode.DE)
                .withDeferral(new BigDecimal("10000")).withLocality("wilmington"));
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("4599");
        assertThat(result.localIncomeTax()).isEqualByComparingTo("1250");
    }
}
