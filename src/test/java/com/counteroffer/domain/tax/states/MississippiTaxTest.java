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
 * Mississippi from ms-2026.json, worked by hand from Miss. Code §27-7-5 (nothing on the first $10,000, 4.0 %
 * above in 2026), standard deductions 2,300 / 4,600 / 3,400 (§27-7-17) and exemptions 6,000 / 12,000 / 8,000 (§27-7-21).
 */
class MississippiTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.MS));
    }

    @Test
    void singleAt150000() {
        // TI = 150,000 − 2,300 − 6,000 = 141,700; 4 % × (141,700 − 10,000) = 5,268
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("141700");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("5268");
    }

    @Test
    void jointAt200000() {
        // TI = 200,000 − 4,600 − 12,000 = 183,400; 4 % × 173,400 = 6,936
        assertThat(tax(200_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("6936");
    }

    @Test
    void headOfHouseholdAt300000() {
        // TI = 300,000 − 3,400 − 8,000 = 288,600; 4 % × 278,600 = 11,144
        assertThat(tax(300_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("11144");
    }
}
