package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.data.ExportJson;
import com.counteroffer.domain.exchange.ImportBatch;
import com.counteroffer.domain.input.ImportException;
import com.counteroffer.domain.input.ImportProblem;
import com.counteroffer.data.ImportReader;
import com.counteroffer.data.OfferJson;
import com.counteroffer.domain.ProgressListener;
import com.counteroffer.domain.compare.DecisionMatrix;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.negotiation.Lever;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.negotiation.NegotiationWorkspace.ChecklistItem;
import com.counteroffer.domain.negotiation.PlanSettings;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.domain.profile.Education;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.TaxSettings;
import com.counteroffer.domain.profile.UsState;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.exchange.DuplicateChoice;
import com.counteroffer.domain.exchange.ImportOutcome;
import com.counteroffer.domain.exchange.ImportTarget;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client holding everything the app keeps, exported as {@code counteroffer.export/2} and imported
 * into a fresh database, gives back every table row for row. The comparison reads the schema, so a
 * column added later that the export does not carry makes this test fail.
 */
class ExportRoundTripTest {

    private static final Clock THEN = Clock.fixed(Instant.parse("2026-02-03T09:00:00Z"), ZoneOffset.UTC);
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-02-10T17:30:05.250Z"), ZoneOffset.UTC);
    /** Imports run months later, so a date or time taken from the clock instead of the file shows. */
    private static final Clock IMPORT = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    private static final ImportTarget ME = new ImportTarget(1, false);
    private static final String CLIENT = "Ana Pereira";

    /** Kept by the database only to keep its own books: when a row was made or last changed. */
    private static final Set<String> BOOKKEEPING = Set.of("created_at", "updated_at", "applied_at", "loaded_at");
    /** Columns the fixture leaves empty on purpose: state an export does not carry (deleted or archived data). */
    private static final Set<String> LEFT_EMPTY = Set.of("client.archived_at", "client.deleted_at", "offer.deleted_at",
            "session_note.deleted_at");
    /** Tables that are not a client's data. */
    private static final Set<String> NOT_CLIENT_DATA = Set.of("schema_history", "market_dataset");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    @TempDir
    Path folder;
    private Database source;

