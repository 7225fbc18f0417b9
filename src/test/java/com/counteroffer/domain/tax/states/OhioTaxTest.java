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
 * Ohio (oh-2026.json): the 2026 schedule of H.B. 96 (no tax to $26,050, then $332.00 plus 2.75 % of the excess),
 * $1,900 exemptions above $80,000 of modified AGI and none above $500,000.
 */
class OhioTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.OH));
    }

    @Test
    void theFixedAmountStartsWithOhioTaxableIncomeNotFederalAgi() {
        // 27,000 − one 1,900 exemption = 25,100 of Ohio taxable income: under 26,050, so no tax (the $332 counted
        // on federal AGI 27,000 would have charged it).
        assertThat(tax(27_000, FilingStatus.SINGLE).stateIncomeTax()).isZero();
    }

    @Test
    void singleAt150000() {
        // taxable = 150,000 − 1,900 = 148,100
        // 332.00 + 2.75 % × (148,100 − 26,050 = 122,050) = 3,356.375 → 3,688.375
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("148100");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("3688.375");
    }

    @Test
    void marriedJointAt300000() {
        // taxable = 300,000 − 3,800 = 296,200: 332 + 2.75 % × 270,150 = 7,429.125 → 7,761.125
        assertThat(tax(300_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("7761.125");
    }

    @Test
    void headOfHouseholdAt600000LosesTheExemption() {
        // modified AGI over 500,000: no exemption; taxable 600,000
        // 332 + 2.75 % × 573,950 = 15,783.625 → 16,115.625
        TaxResult result = tax(600_000, HEAD_OF_HOUSEHOLD);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("600000");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("16115.625");
    }

    @Test
    void citiesTaxResidentsWages() {
        // Columbus 2.5 % × 150,000 = 3,750; Cincinnati 1.8 % × 150,000 = 2,700
        assertThat(TaxEngine.compute(tables, TaxInput.of(new BigDecimal("150000"), SINGLE, StateCode.OH)
                .withLocality("columbus")).localIncomeTax()).isEqualByComparingTo("3750");
        assertThat(TaxEngine.compute(tables, TaxInput.of(new BigDecimal("150000"), SINGLE, StateCode.OH)
                .withLocality("cincinnati")).localIncomeTax()).isEqualByComparingTo("2700");
    }
}
