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
 * Kentucky from ky-2026.json, worked by hand from KRS 141.020 (3.5 % from 2026) and the $3,270 standard
 * deduction (KRS 141.081, 2025 amount), one per return.
 */
class KentuckyTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.KY));
    }

    @Test
    void singleAt150000() {
        // TI = 150,000 − 3,270 = 146,730; 3.5 % → 5,135.55
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("146730");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("5135.55");
    }

    @Test
    void jointAt200000HasOneStandardDeduction() {
        // TI = 200,000 − 3,270 = 196,730; 3.5 % → 6,885.55
        assertThat(tax(200_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("6885.55");
    }

    @Test
    void headOfHouseholdAt300000() {
        // TI = 296,730; 3.5 % → 10,385.55
        assertThat(tax(300_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("10385.55");
    }

    private static TaxResult taxIn(String locality, long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.KY).withLocality(locality));
    }

    @Test
    void louisvilleResidentPaysTwoPointTwoPercentOfGrossWages() {
        // 2.2 % × 150,000 = 3,300 (the 401(k) deferral does not lower it); the state tax is unchanged
        TaxResult result = TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(150_000), SINGLE, StateCode.KY)
                .withDeferral(BigDecimal.valueOf(10_000)).withLocality("louisville"));

        assertThat(result.localIncomeTax()).isEqualByComparingTo("3300");
        // state: (150,000 − 10,000 − 3,270) × 3.5 % = 136,730 × 3.5 % = 4,785.55
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("4785.55");
    }

    @Test
    void lexingtonResidentPaysTheUrbanCountyFeeAndTheSchoolTax() {
        // 2.25 % × 200,000 = 4,500; 0.5 % × 200,000 = 1,000 → 5,500
        assertThat(taxIn("lexington", 200_000, MARRIED_JOINT).localIncomeTax()).isEqualByComparingTo("5500");
    }
}
