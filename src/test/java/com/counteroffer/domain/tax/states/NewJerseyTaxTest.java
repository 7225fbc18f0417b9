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
 * New Jersey (nj-2026.json), worked by hand from the NJ-1040 tax rate schedules: no standard deduction,
 * $1,000 exemption per filer, head of household on the joint schedule B; worker payroll premiums.
 */
class NewJerseyTaxTest {

    private static TaxTables tables;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
    }

    private static TaxResult tax(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables, TaxInput.of(BigDecimal.valueOf(wages), filing, StateCode.NJ));
    }

    @Test
    void singleAt150000() {
        // taxable = 150,000 − 1,000 exemption = 149,000 (schedule A)
        // 1.4 % × 20,000 = 280; 1.75 % × 15,000 = 262.50; 3.5 % × 5,000 = 175; 5.525 % × 35,000 = 1,933.75;
        // 6.37 % × 74,000 = 4,713.80 → 7,365.05
        // the schedule's own formula agrees: 149,000 × 6.37 % − 2,126.25 = 9,491.30 − 2,126.25 = 7,365.05
        TaxResult result = tax(150_000, SINGLE);

        assertThat(result.stateTaxableIncome()).isEqualByComparingTo("149000");
        assertThat(result.stateIncomeTax()).isEqualByComparingTo("7365.05");
    }

    @Test
    void marriedJointAt300000() {
        // taxable = 300,000 − 2,000 = 298,000 (schedule B)
        // 1.4 % × 20,000 = 280; 1.75 % × 30,000 = 525; 2.45 % × 20,000 = 490; 3.5 % × 10,000 = 350;
        // 5.525 % × 70,000 = 3,867.50; 6.37 % × 148,000 = 9,427.60 → 14,940.10
        // schedule B: 298,000 × 6.37 % − 4,042.50 = 18,982.60 − 4,042.50 = 14,940.10
        assertThat(tax(300_000, MARRIED_JOINT).stateIncomeTax()).isEqualByComparingTo("14940.10");
    }

    @Test
    void headOfHouseholdAt600000UsesTheJointScheduleAndReachesEightNinetySeven() {
        // taxable = 600,000 − 1,000 = 599,000 on schedule B
        // 280 + 525 + 490 + 350 + 3,867.50 (to 150,000) = 5,512.50; 6.37 % × 350,000 = 22,295;
        // 8.97 % × 99,000 = 8,880.30 → 36,687.80
        // schedule B: 599,000 × 8.97 % − 17,042.50 = 53,730.30 − 17,042.50 = 36,687.80
        assertThat(tax(600_000, HEAD_OF_HOUSEHOLD).stateIncomeTax()).isEqualByComparingTo("36687.80");
    }

    @Test
    void singleAt1200000ReachesTheTopRate() {
        // taxable 1,199,000: to 500,000 as schedule A: 500,000 × 6.37 % − 2,126.25 = 29,723.75;
        // 8.97 % × 500,000 = 44,850; 10.75 % × 199,000 = 21,392.50 → 95,966.25
        // schedule A: 1,199,000 × 10.75 % − 32,926.25 = 128,892.50 − 32,926.25 = 95,966.25
        assertThat(tax(1_200_000, SINGLE).stateIncomeTax()).isEqualByComparingTo("95966.25");
    }

    @Test
    void the401kDeferralIsExcluded() {
        // 150,000 wages − 20,000 deferral = 130,000 NJ wages; taxable 129,000
        // 129,000 × 6.37 % − 2,126.25 = 8,217.30 − 2,126.25 = 6,091.05
        TaxResult result = TaxEngine.compute(tables,
                TaxInput.of(new BigDecimal("150000"), SINGLE, StateCode.NJ).withDeferral(new BigDecimal("20000")));

        assertThat(result.stateIncomeTax()).isEqualByComparingTo("6091.05");
    }

    @Test
    void payrollPremiumsStopAtTheirWageBases() {
        // UI 0.3825 % × 44,800 = 171.36; WF/SWF 0.0425 % × 44,800 = 19.04;
        // TDI 0.19 % × 171,100 = 325.09; FLI 0.23 % × 171,100 = 393.53 → 909.02
        assertThat(tax(250_000, SINGLE).statePayroll()).isEqualByComparingTo("909.02");
        // below the TDI/FLI base: 171.36 + 19.04 + 0.19 % × 150,000 = 285 + 0.23 % × 150,000 = 345 → 820.40
        assertThat(tax(150_000, SINGLE).statePayroll()).isEqualByComparingTo("820.40");
    }

    @Test
    void theAssumedDisabilityAndFamilyLeaveRatesAreShownAsUncertain() {
        assertThat(tax(150_000, SINGLE).notes())
                .anyMatch(note -> note.startsWith("Uncertain figure used (New Jersey)") && note.contains("0.19 %"))
                .anyMatch(note -> note.startsWith("Uncertain figure used (New Jersey)") && note.contains("0.23 %"));
    }
}