    @BeforeEach
    void fill() throws Exception {
        source = Database.open(folder.resolve("source.db"));
        long ana = new ClientRepository(source, THEN).add(CLIENT).join().id();

        new ProfileRepository(source, THEN).save(ana, new Profile(Level.SENIOR, 9,
                List.of("Led the payments platform rewrite", "Ran the on-call rotation"), "seattle", UsState.MD,
                Education.PHD, "big_tech", Set.of("distributed_systems", "mlops"), 240_000L, 30_000L, 90_000L,
                150_000L, new MarketAssumptions(new MarketAssumptions.Factor(new BigDecimal("1.10"), "Seattle pays more"),
                        new MarketAssumptions.Factor(new BigDecimal("0.95"), "Enterprise sector"),
                        new MarketAssumptions.Factor(new BigDecimal("1.05"), "PhD in systems"), Set.of("ai_skills")),
                new TaxSettings(FilingStatus.MARRIED_JOINT, false, new BigDecimal("0.0320"), 23_000,
                        new com.counteroffer.domain.tax.Household(120_000, 52, 5_000, 8_000,
                                com.counteroffer.domain.tax.HsaCoverage.FAMILY, 9_500), "montgomery"))).join();

        OfferRepository offers = new OfferRepository(source, THEN);
        Offer bigTech = sample("sample-bigtech-amazon.json");
        long first = offers.add(ana, bigTech).join();
        offers.recordRound(ana, first, raised(bigTech, 40_000), LocalDate.of(2026, 2, 5), ProposedBy.CANDIDATE,
                "My counter", "asked for 40k more, citing the competing offer", false).join();
        offers.recordRound(ana, first, raised(bigTech, 25_000), LocalDate.of(2026, 2, 8), ProposedBy.CANDIDATE,
                "Met halfway", "", false).join();
        offers.markAgreed(ana, first, 3).join();
        long second = offers.add(ana, sample("sample-ai-startup.json")).join();

        new NegotiationRepository(source, THEN).save(ana, first, NegotiationWorkspace.fresh(LocalDate.of(2026, 2, 20),
                        LocalDate.of(2026, 2, 3))
                .withSettings(new PlanSettings(new BigDecimal("0.60"), new BigDecimal("0.15"),
                        EnumSet.of(Lever.BASE, Lever.SIGN_ON, Lever.START_DATE)))
                .withWalkAway(new BigDecimal("255000"))
                .withTalkingPoints(List.of("Two years of on-call leadership", "A competing offer at 280k"))
                .withNames("Ana", "Jordan Lee")
                .withChecklist(List.of(new ChecklistItem("Ask for the decision deadline", LocalDate.of(2026, 2, 4), true),
                        new ChecklistItem("Send the counter", null, false)))).join();

        new ComparisonRepository(source, THEN).save(ana, new SavedComparison("Final two", List.of(second, first), 5,
                new BigDecimal("0.08"), Map.of(second, new BigDecimal("0.30"), first, new BigDecimal("-0.05")), 18,
                first, new DecisionMatrix(List.of(
                        new DecisionMatrix.Factor("Team", 4, Map.of(Long.toString(first), 5, Long.toString(second), 3)),
                        new DecisionMatrix.Factor("Commute", 2, Map.of(Long.toString(second), 4)))),
                ValuationBasis.SCENARIOS)).join();
        new ScenarioRepository(source, THEN).save(ana, new SavedComparison(ScenarioRepository.NAME,
                List.of(first, second), 6, new BigDecimal("0.12"), Map.of(second, new BigDecimal("0.50")), 24, second,
                new DecisionMatrix(List.of(new DecisionMatrix.Factor("Mission", 5, Map.of(Long.toString(second), 5)))),
                ValuationBasis.PREFERRED)).join();

        SessionNoteRepository notes = new SessionNoteRepository(source, THEN);
        long firstNote = notes.add(ana, "First session: wants remote, open to Seattle").join().id();
        notes.pin(ana, firstNote, true).join();
        long secondNote = new SessionNoteRepository(source, LATER).add(ana, "Counter sent; waiting on the recruiter")
                .join().id();
        new SessionNoteRepository(source, LATER).edit(ana, secondNote, "Counter sent; the recruiter answers Friday")
                .join();

        ActionItemRepository items = new ActionItemRepository(source, THEN);
        items.add(ana, "Ask for the refresh policy in writing", LocalDate.of(2026, 2, 12)).join();
        long done = items.add(ana, "List three competing offers", null).join().id();
        new ActionItemRepository(source, LATER).markDone(ana, done, true).join();
    }

    @AfterEach
    void close() {
        source.close();
    }

    @Test
    void everyTableComesBackRowForRowInAFreshDatabase() throws Exception {
        String json = export(source);
        Map<String, List<String>> before = snapshot(source);
        assertFixtureFillsEveryColumn(source);

        try (Database fresh = Database.open(folder.resolve("fresh.db"))) {
            ImportOutcome outcome = new DataExchange(fresh, IMPORT).importBatch(batch(json), ME, DuplicateChoice.SKIP,
                    ProgressListener.NONE, () -> false).join();

            assertSameTables(snapshot(fresh), before);
            assertThat(outcome.summary(batch(json))).isEqualTo("Imported 2 offers, 4 rounds, 1 negotiation workspace,"
                    + " 1 comparison, 1 compare scenario, 2 notes, 1 profile; new clients: Ana Pereira from file.json"
                    + " (counteroffer.export/2).");
            assertThat(sorted(JSON.readTree(export(fresh)))).as("exported again, the file says the same")
                    .isEqualTo(sorted(JSON.readTree(json)));
        }
    }

