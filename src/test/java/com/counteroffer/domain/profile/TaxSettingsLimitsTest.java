package com.counteroffer.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.data.TaxTablesReader;
import com.counteroffer.domain.tax.AccountLimits;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.HsaCoverage;
import com.counteroffer.domain.tax.Household;
import com.counteroffer.domain.tax.TaxTables;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The profile checks the 2026 account limits without the tables; they must say what the tables say. */
class TaxSettingsLimitsTest {

    @Test
    void theProfilesLimitsAreTheTables() {
        TaxTables tables = TaxTablesReader.builtIn();
        for (Integer age : Arrays.asList(null, 30, 49, 50, 55, 59, 60, 63, 64, 80)) {
            assertThat(TaxSettings.deferralLimit(age)).as("401(k) at %s", age)
                    .isEqualTo(AccountLimits.electiveDeferralLimit(tables, age).longValueExact());
            for (HsaCoverage coverage : HsaCoverage.values()) {
                assertThat(TaxSettings.hsaLimit(coverage, age)).as("HSA %s at %s", coverage, age)
                        .isEqualTo(AccountLimits.hsaLimit(tables, coverage, age).longValueExact());
            }
        }
        assertThat(TaxSettings.DEFERRAL_LIMIT_2026).isEqualTo(tables.electiveDeferralLimit().longValueExact());
    }

    @Test
    void aSpousesWagesOnlyOnAJointReturn() {
        Household spouse = new Household(90_000, null, 0, 0, HsaCoverage.SELF, 0);

        assertThatThrownBy(() -> new TaxSettings(FilingStatus.SINGLE, false, null, 0, spouse))
                .hasMessage("a spouse's wages apply only when married filing jointly, not single");
        assertThat(new TaxSettings(FilingStatus.MARRIED_JOINT, false, null, 0, spouse).household().spouseWages())
                .isEqualTo(90_000);
    }

    @Test
    void deferralsAndHsaWithinTheirLimits() {
        // 20,000 pre-tax + 5,000 Roth = 25,000 > 24,500 without an age; allowed at 50 (limit 32,500)
        assertThatThrownBy(() -> new TaxSettings(FilingStatus.SINGLE, false, null, 20_000,
                new Household(0, null, 5_000, 0, HsaCoverage.SELF, 0)))
                .hasMessageContaining("at most 24,500 in 2026 (give the age");
        new TaxSettings(FilingStatus.SINGLE, false, null, 20_000, new Household(0, 50, 5_000, 0, HsaCoverage.SELF, 0));
        assertThatThrownBy(() -> new TaxSettings(FilingStatus.SINGLE, false, null, 0,
                new Household(0, 40, 0, 4_401, HsaCoverage.SELF, 0)))
                .hasMessageContaining("HSA contribution must be at most 4,400 in 2026 with self-only coverage");
    }
}
