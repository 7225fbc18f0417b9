package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.offer.Liquidity;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferRound;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.OptionType;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import com.counteroffer.testing.BadRows;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offers are stored as offer documents: rows saved as {@code counteroffer.offer/1} before private
 * terms existed still open (options at their defaults), and every save writes version 2.
 */
class OfferDocumentVersionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    /** An options offer as version 1 stored it. */
    private static final String STORED_1 = "{\"format\": \"counteroffer.offer/1\", \"company\": \"Lattice AI\","
            + " \"base\": 185000, \"equity\": {\"type\": \"options\", \"shares\": 40000, \"strike\": 2.50,"
            + " \"fair_market_value\": 2.50, \"preferred_price\": 9.00, \"vesting\": \"standard\"}}";

    @TempDir
    Path folder;

    @Test
    void aVersionOneRowStillOpensAndIsWrittenAsVersionTwoWhenNextSaved() {
        Path file = folder.resolve("offers.db").toAbsolutePath();
        long id;
        try (Database database = Database.open(file)) {
            id = new OfferRepository(database, CLOCK).add(1, Offer.basic("Lattice AI", 185_000)).join();
        }
        assertThat(BadRows.text(file, "SELECT json_extract(document, '$.format') FROM offer WHERE id = ?", id))
                .isEqualTo("counteroffer.offer/2");
        // As a database from before version 2 holds it: the offer and its first round.
        BadRows.execute(file, "UPDATE offer SET document = ? WHERE id = ?", STORED_1, id);
        BadRows.execute(file, "UPDATE offer_version SET document = ? WHERE offer_id = ?", STORED_1, id);

        try (Database database = Database.open(file)) {
            OfferRepository offers = new OfferRepository(database, CLOCK);
            StoredOffer stored = offers.list(1).join().get(0);
            OptionGrant options = (OptionGrant) stored.offer().equity();
            assertThat(options.shares()).isEqualTo(40_000);
            assertThat(options.type()).isEqualTo(OptionType.ISO);
            assertThat(options.company()).isEqualTo(PrivateCompany.DEFAULTS);
            List<OfferRound> rounds = offers.rounds(1, id).join();
            assertThat(rounds).singleElement().satisfies(round -> assertThat(round.terms()).isEqualTo(stored.offer()));

            Offer valued = stored.offer().withTerms(185_000, List.of(),
                    options.withCompany(options.company().withValuation(ValuationBasis.PREFERRED)));
            offers.update(1, id, valued).join();
            assertThat(offers.get(1, id).join().orElseThrow().offer()).isEqualTo(valued);
        }
        assertThat(BadRows.text(file, "SELECT json_extract(document, '$.format') FROM offer WHERE id = ?", id))
                .isEqualTo("counteroffer.offer/2");
        assertThat(BadRows.text(file, "SELECT json_extract(document, '$.equity.private_company.valuation_basis')"
                + " FROM offer WHERE id = ?", id)).isEqualTo("preferred");
    }

    @Test
    void aPrivateCompanysRsusAreStoredAndReadBackWhole() {
        RsuGrant units = new RsuGrant(null, 8_000L, BigDecimal.valueOf(250), Vesting.of(VestingPreset.STANDARD),
                BigDecimal.valueOf(90), 2_000_000_000L, new PrivateCompany(null, null, null, null, null, null,
                        new Liquidity(Liquidity.Kind.TENDER, null, 12, 12, BigDecimal.valueOf(20), null)));
        Offer offer = Offer.basic("Frontier Lab", 300_000).withTerms(300_000, List.of(), units);
        try (Database database = Database.open(folder.resolve("units.db"))) {
            OfferRepository offers = new OfferRepository(database, CLOCK);
            long id = offers.add(1, offer).join();
            assertThat(offers.get(1, id).join().orElseThrow().offer()).isEqualTo(offer);
        }
    }
}
