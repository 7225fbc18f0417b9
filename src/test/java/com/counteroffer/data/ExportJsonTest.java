package com.counteroffer.data;

import com.counteroffer.domain.exchange.ClientBundle;
import com.counteroffer.domain.exchange.ImportBatch;
import com.counteroffer.domain.input.ImportProblem;
import com.counteroffer.domain.input.ImportException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.exchange.ClientBundle.Note;
import com.counteroffer.domain.exchange.ClientBundle.OfferEntry;
import com.counteroffer.domain.exchange.ClientBundle.Round;
import com.counteroffer.domain.compare.DecisionMatrix;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.negotiation.Lever;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.negotiation.NegotiationWorkspace.ChecklistItem;
import com.counteroffer.domain.negotiation.PackageView;
import com.counteroffer.domain.negotiation.PlanSettings;
import com.counteroffer.domain.negotiation.PostedRange;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import com.counteroffer.domain.profile.Education;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.TaxSettings;
import com.counteroffer.domain.profile.UsState;
import com.counteroffer.domain.tax.FilingStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The {@code counteroffer.export/2} format: everything of a client written and read back, /1 still read, problems placed. */
class ExportJsonTest {

    @Test
    void aWholeClientReadsBackEqual() throws IOException {
        ClientBundle client = wholeClient();

        String json = ExportJson.write(List.of(client, new ClientBundle("Bo", List.of(), List.of())));
        ImportBatch batch = ImportReaderTest.read(json);

        assertThat(batch.format()).isEqualTo(ExportJson.FORMAT);
        assertThat(batch.clients().get(0)).isEqualTo(client);
        assertThat(batch.clients().get(1)).isEqualTo(new ClientBundle("Bo", List.of(), List.of()));
        JsonNode root = StrictJson.MAPPER.readTree(json);
        assertThat(root.fieldNames().next()).as("the format comes first").isEqualTo("format");
        assertThat(root.get("clients").get(0).get("offers").get(0).fieldNames()).toIterable()
                .containsExactly("terms", "rounds", "negotiation");
        assertThat(root.get("clients").get(1).get("profile").isNull()).isTrue();
        assertThat(batch.roundCount()).isEqualTo(3);
        assertThat(batch.noteCount()).isEqualTo(2);
        assertThat(ClientBundle.describe(batch.clients(), true)).isEqualTo("2 clients, 2 offers and 1 comparison, with"
                + " 3 rounds, 1 negotiation workspace, 1 compare scenario, 2 notes and 1 profile");
    }

