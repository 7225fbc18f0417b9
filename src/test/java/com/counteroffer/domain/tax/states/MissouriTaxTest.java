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
 * Missouri from mo-2025.json, worked by hand from the MO-1040 tax chart (2025 widths of $1,313: 0 %, 2 %, 2.5 %,
 * 3 %, 3.5 %, 4 %, 4.5 %, then 4.7 % above $9,191), the 2026 federal standard deduction (16,100 / 32,200 / 24,150) and the
 * $1,400 head-of-household exemption. Tax up to $9,191: 26.26 + 32.825 + 39.39 + 45.955 + 52.52 + 59.085 = 256.035
 * (the chart rounds it to $256).
 */
class MissouriTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.MO));
    }

    @Test
    void singleAt150000() {
        // TI = 150,000 − 16,100 = 133,900; 256.035 + 4.7 % × (133,900 − 9,191 = 124,709) = 5,861.323 → 6,117.358
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("133900");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("6117.358");
    }

    @Test
    void jointAt200000UsesTheSameChart() {
        // TI = 200,000 − 32,200 = 167,800; 256.035 + 4.7 % × 158,609 = 7,454.623 → 7,710.658
        assertThat(tax(200_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("7710.658");
    }

    @Test
    void headOfHouseholdAt300000GetsItsExemption() {
        // TI = 300,000 − 24,150 − 1,400 = 274,450; 256.035 + 4.7 % × 265,259 = 12,467.173 → 12,723.208
        assertThat(tax(300_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("12723.208");
    }

    private static TaxResult taxIn(String locality, long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.MO).withLocality(locality));
    }

    @Test
    void kansasCityAndStLouisResidentsPayOnePercentOfWages() {
        // 1 % × 150,000 = 1,500
        assertThat(taxIn("kansas-city", 150_000, SINGLE).localIncomeTax()).isEqualByComparingTo("1500");
        assertThat(taxIn("st-louis", 150_000, SINGLE).localIncomeTax()).isEqualByComparingTo("1500");
    }
}
