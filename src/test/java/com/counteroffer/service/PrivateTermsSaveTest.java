package com.counteroffer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.offer.Dilution;
import com.counteroffer.domain.offer.ExitScenario;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving an offer's private-company terms keeps only terms the offer editor and files would accept. */
class PrivateTermsSaveTest {

    @TempDir
    Path folder;

    private static Offer startup() {
        OptionGrant options = new OptionGrant(60_000, BigDecimal.valueOf(4), BigDecimal.valueOf(4),
                BigDecimal.valueOf(12), 1_200_000_000L, 100_000_000L, null, Vesting.of(VestingPreset.STANDARD));
        return Offer.basic("Lattice AI", 185_000).withTerms(185_000, List.of(), options);
    }

    @Test
    void termsOutOfRangeAreRefusedInWordsAndTheSavedOfferIsUnchanged() {
        try (Services services = Services.open(folder.resolve("terms.db"))) {
            long id = services.offers().add(1, startup());
            PrivateCompany badProbabilities = PrivateCompany.DEFAULTS.withValuation(ValuationBasis.SCENARIOS)
                    .withScenarios(List.of(new ExitScenario("Fails", 0, BigDecimal.valueOf(-50)),
                            new ExitScenario("Sale", 2_000_000_000L, BigDecimal.valueOf(150))));
            PrivateCompany negativeRounds = new PrivateCompany(ValuationBasis.PREFERRED, null, null, List.of(), null,
                    new Dilution(BigDecimal.valueOf(20), -1), null);

            assertThatThrownBy(() -> services.offers().updatePrivateTerms(1, id, badProbabilities))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("probability");
            assertThatThrownBy(() -> services.offers().updatePrivateTerms(1, id, negativeRounds))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("rounds_to_exit");
            assertThat(services.offers().get(1, id).offer().equity().company()).isEqualTo(PrivateCompany.DEFAULTS);

            PrivateCompany preferred = PrivateCompany.DEFAULTS.withValuation(ValuationBasis.PREFERRED);
            services.offers().updatePrivateTerms(1, id, preferred);
            assertThat(services.offers().get(1, id).offer().equity().company().valuation())
                    .isEqualTo(ValuationBasis.PREFERRED);
        }
    }
}
