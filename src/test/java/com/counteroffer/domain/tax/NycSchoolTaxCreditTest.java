package com.counteroffer.domain.tax;

import static com.counteroffer.domain.tax.FilingStatus.HEAD_OF_HOUSEHOLD;
import static com.counteroffer.domain.tax.FilingStatus.MARRIED_JOINT;
import static com.counteroffer.domain.tax.FilingStatus.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.data.TaxTablesReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * New York City's school tax credit (IT-201 instructions, lines 69 and 69a): a fixed 63 (125 joint) when income
 * is at most 250,000, and a rate reduction of 0.171 % of city taxable income up to 12,000 (21,600 joint, 14,400
 * head of household) and 0.228 % above, when city taxable income is at most 500,000.
 */
class NycSchoolTaxCreditTest {

    private static TaxTables tables;
    private static Jurisdiction nyc;

    @BeforeAll
    static void load() {
        tables = TaxTablesReader.builtIn();
        nyc = tables.get(JurisdictionId.NYC);
    }

    private static TaxResult cityResident(long wages, FilingStatus filing) {
        return TaxEngine.compute(tables,
                new TaxInput(BigDecimal.valueOf(wages), filing, StateCode.NY, true, null, BigDecimal.ZERO));
    }

    @ParameterizedTest(name = "{0} at income {1}: fixed {2}")
    @CsvSource({
            "SINGLE, 250000, 63", "SINGLE, 250000.01, 0", "MARRIED_JOINT, 250000, 125",
            "MARRIED_JOINT, 250000.01, 0", "HEAD_OF_HOUSEHOLD, 100000, 63"
    })
    void fixedAmount(FilingStatus filing, String income, String expected) {
        assertThat(TaxEngine.nycSchoolTaxCreditFixed(nyc, filing, new BigDecimal(income)))
                .isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} at city taxable income {1}: {2}")
    @CsvSource({
            // 0.171 % × 12,000 = 20.52
            "SINGLE, 12000, 20.52",
            // 20.52 + 0.228 % × 488,000 = 1,112.64 → 1,133.16 (the form's rounded 21 gives 1,133.64)
            "SINGLE, 500000, 1133.16",
            "SINGLE, 500000.01, 0",
            // 0.171 % × 21,600 = 36.936
            "MARRIED_JOINT, 21600, 36.936",
            // 36.936 + 0.228 % × 478,400 = 1,090.752 → 1,127.688
            "MARRIED_JOINT, 500000, 1127.688",
            // 0.171 % × 14,400 = 24.624; + 0.228 % × 85,600 = 195.168 → 219.792
            "HEAD_OF_HOUSEHOLD, 14400, 24.624", "HEAD_OF_HOUSEHOLD, 100000, 219.792"
    })
    void rateReductionAmount(FilingStatus filing, String taxable, String expected) {
        assertThat(TaxEngine.nycSchoolTaxCreditRateReduction(nyc, filing, new BigDecimal(taxable)))
                .isEqualByComparingTo(expected);
    }

    @Test
    void aboveTheFixedLimitOnlyTheRateReductionApplies() {
        // wages 300,000 single: NY TI = 300,000 − 8,000 = 292,000; city tax 369.36 + 489.06 + 954.75
        // + 3.876 % × 242,000 = 9,379.92 → 11,193.09; income 300,000 > 250,000: no fixed amount;
        // rate reduction 20.52 + 0.228 % × 280,000 = 638.40 → 658.92; city tax 11,193.09 − 658.92 = 10,534.17
        TaxResult result = cityResident(300_000, SINGLE);
        assertThat(result.localIncomeTax()).isEqualByComparingTo("10534.17");
        assertThat(result.components()).anyMatch(line -> line.label().contains("line 69a")
                && line.amount().compareTo(new BigDecimal("-658.92")) == 0);
        assertThat(result.components()).noneMatch(line -> line.label().contains("line 69)"));
    }

    @Test
    void aboveFiveHundredThousandThereIsNoCredit() {
        // wages 600,000 single: TI 592,000 > 500,000; city tax 369.36 + 489.06 + 954.75 + 3.876 % × 542,000
        // = 21,007.92 → 22,821.09, no credit
        TaxResult result = cityResident(600_000, SINGLE);
        assertThat(result.localIncomeTax()).isEqualByComparingTo("22821.09");
        assertThat(result.components()).noneMatch(line -> line.label().contains("School tax credit"));
    }

    @Test
    void theRateReductionLowersTheMarginalRate() {
        // single wages 158,000 (TI 150,000, above the 12,000 step): the city adds 3.876 % − 0.228 % = 3.648 %
        TaxResult city = cityResident(158_000, SINGLE);
        TaxResult state = TaxEngine.compute(tables,
                TaxInput.of(BigDecimal.valueOf(158_000), SINGLE, StateCode.NY));
        assertThat(city.marginalRate().subtract(state.marginalRate())).isEqualByComparingTo("0.03648");
    }

    @Test
    void theCreditIsNeverMoreThanTheCityTax() {
        // wages 9,000 single: TI 1,000; city tax 3.078 % × 1,000 = 30.78 < the fixed 63: city tax 0, not −32.22
        TaxResult result = cityResident(9_000, SINGLE);
        assertThat(result.localIncomeTax()).isZero();
        assertThat(result.totalTax()).isNotNegative();
    }

    @Test
    void jointFilersGetTheJointAmounts() {
        // joint wages 200,000: TI = 200,000 − 16,050 = 183,950; city tax 664.848 + 880.308 + 1,718.55
        // + 3.876 % × 93,950 = 3,641.502 → 6,905.208; fixed 125; rate reduction 36.936 + 0.228 % × 162,350
        // = 370.158 → 407.094; city tax 6,905.208 − 125 − 407.094 = 6,373.114
        assertThat(cityResident(200_000, MARRIED_JOINT).localIncomeTax()).isEqualByComparingTo("6373.114");
    }

    @Test
    void headOfHouseholdUsesItsOwnStep() {
        // the step is 14,400, not single's 12,000: 0.228 % − 0.171 % = 0.057 % × 2,400 = 1.368 less than single
        BigDecimal single = TaxEngine.nycSchoolTaxCreditRateReduction(nyc, SINGLE, BigDecimal.valueOf(100_000));
        BigDecimal head = TaxEngine.nycSchoolTaxCreditRateReduction(nyc, HEAD_OF_HOUSEHOLD, BigDecimal.valueOf(100_000));
        assertThat(single.subtract(head)).isEqualByComparingTo("1.368");
    }
}