    @Test
    void aFileOfTheFirstVersionStillReadsAndKeepsItsKeys() throws IOException {
        List<Offer> samples = ImportReaderTest.samples();
        ObjectNode root = StrictJson.MAPPER.createObjectNode();
        root.put("format", ExportJson.FORMAT_1);
        ObjectNode client = root.putArray("clients").addObject();
        client.put("name", "Ana");
        ArrayNode offers = client.putArray("offers");
        samples.forEach(offer -> offers.add(OfferJson.tree(offer)));
        client.putArray("comparisons").addObject().put("name", "Two").putArray("offer_ids").add(0).add(2);

        ImportBatch batch = ImportReaderTest.read(root.toString());

        assertThat(batch.format()).isEqualTo(ExportJson.FORMAT_1);
        assertThat(batch.clients()).containsExactly(new ClientBundle("Ana", samples, List.of(new SavedComparison("Two",
                List.of(0L, 2L), 4, BigDecimal.ZERO, Map.of(), null, null, DecisionMatrix.defaults()))));

        client.putArray("notes");
        assertThatThrownBy(() -> ImportReaderTest.read(root.toString())).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.problems()).extracting(ImportProblem::describe).containsExactly("clients[0], notes:"
                        + " unknown key; remove it; the keys here are name, offers, comparisons"));
    }

    @Test
    void offerTermsAreWrittenAsOfferVersionTwoAndTermsOfVersionOneStillImport() throws IOException {
        // The export's own keys did not change, so it stays export/2; each offer object names its version.
        Offer units = Offer.basic("Frontier Lab", 300_000).withTerms(300_000, List.of(), new RsuGrant(null, 8_000L,
                BigDecimal.valueOf(250), Vesting.of(VestingPreset.STANDARD), BigDecimal.valueOf(90), null,
                PrivateCompany.DEFAULTS));
        Offer plain = Offer.basic("Acme", 150_000);
        String json = ExportJson.write(List.of(new ClientBundle("Ana", List.of(units, plain), List.of())));
        JsonNode offers = StrictJson.MAPPER.readTree(json).get("clients").get(0).get("offers");
        assertThat(offers.findValuesAsText("format")).containsOnly(OfferJson.FORMAT);

        String older = edit(json, client -> {
            ObjectNode second = (ObjectNode) client.get("offers").get(1);
            ((ObjectNode) second.get("terms")).put("format", OfferJson.FORMAT_1);
        });
        assertThat(ImportReaderTest.read(older).clients().get(0).offers()).containsExactly(units, plain);
    }

    @Test
    void everyProblemIsListedWithItsPlaceAndKey() throws IOException {
        String json = edit(ExportJson.write(List.of(wholeClient())), client -> {
            client.set("note", client.remove("notes"));
            ((ObjectNode) client.get("profile")).put("level", "staff");
            ((ObjectNode) client.get("profile").get("tax_settings")).put("filing_status", "joint");
            ((ObjectNode) client.get("profile").get("market_assumptions").get("location_factor")).put("value", 3);
            ObjectNode offer = (ObjectNode) client.get("offers").get(0);
            ((ObjectNode) offer.get("rounds").get(1)).put("number", 1);
            ((ObjectNode) offer.get("rounds").get(2).get("terms")).put("base", -1);
            ((ObjectNode) offer.get("rounds").get(2)).put("date", "8 Feb 2026");
            ((ArrayNode) offer.get("negotiation").get("levers")).add("bonus");
            ((ObjectNode) offer.get("negotiation").get("checklist").get(0)).put("due", "tomorrow");
            ((ObjectNode) offer.get("negotiation")).put("walk_awya", 1);
            ((ObjectNode) offer.get("negotiation")).putObject("posted_range").put("min", 300000).put("max", 200000);
            ((ObjectNode) client.get("scenario")).put("reference_id", 1).putArray("offer_ids").add(0);
        });

        assertThatThrownBy(() -> ImportReaderTest.read(json)).isInstanceOfSatisfying(ImportException.class, e ->
                assertThat(e.problems()).extracting(ImportProblem::describe).containsExactly(
                        "clients[0], note: unknown key; did you mean \"notes\"? If not, remove it; the keys here are"
                                + " name, profile, offers, comparisons, scenario, notes, action_items",
                        "clients[0], profile.level: expected one of entry, mid, senior, principal, found \"staff\"",
                        "clients[0], profile.market_assumptions.location_factor.value: expected a multiplier from 0.50"
                                + " to 2.00 (1.10 = +10 %), found 3",
                        "clients[0], profile.tax_settings.filing_status: expected one of single, married_joint,"
                                + " head_of_household, found \"joint\"",
                        "clients[0].offers[0], rounds[1].number: expected a whole number above 1 (rounds are listed"
                                + " in order, from 1), found 1",
                        "clients[0].offers[0], rounds[2].date: expected a date as \"yyyy-MM-dd\", such as"
                                + " \"2026-03-01\", found \"8 Feb 2026\"",
                        "clients[0].offers[0], rounds[2].terms.base: expected a whole number of dollars, 0 or more,"
                                + " found -1",
                        "clients[0].offers[0], negotiation.walk_awya: unknown key; did you mean \"walk_away\"? If not,"
                                + " remove it; the keys here are target_position, anchor_margin, levers,"
                                + " usual_component_move, usual_total_move, package_view, posted_range, walk_away,"
                                + " talking_points, my_name, recruiter, checklist",
                        "clients[0].offers[0], negotiation.levers[3]: expected one of base, equity, sign_on, level,"
                                + " start_date, remote, relocation, found \"bonus\"",
                        "clients[0].offers[0], negotiation.posted_range.max: must not be below min (300000), found"
                                + " 200000; swap or fix them",
                        "clients[0].offers[0], negotiation.checklist[0].due: expected a date as \"yyyy-MM-dd\", such"
                                + " as \"2026-03-01\", or null, found \"tomorrow\"",
                        "clients[0].scenario, reference_id: offer 1 is not one of the compared offers"));
    }

    @Test
    void roundsAndWorkspaceMayBeLeftOutAndNotesNeedTimeAndText() throws IOException {
        String json = edit(ExportJson.write(List.of(wholeClient())), client -> {
            ObjectNode offer = (ObjectNode) client.get("offers").get(0);
            offer.remove("rounds");
            offer.remove("negotiation");
            ((ObjectNode) client.get("notes").get(0)).put("written_at", "2026-02-03 09:00");
            ((ObjectNode) client.get("notes").get(1)).put("text", " ");
        });

        assertThatThrownBy(() -> ImportReaderTest.read(json)).isInstanceOfSatisfying(ImportException.class, e ->
                assertThat(e.problems()).extracting(ImportProblem::row, ImportProblem::field).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("clients[0].notes[0]", "written_at"),
                        org.assertj.core.groups.Tuple.tuple("clients[0].notes[1]", "text")));

        String fine = edit(json, client -> client.remove("notes"));
        OfferEntry entry = ImportReaderTest.read(fine).clients().get(0).entries().get(0);
        assertThat(entry.rounds()).isEmpty();
        assertThat(entry.negotiation()).isNull();
    }

    @Test
    void theStoresWorkspaceDocumentSharesTheKeysAndReadsTheFirstVersionsDocuments() {
        NegotiationWorkspace workspace = workspace();

        String document = NegotiationJson.write(workspace);

        assertThat(document).startsWith("{\"format\":\"counteroffer.negotiation/1\",\"target_position\":0.60,");
        assertThat(NegotiationJson.read(document)).isEqualTo(workspace);
        String older = "{\"format\":\"counteroffer.negotiation/1\",\"target_position\":0.75,\"anchor_margin\":0.1,"
                + "\"levers\":[\"base\"],\"my_name\":\"\",\"recruiter\":\"\",\"checklist\":[]}";
        NegotiationWorkspace read = NegotiationJson.read(older);
        assertThat(read.walkAwayOverride()).isNull();
        assertThat(read.talkingPoints()).isNull();
        assertThat(read.settings().levers()).containsExactly(Lever.BASE);
        assertThatThrownBy(() -> NegotiationJson.read("{\"format\":\"counteroffer.negotiation/1\",\"levers\":3}"))
                .hasMessageContaining("damaged negotiation document: levers: expected a list of levers");
        // Found in review: a walk-away of 1e30 was accepted and then crashed the plan on screen.
        assertThatThrownBy(() -> NegotiationJson.read("{\"format\":\"counteroffer.negotiation/1\",\"walk_away\":1e30}"))
                .hasMessageContaining("walk_away: expected your walk-away point in dollars, 0 to 10000000, or null");
        assertThatThrownBy(() -> NegotiationJson.read("{\"format\":\"counteroffer.negotiation/1\","
                + "\"posted_range\":{\"min\":1,\"max\":99000000000}}")).hasMessageContaining("posted_range: expected");
    }

    // ---------------------------------------------------------------- fixtures

    private static ClientBundle wholeClient() throws IOException {
        List<Offer> samples = ImportReaderTest.samples();
        Offer first = samples.get(0);
        Profile profile = new Profile(Level.SENIOR, 7, List.of("Led the data platform", ""), "sf", UsState.NY,
                Education.MS, "ai_startup", Set.of("mlops", "distributed_systems"), 210_000L, null, 60_000L, 0L,
                new MarketAssumptions(new MarketAssumptions.Factor(new BigDecimal("1.10"), "Bay Area"), null, null,
                        Set.of("ai_skills", "hybrid_skills")),
                new TaxSettings(FilingStatus.HEAD_OF_HOUSEHOLD, true, null, 12_000));
        List<Round> rounds = new ArrayList<>(List.of(
                new Round(1, LocalDate.of(2026, 2, 1), ProposedBy.EMPLOYER, "Initial offer", "", false, first),
                new Round(2, LocalDate.of(2026, 2, 5), ProposedBy.CANDIDATE, "My counter", "cited the other offer",
                        false, samples.get(1)),
                new Round(3, LocalDate.of(2026, 2, 8), ProposedBy.CANDIDATE, "Met halfway", "", true, first)));
        SavedComparison comparison = new SavedComparison("Both", List.of(1L, 0L), 5, new BigDecimal("0.10"),
                Map.of(1L, new BigDecimal("-0.20")), 12, 1L,
                new DecisionMatrix(List.of(new DecisionMatrix.Factor("Team", 3, Map.of("0", 4, "1", 2)))));
        SavedComparison scenario = new SavedComparison(ExportJson.SCENARIO_NAME, List.of(0L, 1L), 3, BigDecimal.ZERO,
                Map.of(), null, 0L, new DecisionMatrix(List.of()));
        return new ClientBundle("Ana", profile, List.of(new OfferEntry(first, rounds, workspace()),
                OfferEntry.of(samples.get(1))), List.of(comparison), scenario,
                List.of(new Note(Instant.parse("2026-02-03T09:00:00Z"), "First session"),
                        new Note(Instant.parse("2026-02-10T17:30:05.250Z"), "Counter sent\nwaiting")));
    }

    private static NegotiationWorkspace workspace() {
        return new NegotiationWorkspace(new PlanSettings(new BigDecimal("0.60"), new BigDecimal("0.15"),
                EnumSet.of(Lever.BASE, Lever.EQUITY, Lever.REMOTE), new BigDecimal("0.12"), new BigDecimal("0.20"),
                PackageView.FIRST_YEAR), new BigDecimal("230000"),
                List.of("Two competing offers", ""), "Ana", "Jordan",
                List.of(new ChecklistItem("Ask for the deadline", LocalDate.of(2026, 2, 4), true),
                        new ChecklistItem("Send the counter", null, false)), new PostedRange(240_000, 280_000));
    }

    private static String edit(String json, Consumer<ObjectNode> change) throws IOException {
        JsonNode root = StrictJson.MAPPER.readTree(json);
        change.accept((ObjectNode) root.get("clients").get(0));
        return root.toString();
    }
}