    @Test
    void importingTheSameFileTwiceWithSkipAddsNothingTheSecondTime() throws Exception {
        String json = export(source);
        try (Database fresh = Database.open(folder.resolve("twice.db"))) {
            DataExchange exchange = new DataExchange(fresh, IMPORT);
            exchange.importBatch(batch(json), ME, DuplicateChoice.SKIP, ProgressListener.NONE, () -> false).join();
            Map<String, List<String>> once = snapshot(fresh);

            assertThat(exchange.duplicates(batch(json), ME).join()).hasSize(2);
            ImportOutcome again = exchange.importBatch(batch(json), ME, DuplicateChoice.SKIP, ProgressListener.NONE,
                    () -> false).join();

            assertSameTables(snapshot(fresh), once);
            assertThat(again.summary(batch(json))).isEqualTo("Imported 0 offers, skipped 2 already saved, 0 rounds,"
                    + " 0 negotiation workspaces, 0 comparisons, 0 notes; kept the profile already saved for Ana Pereira;"
                    + " kept the compare scenario already saved for Ana Pereira from file.json (counteroffer.export/2).");
        }
    }

    @Test
    void replaceGivesTheSavedOffersTheFilesRoundsAndWorkspace() throws Exception {
        String json = export(source);
        Map<String, List<String>> exported = snapshot(source);
        long ana = new ClientRepository(source, THEN).byName(CLIENT).join().orElseThrow().id();
        OfferRepository offers = new OfferRepository(source, THEN);
        long first = offers.list(ana).join().get(0).id();
        offers.recordRound(ana, first, raised(offers.get(ana, first).join().orElseThrow().offer(), 1_000),
                LocalDate.of(2026, 3, 1), ProposedBy.EMPLOYER, "Final offer", "", false).join();
        NegotiationRepository workspaces = new NegotiationRepository(source, THEN);
        workspaces.save(ana, first, workspaces.load(ana, first).join().orElseThrow().withTalkingPoints(null)).join();

        ImportOutcome outcome = new DataExchange(source, IMPORT).importBatch(batch(json), ME, DuplicateChoice.REPLACE,
                ProgressListener.NONE, () -> false).join();

        assertThat(outcome.replaced()).isEqualTo(2);
        assertSameTables(snapshot(source), exported);
    }

