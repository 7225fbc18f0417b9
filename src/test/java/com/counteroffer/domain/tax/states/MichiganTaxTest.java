package com.counteroffer.domain.tax.states;

import static com.counteroffer.domain.tax.FilingStatus.HEAD_OF_HOUSEHOLD;
import static com.counteroffer.domain.tax.FilingStatus.MARRIED_JOINT;
import static com.counteroffer.domain.tax.FilingStatus.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * Michigan from mi-2026.json, worked by hand from MCL 206.51 (4.25 %) and the $5,800 exemption per person
 * (MCL 206.30, 2025 amount); city income taxes at residents' rates on wages above the $600 exemption per person.
 */
class MichiganTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.MI));
    }

    @Test
    void singleAt150000() {
        // TI = 150,000 − 5,800 = 144,200; 4.25 % → 6,128.50
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("144200");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("6128.50");
    }

    @Test
    void jointAt200000GetsTwoExemptions() {
        // TI = 200,000 − 11,600 = 188,400; 4.25 % → 8,007
        assertThat(tax(200_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("8007");
    }

    @Test
    void headOfHouseholdAt300000() {
        // TI = 300,000 − 5,800 = 294,200; 4.25 % → 12,503.50
        assertThat(tax(300_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("12503.50");
    }

    private static TaxResult taxIn(String locality, long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.MI).withLocality(locality));
    }

    @Test
    void detroitResidentPaysOnWagesAboveOneExemption() {
        // 2.4 % × (150,000 − 600) = 3,585.60
        assertThat(taxIn("detroit", 150_000, SINGLE).localIncomeTax()).isEqualByComparingTo("3585.60");
    }

    @Test
    void aDeferralLowersDetroitsTaxAsItStartsFromBoxOneWages() {
        // Box 1 wages 150,000 − 10,000 = 140,000; 2.4 % × (140,000 − 600) = 3,345.60, 240 below the 3,585.60
        // on 150,000 without the deferral.
        TaxResult result = TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(150_000), SINGLE, StateCode.MI)
                .withDeferral(BigDecimal.valueOf(10_000)).withLocality("detroit"));

        assertThat(result.localIncomeTax()).isEqualByComparingTo("3345.60");
    }

    @Test
    void grandRapidsJointReturnHasTwoExemptions() {
        // 1.5 % × (200,000 − 1,200) = 2,982
        assertThat(taxIn("grand-rapids", 200_000, MARRIED_JOINT).localIncomeTax()).isEqualByComparingTo("2982");
    }

    @Test
    void lansingHeadOfHousehold() {
        // 1 % × (120,000 − 600) = 1,194
        assertThat(taxIn("lansing", 120_000, HEAD_OF_HOUSEHOLD).localIncomeTax()).isEqualByComparingTo("1194");
    }

    @Test
    void annArborHasNoCityIncomeTax() {
        assertThatThrownBy(() -> taxIn("ann-arbor", 150_000, SINGLE)).isInstanceOf(IllegalArgumentException.class);
    }
}
