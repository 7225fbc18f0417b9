package com.counteroffer.store;

import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.domain.offer.NoSuchOfferException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.RetirementMatch;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.SignOnPayment;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.domain.offer.OfferRound;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfferRepositoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    static Offer northwind() {
        Offer basic = Offer.basic("Northwind Cloud", 200_000);
        return new Offer(basic.company(), "Senior AI Infrastructure Engineer", null, "seattle",
                LocalDate.of(2027, 1, 4), LocalDate.of(2026, 12, 1), OfferStatus.RECEIVED, null, "", false, 200_000,
                BigDecimal.ZERO, com.counteroffer.domain.offer.TargetBonus.percent(BigDecimal.valueOf(15)),
                List.of(SignOnPayment.lumpSum(50_000, 1)), null, 0,
                RsuGrant.ofValue(400_000, Vesting.of(VestingPreset.AMAZON)), List.of(), null, 0, null);
    }

    @Test
    void addsListsUpdatesAndKeepsItAllAcrossAReopen() {
        Path file = folder.resolve("offers.db");
        long id;
        try (Database database = Database.open(file)) {
            OfferRepository offers = new OfferRepository(database, CLOCK);
            id = offers.add(1, northwind()).join();
            Offer corrected = withBase(northwind(), 205_000);
            offers.update(1, id, corrected).join();
        }
        try (Database database = Database.open(file)) {
            OfferRepository offers = new OfferRepository(database, CLOCK);
            assertThat(offers.list(1).join()).extracting(StoredOffer::offer)
                    .containsExactly(withBase(northwind(), 205_000));
            List<OfferRound> rounds = offers.rounds(1, id).join();
            assertThat(rounds).hasSize(1);
            assertThat(rounds.get(0).label()).isEqualTo("Initial offer");
            assertThat(rounds.get(0).terms().base()).as("a correction fixes the latest round").isEqualTo(205_000);
        }
    }

    @Test
    void recordsRoundsInOrderWithWhoProposedThem() {
        try (Database database = Database.open(folder.resolve("rounds.db"))) {
            OfferRepository offers = new OfferRepository(database, CLOCK);
            long id = offers.add(1, northwind()).join();
            offers.recordRound(1, id, withBase(northwind(), 230_000), LocalDate.of(2026, 11, 25), ProposedBy.CANDIDATE,
                    "Counter", "asked for 230k", false).join();
            offers.recordRound(1, id, withBase(northwind(), 220_000), LocalDate.of(2026, 11, 27), ProposedBy.EMPLOYER,
                    "Revised offer", "", false).join();

            List<OfferRound> rounds = offers.rounds(1, id).join();
            assertThat(rounds).extracting(OfferRound::number, OfferRound::label, OfferRound::proposedBy).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1, "Initial offer", ProposedBy.EMPLOYER),
                    org.assertj.core.groups.Tuple.tuple(2, "Counter", ProposedBy.CANDIDATE),
                    org.assertj.core.groups.Tuple.tuple(3, "Revised offer", ProposedBy.EMPLOYER));
            assertThat(offers.get(1, id).join().orElseThrow().offer().base()).isEqualTo(220_000);
        }
    }

    /** Defect: recording your own counter replaced the offer's terms with your ask. */
    @Test
    void yourCounterIsAnAskThatLeavesTheEmployersTermsInPlace() {
        try (Database database = Database.open(folder.resolve("ask.db"))) {
            OfferRepository offers = new OfferRepository(database, CLOCK);
            long id = offers.add(1, northwind()).join();
            offers.recordRound(1, id, withBase(northwind(), 247_500), LocalDate.of(2026, 11, 25), ProposedBy.CANDIDATE,
                    "Your counter", "", false).join();

            Offer terms = offers.get(1, id).join().orElseThrow().offer();
            assertThat(terms.base()).as("the offer still holds the employer's base").isEqualTo(200_000);
            assertThat(terms.status()).as("but it is now being negotiated").isEqualTo(OfferStatus.NEGOTIATING);
            List<OfferRound> rounds = offers.rounds(1, id).join();
            assertThat(rounds).extracting(r -> r.terms().base()).containsExactly(200_000L, 247_500L);
            assertThat(rounds.get(1).proposedBy()).isEqualTo(ProposedBy.CANDIDATE);
            assertThat(rounds.get(1).agreed()).isFalse();

            // A correction of the offer fixes the employer's round, never the ask.
            offers.update(1, id, withBase(northwind(), 201_000)).join();
            assertThat(offers.rounds(1, id).join()).extracting(r -> r.terms().base()).containsExactly(201_000L, 247_500L);

            // Once the employer agrees to the ask, its terms become the offer's.
            offers.markAgreed(1, id, 2).join();
            assertThat(offers.get(1, id).join().orElseThrow().offer().base()).isEqualTo(247_500);
            assertThat(offers.rounds(1, id).join().get(1).agreed()).isTrue();
        }
    }

    @Test
    void anAskRecordedAsAgreedBecomesTheTerms() {
        try (Database database = Database.open(folder.resolve("agreed.db"))) {
            OfferRepository offers = new OfferRepository(database, CLOCK);
            long id = offers.add(1, northwind()).join();
            offers.recordRound(1, id, withBase(northwind(), 240_000), LocalDate.of(2026, 11, 25), ProposedBy.CANDIDATE,
                    "Agreed on the call", "", true).join();
            assertThat(offers.get(1, id).join().orElseThrow().offer().base()).isEqualTo(240_000);
        }
    }

    @Test
    void aDeleteHidesTheOfferAndRestoreBringsItBackWithItsRounds() {
        try (Database database = Database.open(folder.resolve("undo.db"))) {
            OfferRepository offers = new OfferRepository(database, CLOCK);
            long id = offers.add(1, northwind()).join();
            offers.recordRound(1, id, withBase(northwind(), 230_000), LocalDate.of(2026, 11, 25), ProposedBy.CANDIDATE,
                    "Counter", "", false).join();
            offers.delete(1, id).join();
            assertThat(offers.list(1).join()).isEmpty();
            assertThat(offers.get(1, id).join()).isEmpty();

            offers.restore(1, id).join();
            assertThat(offers.list(1).join()).hasSize(1);
            assertThat(offers.rounds(1, id).join()).hasSize(2);
        }
    }

    @Test
    void deletedOffersArePurgedOnlyAfterThirtyDays() {
        Path file = folder.resolve("purge.db");
        try (Database database = Database.open(file)) {
            OfferRepository offers = new OfferRepository(database, CLOCK);
            long recent = offers.add(1, northwind()).join();
            long old = offers.add(1, withBase(northwind(), 1)).join();
            offers.delete(1, recent).join();
            offers.delete(1, old).join();
            database.submit(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE offer SET deleted_at = '2026-10-01T00:00:00Z' WHERE id = " + old);
                }
                return null;
            }).join();
            assertThat(offers.purgeDeleted().join()).isEqualTo(1);
            offers.restore(1, recent).join();
            assertThatThrownBy(() -> offers.restore(1, old).join()).isInstanceOf(CompletionException.class);
        }
    }

    @Test
    void anOfferStoredWithTheOlderMatchKeyReadsItAsTheShareOfPay() {
        // Stored before the match was read as letters state it: {"rate_pct": 50, "cap_pct_of_base": 6}.
        try (Database database = Database.open(folder.resolve("old-match.db"))) {
            OfferRepository offers = new OfferRepository(database, CLOCK);
            long id = offers.add(1, northwind()).join();
            database.submit(c -> {
                try (Statement s = c.createStatement()) {
                    String old = "json_set(document, '$.k401_match', json('{\"rate_pct\": 50, \"cap_pct_of_base\": 6}'))";
                    s.executeUpdate("UPDATE offer SET document = " + old + " WHERE id = " + id);
                    s.executeUpdate("UPDATE offer_version SET document = " + old + " WHERE offer_id = " + id);
                }
                return null;
            }).join();

            RetirementMatch expected = new RetirementMatch(BigDecimal.valueOf(50), BigDecimal.valueOf(6));
            assertThat(offers.list(1).join()).extracting(stored -> stored.offer().match()).containsExactly(expected);
            assertThat(offers.rounds(1, id).join()).extracting(round -> round.terms().match()).containsExactly(expected);
        }
    }

    @Test
    void anOfferThatCouldNotBeReadBackIsNeverStored() {
        try (Database database = Database.open(folder.resolve("invalid.db"))) {
            OfferRepository offers = new OfferRepository(database, CLOCK);
            Offer tooBig = new Offer("Big Grant Inc", "", null, null, null, null, OfferStatus.RECEIVED, null, "", false,
                    200_000, BigDecimal.ZERO, com.counteroffer.domain.offer.TargetBonus.NONE, List.of(), null, 0,
                    new RsuGrant(null, 1_000_000L, new BigDecimal("150"), Vesting.of(VestingPreset.STANDARD)),
                    List.of(), null, 0, null);
            assertThatThrownBy(() -> offers.add(1, tooBig).join()).hasMessageContaining("not saved");
            assertThat(offers.list(1).join()).isEmpty();
        }
    }

    @Test
    void anotherClientsOfferIsNeitherListedNorChangeable() {
        try (Database database = Database.open(folder.resolve("clients.db"))) {
            database.submit(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO client(id, name, created_at) VALUES (2, 'Ada', 'now')");
                }
                return null;
            }).join();
            OfferRepository offers = new OfferRepository(database, CLOCK);
            long adas = offers.add(2, northwind()).join();
            assertThat(offers.list(1).join()).isEmpty();
            assertThatThrownBy(() -> offers.update(1, adas, northwind()).join())
                    .hasCauseInstanceOf(NoSuchOfferException.class);
            assertThatThrownBy(() -> offers.delete(1, adas).join())
                    .hasCauseInstanceOf(NoSuchOfferException.class);
            assertThat(offers.list(2).join()).hasSize(1);
        }
    }

    static Offer withBase(Offer offer, long base) {
        return new Offer(offer.company(), offer.title(), offer.level(), offer.location(), offer.startDate(),
                offer.deadline(), offer.status(), offer.remotePolicy(), offer.notes(), offer.current(), base,
                offer.yearlyRaisePercent(), offer.bonus(), offer.signOns(), offer.clawback(), offer.relocation(),
                offer.equity(), offer.refreshers(), offer.match(), offer.benefitsValue(), offer.ptoDays());
    }
}
