package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.counteroffer.domain.ProgressListener;
import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.domain.UnreadableRow.Table;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.exchange.DuplicateChoice;
import com.counteroffer.domain.exchange.ImportTarget;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.service.CompareResult;
import com.counteroffer.service.CompareService;
import com.counteroffer.service.ExchangeService;
import com.counteroffer.service.NegotiationContext;
import com.counteroffer.service.RoundRequest;
import com.counteroffer.service.Services;
import com.counteroffer.testing.BadRows;
import com.counteroffer.testing.Samples;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows another tool (or a flipped bit) spoiled, written with plain JDBC into a database the app
 * made, one in each table that stores documents: every read skips them and goes on, the checker
 * names each (file, table, row, client, what is wrong), and nothing rewrites them.
 */
class UnreadableRowsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path folder;

    private Path file;

    /** Offers 1 (Northwind), 2 (Lattice AI), 3 (Contoso); their scenario, a comparison, a plan, a profile, a note. */
    @BeforeEach
    void saveOneOfEverything() {
        file = folder.resolve("counteroffer.db").toAbsolutePath();
        try (Services services = Services.open(file)) {
            services.offers().add(1, Samples.bigTech());
            services.offers().add(1, Samples.startup());
            services.offers().add(1, Offer.basic("Contoso Robotics", 180_000));
            SavedComparison scenario = CompareService.defaultScenario(services.offers().list(1));
            services.compare().saveScenario(1, scenario);
            services.compare().save(1, scenario.named("All three"));
            services.negotiation().saveWorkspace(1, 1, NegotiationWorkspace.fresh(null, TODAY));
            services.profiles().save(1, new Profile(Level.SENIOR, 7, List.of(), "seattle", null, null, null, Set.of(),
                    180_000L, null, null, null, MarketAssumptions.NONE));
            services.notes().add(1, "Asked for 230k");
        }
    }

    private void spoilOffer3() {
        BadRows.execute(file, "UPDATE offer SET document = json_set(document, '$.base', -5) WHERE id = 3");
    }

    /** Every stored document and value the tests spoil, to show none is rewritten. */
    private List<String> rawRows() {
        return List.of(BadRows.text(file, "SELECT group_concat(document, '|') FROM offer"),
                BadRows.text(file, "SELECT group_concat(round_date || document, '|') FROM offer_version"),
                BadRows.text(file, "SELECT group_concat(document, '|') FROM comparison"),
                BadRows.text(file, "SELECT document FROM compare_scenario"),
                BadRows.text(file, "SELECT group_concat(document, '|') FROM negotiation"),
                BadRows.text(file, "SELECT md_county_rate FROM profile"),
                BadRows.text(file, "SELECT group_concat(written_at, '|') FROM session_note"));
    }

    @Test
    void eachTableNamesItsUnreadableRowAndEverythingElseStillReads() {
        spoilOffer3();
        BadRows.execute(file, "UPDATE offer_version SET round_date = 'someday' WHERE offer_id = 2");
        BadRows.execute(file, "UPDATE comparison SET document = '[1, 2' WHERE name = 'All three'");
        BadRows.execute(file, "UPDATE compare_scenario SET document = json_set(document, '$.years', 99)");
        BadRows.execute(file, "UPDATE negotiation SET document = '{\"format\": 7}' WHERE offer_id = 1");
        BadRows.execute(file, "UPDATE profile SET md_county_rate = 'three percent'");
        BadRows.execute(file, "UPDATE session_note SET written_at = 'last tuesday'");
        List<String> spoiled = rawRows();
        long round = Long.parseLong(BadRows.text(file, "SELECT id FROM offer_version WHERE offer_id = 2"));
        long comparison = Long.parseLong(BadRows.text(file, "SELECT id FROM comparison"));
        long workspace = Long.parseLong(BadRows.text(file, "SELECT rowid FROM negotiation WHERE offer_id = 1"));
        long note = Long.parseLong(BadRows.text(file, "SELECT id FROM session_note"));

        try (Services services = Services.open(file)) {
            List<UnreadableRow> unreadable = services.unreadableRows().of(1);

            assertThat(unreadable).extracting(UnreadableRow::table, UnreadableRow::rowId, UnreadableRow::offerId,
                    UnreadableRow::what).containsExactly(
                    tuple(Table.OFFER, 3L, 3L, "offer 3"),
                    tuple(Table.ROUND, round, 2L, "round 1 of offer 2"),
                    tuple(Table.NEGOTIATION, workspace, 1L, "negotiation workspace of offer 1"),
                    tuple(Table.SCENARIO, 1L, null, "compare scenario"),
                    tuple(Table.COMPARISON, comparison, null, "saved comparison \"All three\""),
                    tuple(Table.PROFILE, 1L, null, "profile"),
                    tuple(Table.NOTE, note, null, "session note " + note));
            assertThat(unreadable).allSatisfy(row -> {
                assertThat(row.database()).isEqualTo(file);
                assertThat(row.clientId()).isEqualTo(1);
                assertThat(row.clientName()).isEqualTo("Me");
                assertThat(row.describe()).contains("table " + row.table().sqlName()).contains("row " + row.rowId())
                        .contains(file.toString()).contains("client \"Me\"").doesNotContain("\n");
            });
            assertThat(unreadable).extracting(UnreadableRow::problem).containsExactly(
                    "base: expected a whole number of dollars, 0 or more, found -5",
                    "round_date: expected a date such as 2026-11-24, found \"someday\"",
                    "damaged negotiation document: not a counteroffer.negotiation/1 document",
                    "years: expected 1 to 10, found 99",
                    unreadable.get(4).problem(),
                    "md_county_rate: expected a rate such as 0.032, found \"three percent\"",
                    "written_at: expected a time such as 2026-11-24T10:00:00Z, found \"last tuesday\"");
            assertThat(unreadable.get(4).problem()).startsWith("damaged comparison document");

            // Everything else reads as before.
            List<StoredOffer> offers = services.offers().list(1);
            assertThat(offers).extracting(StoredOffer::id).containsExactly(1L, 2L);
            assertThat(services.offers().rounds(1, 2)).isEmpty();
            assertThat(services.offers().rounds(1, 1)).hasSize(1);
            assertThat(services.compare().saved(1)).isEmpty();
            assertThat(services.compare().scenario(1)).isEqualTo(CompareService.defaultScenario(offers));
            assertThat(services.negotiation().workspace(1, offers.get(0))).isEqualTo(
                    NegotiationWorkspace.fresh(offers.get(0).offer().deadline(), LocalDate.now(services.clock())));
            assertThat(services.profiles().load(1)).isEmpty();
            assertThat(services.notes().list(1, "")).isEmpty();
            assertThat(services.unreadableRows().everywhere()).isEqualTo(unreadable);
        }
        assertThat(rawRows()).as("nothing is rewritten").isEqualTo(spoiled);
    }

    @Test
    void aKeyANewerVersionCouldAddIsRefusedSayingSoNotIgnored() {
        BadRows.execute(file, "UPDATE offer SET document = json_set(document, '$.pay_band', 'L5') WHERE id = 3");

        try (Services services = Services.open(file)) {
            assertThat(services.offers().list(1)).extracting(StoredOffer::id).containsExactly(1L, 2L);
            assertThat(services.unreadableRows().of(1)).singleElement().satisfies(row -> assertThat(row.problem())
                    .isEqualTo("pay_band: a key this version does not know, perhaps added by a newer version of "
                            + "Counteroffer (open the database with that version)"));
        }
    }

    @Test
    void compareLeavesOutTheUnreadableOfferOfItsScenarioAndSaysSo() {
        spoilOffer3();

        try (Services services = Services.open(file)) {
            Optional<CompareResult> result = services.compare().compare(1);

            assertThat(result).isPresent();
            assertThat(result.get().comparison().offers()).extracting(offer -> offer.entry().key())
                    .containsExactly("1", "2");
            assertThat(result.get().leftOut()).singleElement().satisfies(note -> assertThat(note)
                    .startsWith("Offer 3 is left out: it could not be read (base: expected a whole number")
                    .endsWith(UnreadableRow.KEPT));
        }
    }

    @Test
    void negotiationPlansWithoutTheUnreadableOfferOrWorkspaceAndSaysSo() {
        spoilOffer3();
        BadRows.execute(file, "UPDATE negotiation SET document = 'garbage' WHERE offer_id = 1");

        try (Services services = Services.open(file)) {
            NegotiationContext context = services.negotiation().context(1, 1);
            assertThat(context.others()).hasSize(1);
            assertThat(context.leftOut()).singleElement().satisfies(note ->
                    assertThat(note).startsWith("Offer 3 is left out: it could not be read (base:"));

            assertThat(services.negotiation().plan(1, 1).context().leftOut()).hasSize(2).last().satisfies(note ->
                    assertThat(note).startsWith("The negotiation workspace of offer 1 could not be read (")
                            .contains("this plan uses the default settings"));
        }
    }

    @Test
    void askingForExactlyTheUnreadableOfferNamesIt() {
        spoilOffer3();

        try (Services services = Services.open(file)) {
            for (Runnable ask : List.<Runnable>of(() -> services.offers().get(1, 3),
                    () -> services.negotiation().context(1, 3),
                    () -> services.offers().recordRound(1, 3, 200_000L, null, null,
                            new RoundRequest(TODAY, com.counteroffer.domain.offer.ProposedBy.EMPLOYER, "Revised", "",
                                    false)))) {
                assertThatThrownBy(ask::run).isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.UNREADABLE_ROW);
                    assertThat(e.path()).isEqualTo(file);
                    assertThat(e.getMessage()).contains("offer 3 of client \"Me\"").contains("table offer, row 3")
                            .contains("base:").endsWith(UnreadableRow.KEPT);
                });
            }
        }
    }

    @Test
    void anUnreadableOfferCanBeDeletedAndBroughtBackAsItWas() {
        spoilOffer3();
        String spoiled = BadRows.text(file, "SELECT document FROM offer WHERE id = 3");

        try (Services services = Services.open(file)) {
            services.offers().delete(1, 3);
            assertThat(services.unreadableRows().of(1)).isEmpty();

            services.offers().restore(1, 3);
            assertThat(services.unreadableRows().of(1)).extracting(UnreadableRow::what).containsExactly("offer 3");
        }
        assertThat(BadRows.text(file, "SELECT document FROM offer WHERE id = 3")).isEqualTo(spoiled);
    }

    @Test
    void aRowOfAnotherClientNamesThatClientAndOnlyTheirs() {
        long ada;
        try (Services services = Services.open(file)) {
            ada = services.clients().add("Ada").id();
            services.offers().add(ada, Offer.basic("Fabrikam", 150_000));
        }
        BadRows.flipABitOfOffer(file, 4);

        try (Services services = Services.open(file)) {
            assertThat(services.unreadableRows().of(1)).isEmpty();
            assertThat(services.unreadableRows().everywhere()).singleElement().satisfies(row -> {
                assertThat(row.clientId()).isEqualTo(ada);
                assertThat(row.clientName()).isEqualTo("Ada");
                assertThat(row.problem()).startsWith("not valid JSON at line 1, column 2");
            });
            assertThat(services.offers().list(ada)).isEmpty();
        }
    }

    @Test
    void anImportNeverWritesOverAScenarioProfileOrComparisonItCannotRead() {
        Path export = folder.resolve("export.json");
        try (Services services = Services.open(file)) {
            services.exchange().export(Optional.of(1L), export, ExchangeService.Format.JSON);
        }
        BadRows.execute(file, "UPDATE comparison SET document = 'garbage' WHERE name = 'All three'");
        BadRows.execute(file, "UPDATE compare_scenario SET document = 'garbage'");
        BadRows.execute(file, "UPDATE profile SET md_county_rate = 'three percent'");
        List<String> spoiled = rawRows();

        try (Services services = Services.open(file)) {
            var batch = services.exchange().read(export, ProgressListener.NONE, () -> false);
            services.exchange().importBatch(batch, new ImportTarget(1, false), DuplicateChoice.KEEP_BOTH,
                    ProgressListener.NONE, () -> false);

            assertThat(BadRows.text(file, "SELECT group_concat(name, '|') FROM (SELECT name FROM comparison "
                    + "ORDER BY name)")).isEqualTo("All three|All three (imported)");
        }
        List<String> after = rawRows();
        assertThat(Map.of("comparison kept", after.get(2).startsWith("garbage|"), "scenario", after.get(3),
                "profile", after.get(5))).isEqualTo(Map.of("comparison kept", true, "scenario", spoiled.get(3),
                "profile", spoiled.get(5)));
    }
}
