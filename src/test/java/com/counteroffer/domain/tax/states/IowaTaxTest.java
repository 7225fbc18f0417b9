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
 * Iowa from ia-2026.json, worked by hand from Iowa Code §422.5A (3.8 % of federal taxable income) and the
 * $40 exemption credit per filer (§422.12); federal standard deduction 2026: 16,100 / 32,200 / 24,150.
 */
class IowaTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.IA));
    }

    @Test
    void singleAt150000PaysTheFlatRateOnFederalTaxableIncomeLessTheCredit() {
        // federal TI = 150,000 − 16,100 = 133,900; 3.8 % × 133,900 = 5,088.20; less the $40 credit → 5,048.20
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("133900");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("5048.20");
    }

    @Test
    void jointAt200000GetsTwoCredits() {
        // federal TI = 200,000 − 32,200 = 167,800; 3.8 % × 167,800 = 6,376.40; less 2 × $40 → 6,296.40
        assertThat(tax(200_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("6296.40");
    }

    @Test
    void headOfHouseholdAt120000() {
        // federal TI = 120,000 − 24,150 = 95,850; 3.8 % × 95,850 = 3,642.30; less $40 → 3,602.30
        assertThat(tax(120_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("3602.30");
    }

    @Test
    void singleAt300000HasNoPhaseOut() {
        // federal TI = 283,900; 3.8 % → 10,788.20; the credit does not phase out → 10,748.20
        assertThat(tax(300_000, SINGLE).stateIncomeTax()).isEqualByComparingTo("10748.20");
    }
}
