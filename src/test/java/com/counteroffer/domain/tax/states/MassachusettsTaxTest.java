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
 * Massachusetts from ma-2026.json, worked by hand from M.G.L. c. 62 §4 (5 %; 4 % surtax above $1,083,150,
 * 2025's threshold), the exemptions of §3(B)(b) (4,400 / 8,800 / 6,800), the $2,000 deduction for Social Security and
 * Medicare paid, and the 2026 paid family and medical leave employee share of 0.46 % (M.G.L. c. 175M §6).
 */
class MassachusettsTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.MA));
    }

    @Test
    void singleAt150000() {
        // TI = 150,000 − 2,000 − 4,400 = 143,600; 5 % → 7,180
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("143600");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("7180");
    }

    @Test
    void jointAt200000() {
        // TI = 200,000 − 2,000 − 8,800 = 189,200; 5 % → 9,460
        assertThat(tax(200_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("9460");
    }

    @Test
    void headOfHouseholdAt120000() {
        // TI = 120,000 − 2,000 − 6,800 = 111,200; 5 % → 5,560
        assertThat(tax(120_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("5560");
    }

    @Test
    void singleAt1500000PaysTheSurtaxAboveTheThreshold() {
        // TI = 1,500,000 − 6,400 = 1,493,600; 5 % → 74,680; surtax 4 % × (1,493,600 − 1,083,150 = 410,450) = 16,418
        //   → 91,098
        assertThat(tax(1_500_000, SINGLE).stateIncomeTax()).isEqualByComparingTo("91098");
    }

    @Test
    void paidLeavePremiumStopsAtTheSocialSecurityWageBase() {
        // 0.46 % × 150,000 = 690; at 250,000: 0.46 % × 184,500 = 848.70
        assertThat(tax(150_000, SINGLE).statePayroll()).isEqualByComparingTo("690");
        assertThat(tax(250_000, MARRIED_JOINT).statePayroll()).isEqualByComparingTo("848.70");
    }

    @Test
    void a401kDeferralLowersMassachusettsIncome() {
        // 401(k) deferrals are excluded from Massachusetts wages: TI = 150,000 − 20,000 − 6,400 = 123,600; 5 % → 6,180
        TaxResult result = TaxEngine.compute(tables,
                TaxInput.of(BigDecimal.valueOf(150_000), SINGLE, StateCode.MA).withDeferral(BigDecimal.valueOf(20_000)));

        assertThat(result.stateIncomeTax()).isEqualByComparingTo("6180");
    }
}
