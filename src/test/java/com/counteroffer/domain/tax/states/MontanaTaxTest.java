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
 * Montana from mt-2026.json, worked by hand from MCA 15-30-2103 as amended by 2025 HB 337 (4.7 % up to
 * 47,500 / 95,000 / 71,250, then 5.65 %) on federal taxable income (federal standard deduction 16,100 / 32,200 / 24,150).
 */
class MontanaTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.MT));
    }

    @Test
    void singleAt150000StartsFromFederalTaxableIncome() {
        // TI = 150,000 − 16,100 = 133,900; 4.7 % × 47,500 = 2,232.50; 5.65 % × 86,400 = 4,881.60 → 7,114.10
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("133900");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("7114.10");
    }

    @Test
    void jointAt200000() {
        // TI = 200,000 − 32,200 = 167,800; 4.7 % × 95,000 = 4,465; 5.65 % × 72,800 = 4,113.20 → 8,578.20
        assertThat(tax(200_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("8578.20");
    }

    @Test
    void headOfHouseholdAt300000() {
        // TI = 300,000 − 24,150 = 275,850; 4.7 % × 71,250 = 3,348.75; 5.65 % × 204,600 = 11,559.90 → 14,908.65
        assertThat(tax(300_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("14908.65");
    }
}
