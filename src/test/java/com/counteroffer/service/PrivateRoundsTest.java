package com.counteroffer.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rounds of an offer with a private company's units: a new grant keeps the company, the history one valuation. */
class PrivateRoundsTest {

    @TempDir
    Path folder;

    /** 1,000 units at the $10 round price, 409A $3, valued at the 409A price, 4 years. */
    private static Offer lab() {
        RsuGrant units = new RsuGrant(null, 1_000L, BigDecimal.TEN, Vesting.of(VestingPreset.STANDARD),
                BigDecimal.valueOf(3), 5_000_000L, PrivateCompany.DEFAULTS);
        return Offer.basic("Lab", 185_000).withTerms(185_000, List.of(), units);
    }

    private static RoundRequest counter() {
        return new RoundRequest(LocalDate.of(2026, 11, 20), ProposedBy.EMPLOYER, "Revised", "", false);
    }

    @Test
    void aNewGrantForPrivateUnitsScalesTheUnitsAndKeepsTheCompany() {
        try (Services services = Services.open(folder.resolve("rounds.db"))) {
            long id = services.offers().add(1, lab());

            // $25,000 ÷ the $10 round price = 2,500 units of the same company.
            services.offers().recordRound(1, id, null, null, 25_000L, counter());

            RsuGrant units = (RsuGrant) services.offers().get(1, id).offer().equity();
            assertThat(units.isPrivate()).isTrue();
            assertThat(units.shares()).isEqualTo(2_500L);
            assertThat(units.fairMarketValue()).isEqualByComparingTo("3");
            assertThat(units.fullyDilutedShares()).isEqualTo(5_000_000L);
        }
    }

    @Test
    void everyRoundIsValuedWithTheOffersCurrentValuation() {
        try (Services services = Services.open(folder.resolve("history.db"))) {
            long id = services.offers().add(1, lab());
            services.offers().recordRound(1, id, null, null, 25_000L, counter());
            services.offers().updatePrivateTerms(1, id, PrivateCompany.DEFAULTS.withValuation(ValuationBasis.PREFERRED));

            List<RoundView> rounds = services.offers().rounds(1, id);

            // At the preferred $10: round 1 185,000 + 1,000 × 10 ÷ 4 = 187,500; round 2 185,000 + 2,500 × 10 ÷ 4
            // = 191,250 (round 1 at the 409A price it was saved with would be 185,000 + 750).
            assertThat(rounds).extracting(RoundView::annualised).containsExactly(187_500L, 191_250L);
        }
    }
}
