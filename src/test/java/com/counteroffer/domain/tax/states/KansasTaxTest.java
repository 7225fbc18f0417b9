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
 * Kansas from ks-2026.json, worked by hand from K.S.A. 79-32,110 (5.2 % to $23,000, $46,000 joint; 5.58 %
 * above), standard deductions 3,605 / 8,240 / 6,180 and exemptions 9,160 / 18,320 / 11,480 (Form K-40).
 */
class KansasTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.KS));
    }

    @Test
    void singleAt150000() {
        // TI = 150,000 − 3,605 − 9,160 = 137,235
        // 5.2 % × 23,000 = 1,196; 5.58 % × 114,235 = 6,374.313 → 7,570.313
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("137235");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("7570.313");
    }

    @Test
    void jointAt200000UsesTheJointBracket() {
        // TI = 200,000 − 8,240 − 18,320 = 173,440
        // 5.2 % × 46,000 = 2,392; 5.58 % × 127,440 = 7,111.152 → 9,503.152
        assertThat(tax(200_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("9503.152");
    }

    @Test
    void headOfHouseholdAt300000UsesTheSingleBracketAndTheLargerExemption() {
        // TI = 300,000 − 6,180 − (9,160 + 2,320) = 282,340
        // 1,196 + 5.58 % × 259,340 = 14,471.172 → 15,667.172
        assertThat(tax(300_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("15667.172");
    }
}
