package com.counteroffer.domain.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.TaxSettings;
import com.counteroffer.domain.profile.UsState;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.HsaCoverage;
import com.counteroffer.domain.tax.Household;
import com.counteroffer.domain.tax.TaxInput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The profile's household and accounts reach every offer's tax input (Compare, take-home). */
class TaxProfileHouseholdTest {

    private static final Household HOUSEHOLD = new Household(100_000, 55, 8_000, 5_000, HsaCoverage.FAMILY, 10_000);

    private static TaxProfile profile() {
        return TaxProfile.of(new Profile(Level.SENIOR, 20, List.of(), "sf", UsState.CA, null, null, Set.of(), null,
                null, null, null, null, new TaxSettings(FilingStatus.MARRIED_JOINT, false, null, 20_000, HOUSEHOLD)));
    }

    @Test
    void theHouseholdIsInEveryYearsInput() {
        TaxInput input = profile().inputFor(BigDecimal.valueOf(250_000));

        assertThat(input.spouseWages()).isEqualByComparingTo("100000");
        assertThat(input.age()).isEqualTo(55);
        assertThat(input.k401Deferral()).isEqualByComparingTo("20000");
        assertThat(input.roth401k()).isEqualByComparingTo("8000");
        assertThat(input.hsa()).isEqualByComparingTo("5000");
        assertThat(input.hsaCoverage()).isEqualTo(HsaCoverage.FAMILY);
        assertThat(input.propertyTax()).isEqualByComparingTo("10000");
    }

    @Test
    void aSmallYearCutsTheAccountsToTheWages() {
        // wages 25,000: pre-tax 20,000, then Roth min(8,000, 5,000 left) = 5,000, then HSA min(5,000, 0 left) = 0
        TaxInput input = profile().inputFor(BigDecimal.valueOf(25_000));

        assertThat(input.k401Deferral()).isEqualByComparingTo("20000");
        assertThat(input.roth401k()).isEqualByComparingTo("5000");
        assertThat(input.hsa()).isZero();
    }
}
