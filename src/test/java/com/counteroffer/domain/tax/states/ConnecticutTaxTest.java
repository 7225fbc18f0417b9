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
 * Connecticut, worked by hand from the CT-1040 Tax Calculation Schedule and Tables A, C and D (C.G.S. §12-700,
 * §12-702): the personal exemption is 0 at these AGIs, so taxable income = AGI; the 2 % rate phase-out add-back
 * and the recaptures are added by AGI, a part step counting as a whole one. Paid Leave: 0.5 % up to 184,500.
 */
class ConnecticutTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.CT));
    }

    @Test
    void singleAt150000() {
        // 2 % × 10,000 = 200; 4.5 % × 40,000 = 1,800; 5.5 % × 50,000 = 2,750; 6 % × 50,000 = 3,000 → 7,750
        // Table C: AGI above 56,500 + 10 × 5,000 → max 250; Table D 4.5 % recapture: (150,000 − 105,000) ÷ 5,000
        // = 9 steps × 25 = 225. Tax 7,750 + 250 + 225 = 8,225; Paid Leave 0.5 % × 150,000 = 750
        TaxResult result = tax(150_000, SINGLE);
        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("150000");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("8225");
        assertThat(result.statePayroll()).isEqualByComparingTo("750");
    }

    @Test
    void singleAt203000CountsAPartStepOfTheMiddleRecapture() {
        // 200 + 1,800 + 2,750 + 6 % × 100,000 = 6,000 + 6.5 % × 3,000 = 195 → 10,945
        // add-back 250; 4.5 % recapture (203,000 − 105,000) ÷ 5,000 = 19.6 steps → max 250;
        // middle recapture 3,000 ÷ 5,000 = 0.6, a part step → 1 × 90. Tax 10,945 + 250 + 250 + 90 = 11,535
        assertThat(tax(203_000, SINGLE).stateIncomeTax()).isEqualByComparingTo("11535");
    }

    @Test
    void singleAt600000PaysEveryRecaptureInFull() {
        // 200 + 1,800 + 2,750 + 6,000 + 6.5 % × 50,000 = 3,250 + 6.9 % × 250,000 = 17,250 → 31,250 to 500,000;
        // 6.99 % × 100,000 = 6,990 → 38,240. Add-backs at their maxima: 250 + 250 + 2,700 + 450 (100,000 ÷ 5,000
        // = 20 steps × 50 = 1,000, capped) = 3,650. Tax 41,890; Paid Leave 0.5 % × 184,500 = 922.50
        TaxResult result = tax(600_000, SINGLE);
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("41890");
        assertThat(result.statePayroll()).isEqualByComparingTo("922.50");
    }

    @Test
    void jointAt300000() {
        // 2 % × 20,000 = 400; 4.5 % × 80,000 = 3,600; 5.5 % × 100,000 = 5,500; 6 % × 100,000 = 6,000 → 15,500
        // add-back: AGI above 100,500 + 10 × 5,000 → 500; 4.5 % recapture (300,000 − 210,000) ÷ 10,000 = 9 × 50
        // = 450; middle recapture starts at 400,000 → 0. Tax 16,450
        TaxResult result = tax(300_000, MARRIED_JOINT);
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("16450");
        assertThat(result.statePayroll()).isEqualByComparingTo("922.50");
    }

    @Test
    void headOfHouseholdAt250000() {
        // 2 % × 16,000 = 320; 4.5 % × 64,000 = 2,880; 5.5 % × 80,000 = 4,400; 6 % × 90,000 = 5,400 → 13,000
        // add-back: above 78,500 + 10 × 4,000 → 400; 4.5 % recapture (250,000 − 168,000) ÷ 8,000 = 10.25 → 11
        // steps × 40 = 440, capped at 400; middle starts at 320,000. Tax 13,800
        assertThat(tax(250_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("13800");
    }

    @Test
    void deferralLowersConnecticutAgi() {
        // wages 150,000 − 401(k) 20,000 = AGI 130,000: 200 + 1,800 + 2,750 + 6 % × 30,000 = 1,800 → 6,550;
        // add-back 250; recapture (130,000 − 105,000) ÷ 5,000 = 5 × 25 = 125 → 6,925. Paid Leave is on wages: 750
        TaxResult result = TaxEngine.compute(tables, TaxInput.of(new BigDecimal("150000"), SINGLE, StateCode.CT)
                .withDeferral(new BigDecimal("20000")));
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("6925");
        assertThat(result.statePayroll()).isEqualByComparingTo("750");
    }
}
