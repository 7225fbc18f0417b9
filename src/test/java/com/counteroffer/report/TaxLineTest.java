package com.counteroffer.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.TaxSettings;
import com.counteroffer.domain.profile.UsState;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.Household;
import com.counteroffer.domain.tax.HsaCoverage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The report's tax sentence names everything the take-home figures were worked out with. */
class TaxLineTest {

    @Test
    void theHouseholdAccountsAndLocalityAreNamed() {
        Profile profile = new Profile(Level.SENIOR, 7, List.of(), null, UsState.PA, null, null, Set.of(), null, null,
                null, null, MarketAssumptions.NONE, new TaxSettings(FilingStatus.MARRIED_JOINT, false, null, 10_000,
                        new Household(150_000, 52, 8_000, 8_750, HsaCoverage.FAMILY, 6_000), "philadelphia"));

        assertThat(TaxLine.of(profile)).isEqualTo("Take-home pay uses 2026 tax for filing status \"married filing "
                + "jointly\" living in Pennsylvania (local income tax of philadelphia), deferring $10,000 a year "
                + "pre-tax into a 401(k), with a spouse earning $150,000 on the joint return (each offer's net is what "
                + "it adds to the household), $8,000 a year into a Roth 401(k), $8,750 a year into an HSA through "
                + "payroll, $6,000 of property tax (itemized with state tax when that beats the standard deduction), "
                + "aged 52 (the tax settings on the Profile screen).");
    }
}