    @Test
    void keepBothCopiesTheOffersWithTheirRoundsAndWorkspace() throws Exception {
        String json = export(source);
        long ana = new ClientRepository(source, THEN).byName(CLIENT).join().orElseThrow().id();

        new DataExchange(source, IMPORT).importBatch(batch(json), ME, DuplicateChoice.KEEP_BOTH, ProgressListener.NONE,
                () -> false).join();

        OfferRepository offers = new OfferRepository(source, THEN);
        var saved = offers.list(ana).join();
        assertThat(saved).hasSize(4);
        assertThat(offers.rounds(ana, saved.get(2).id()).join())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "offerId")
                .containsExactlyElementsOf(offers.rounds(ana, saved.get(0).id()).join());
        NegotiationRepository workspaces = new NegotiationRepository(source, THEN);
        assertThat(workspaces.load(ana, saved.get(2).id()).join()).isEqualTo(workspaces.load(ana, saved.get(0).id()).join());
        assertThat(new ComparisonRepository(source, THEN).list(ana).join()).extracting(SavedComparison::name)
                .containsExactly("Final two", "Final two (imported)");
    }

    @Test
    void aBadRoundOrABadWorkspaceImportsNothingAndSaysWhere() throws Exception {
        String json = export(source);
        String badRound = edit(json, offer -> {
            ObjectNode round = (ObjectNode) offer.get("rounds").get(1);
            round.put("proposed_by", "recruiter");
            round.put("dat", "2026-02-05");
        });
        String badWorkspace = edit(json, offer -> ((ObjectNode) offer.get("negotiation")).put("target_position", 1.5));

        try (Database fresh = Database.open(folder.resolve("bad.db"))) {
            Map<String, List<String>> empty = snapshot(fresh);

            assertThatThrownBy(() -> batch(badRound)).isInstanceOfSatisfying(ImportException.class, e ->
                    assertThat(e.problems()).extracting(ImportProblem::describe).containsExactly(
                            "clients[1].offers[0], rounds[1].dat: unknown key; did you mean \"date\"? If not, remove it;"
                                    + " the keys here are number, date, proposed_by, label, note, agreed, terms",
                            "clients[1].offers[0], rounds[1].proposed_by: expected employer or candidate, found"
                                    + " \"recruiter\" (who put these terms on the table)"));
            assertThatThrownBy(() -> batch(badWorkspace)).isInstanceOfSatisfying(ImportException.class, e ->
                    assertThat(e.problems()).extracting(ImportProblem::row, ImportProblem::field).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("clients[1].offers[0]", "negotiation.target_position")));
            assertSameTables(snapshot(fresh), empty);
        }
    }

    @Test
    void aFileOfTheFirstVersionStillImportsOffersAndComparisons() throws Exception {
        String json = export(source);
        ObjectNode root = (ObjectNode) JSON.readTree(json);
        root.put("format", ExportJson.FORMAT_1);
        for (JsonNode client : root.get("clients")) {
            ObjectNode node = (ObjectNode) client;
            node.remove(List.of("profile", "scenario", "notes", "action_items"));
            List<JsonNode> bare = new ArrayList<>();
            node.get("offers").forEach(offer -> bare.add(offer.get("terms")));
            node.putArray("offers").addAll(bare);
        }

        try (Database fresh = Database.open(folder.resolve("first.db"))) {
            ImportBatch batch = batch(JSON.writeValueAsString(root));
            ImportOutcome outcome = new DataExchange(fresh, IMPORT).importBatch(batch, ME, DuplicateChoice.SKIP,
                    ProgressListener.NONE, () -> false).join();

            assertThat(outcome.summary(batch)).isEqualTo("Imported 2 offers, 1 comparison; new clients: Ana Pereira"
                    + " from file.json (counteroffer.export/1).");
            long ana = new ClientRepository(fresh, IMPORT).byName(CLIENT).join().orElseThrow().id();
            OfferRepository offers = new OfferRepository(fresh, IMPORT);
            long first = offers.list(ana).join().get(0).id();
            assertThat(offers.rounds(ana, first).join()).singleElement().satisfies(round -> {
                assertThat(round.label()).isEqualTo("Initial offer");
                assertThat(round.date()).isEqualTo(LocalDate.of(2026, 12, 1));
            });
            assertThat(new ComparisonRepository(fresh, IMPORT).list(ana).join().get(0).referenceId()).isEqualTo(first);
        }
    }

    // ---------------------------------------------------------------- the table comparison

    /**
     * Every table's rows as text, sorted: surrogate ids and bookkeeping times left out, ids of
     * clients and offers replaced by their names, JSON documents compared by content (and a
     * comparison's offers by name).
     */
    private static Map<String, List<String>> snapshot(Database database) throws Exception {
        return database.submit(ExportRoundTripTest::snapshot).join();
    }

    private static Map<String, List<String>> snapshot(Connection connection) throws SQLException {
        Names names = names(connection);
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : tables(connection)) {
            List<String> columns = columns(connection, table);
            Map<String, String> references = references(connection, table);
            List<String> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
                while (result.next()) {
                    StringBuilder row = new StringBuilder();
                    for (String column : columns) {
                        if (skipped(column)) {
                            continue;
                        }
                        String value = result.getString(column);
                        String target = references.get(column);
                        if (value != null && "client".equals(target) || value != null && "profile".equals(target)) {
                            value = "client " + names.clients().get(Long.parseLong(value));
                        } else if (value != null && "offer".equals(target)) {
                            value = "offer " + names.offers().get(Long.parseLong(value));
                        } else if (value != null && value.startsWith("{")) {
                            value = document(value, names);
                        } else if (target != null) {
                            throw new AssertionError(table + "." + column + " refers to " + target
                                    + ", which this comparison does not know how to name; teach it");
                        }
                        row.append(column).append('=').append(value).append(" | ");
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            tables.put(table, rows);
        }
        return tables;
    }

    /** Table by table, so a failure names the tables that differ and shows only their rows. */
    private static void assertSameTables(Map<String, List<String>> actual, Map<String, List<String>> expected) {
        assertThat(actual.keySet()).as("tables").containsExactlyElementsOf(expected.keySet());
        SoftAssertions tables = new SoftAssertions();
        expected.forEach((table, rows) -> tables.assertThat(actual.get(table)).as("rows of " + table)
                .containsExactlyElementsOf(rows));
        tables.assertAll();
    }

    private static boolean skipped(String column) {
        return column.equals("id") || BOOKKEEPING.contains(column);
    }

    /** The fixture fills every column of the client's tables, so a new column with no export support shows. */
    private static void assertFixtureFillsEveryColumn(Database database) {
        database.submit(connection -> {
            for (String table : tables(connection)) {
                if (NOT_CLIENT_DATA.contains(table)) {
                    continue;
                }
                for (String column : columns(connection, table)) {
                    if (skipped(column) || LEFT_EMPTY.contains(table + "." + column)) {
                        continue;
                    }
                    try (Statement statement = connection.createStatement();
                         ResultSet count = statement.executeQuery("SELECT count(" + column + ") FROM " + table)) {
                        count.next();
                        assertThat(count.getInt(1)).as("the fixture fills %s.%s; give it a value so the round trip "
                                + "checks it travels", table, column).isPositive();
                    }
                }
            }
            return null;
        }).join();
    }

    private record Names(Map<Long, String> clients, Map<Long, String> offers, Map<Long, Long> offerRanks) {
    }

    /** Clients by name; offers as "client / company / current?"; and each offer's rank in that naming's order. */
    private static Names names(Connection connection) throws SQLException {
        Map<Long, String> clients = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, name FROM client")) {
            while (rows.next()) {
                clients.put(rows.getLong(1), rows.getString(2));
            }
        }
        Map<Long, String> offers = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, client_id, company, is_current FROM offer")) {
            while (rows.next()) {
                String name = clients.get(rows.getLong(2)) + " / " + rows.getString(3) + " / " + rows.getInt(4);
                assertThat(offers.values()).as("offers are told apart by name").doesNotContain(name);
                offers.put(rows.getLong(1), name);
            }
        }
        List<String> order = offers.values().stream().sorted().toList();
        Map<Long, Long> ranks = new HashMap<>();
        offers.forEach((id, name) -> ranks.put(id, (long) order.indexOf(name)));
        return new Names(clients, offers, ranks);
    }

    /** A JSON document by content, keys sorted; a comparison's offer ids replaced by the offers' ranks. */
    private static String document(String text, Names names) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node.has("offer_ids")) {
                node = JSON.readTree(com.counteroffer.data.ComparisonJson.write(
                        com.counteroffer.data.ComparisonJson.read(text).withOfferKeys(names.offerRanks())));
            }
            return sorted(node).toString();
        } catch (Exception e) {
            throw new AssertionError("not a JSON document: " + text, e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                fields.put(entry.getKey(), sorted(entry.getValue()));
            }
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return node;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rows.next()) {
                columns.add(rows.getString("name"));
            }
        }
        return columns;
    }

    /** Column → the table it refers to, from the schema's foreign keys. */
    private static Map<String, String> references(Connection connection, String table) throws SQLException {
        Map<String, String> references = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA foreign_key_list(" + table + ")")) {
            while (rows.next()) {
                references.put(rows.getString("from"), rows.getString("table"));
            }
        }
        return references;
    }

    // ---------------------------------------------------------------- helpers

    private static String export(Database database) {
        return ExportJson.write(new DataExchange(database, IMPORT).export(Optional.empty()).join());
    }

    private static ImportBatch batch(String json) {
        return ImportReader.read(json.getBytes(StandardCharsets.UTF_8), "file.json", ProgressListener.NONE, () -> false);
    }

    /** The file with the first offer of Ana (the second client; "Me" comes first) changed. */
    private static String edit(String json, Consumer<ObjectNode> change) throws Exception {
        JsonNode root = JSON.readTree(json);
        change.accept((ObjectNode) root.get("clients").get(1).get("offers").get(0));
        return JSON.writeValueAsString(root);
    }

    private static Offer sample(String name) throws Exception {
        return OfferJson.read(Files.readString(Path.of("assets", "sample-offers", name)), name);
    }

    private static Offer raised(Offer offer, long by) {
        ObjectNode tree = OfferJson.tree(offer);
        tree.put("base", offer.base() + by);
        return OfferJson.fromTree(tree, "raised");
    }
}
