package com.counteroffer.store;

import com.counteroffer.domain.exchange.Duplicate;

import com.counteroffer.domain.offer.StoredOffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.exchange.ClientBundle;
import com.counteroffer.data.ExportJson;
import com.counteroffer.domain.exchange.ImportBatch;
import com.counteroffer.data.ImportReader;
import com.counteroffer.data.OfferJson;
import com.counteroffer.domain.ProgressListener;
import com.counteroffer.domain.compare.DecisionMatrix;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.exchange.DuplicateChoice;
import com.counteroffer.domain.exchange.ImportOutcome;
import com.counteroffer.domain.exchange.ImportTarget;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole clients out and back in; duplicates handled as chosen; a cancelled import leaves nothing. */
class DataExchangeTest {

    private static final ImportTarget ME = new ImportTarget(1, false);

    @TempDir
    Path folder;
    private Database database;
    private DataExchange exchange;
    private OfferRepository offers;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("exchange.db"));
        exchange = new DataExchange(database, Clock.systemUTC());
        offers = new OfferRepository(database, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aClientWithComparisonsMovesToAnotherDatabaseWhole() throws Exception {
        List<Offer> samples = samples();
        List<Long> ids = new ArrayList<>();
        for (Offer offer : samples) {
            ids.add(offers.add(1, offer).join());
        }
        SavedComparison saved = new SavedComparison("Final two", List.of(ids.get(0), ids.get(2)), 5,
                new BigDecimal("0.10"), Map.of(ids.get(2), new BigDecimal("0.05")), null, ids.get(2),
                new DecisionMatrix(List.of(new DecisionMatrix.Factor("Team", 3, Map.of(Long.toString(ids.get(0)), 4)))));
        new ComparisonRepository(database, Clock.systemUTC()).save(1, saved).join();

        String json = ExportJson.write(exchange.export(Optional.empty()).join());

        try (Database other = Database.open(folder.resolve("other.db"))) {
            new ClientRepository(other, Clock.systemUTC()).add("Someone else").join();
            DataExchange there = new DataExchange(other, Clock.systemUTC());
            ImportOutcome outcome = there.importBatch(batch(json), ME, DuplicateChoice.KEEP_BOTH, ProgressListener.NONE,
                    () -> false).join();

            assertThat(outcome.added()).isEqualTo(3);
            assertThat(outcome.comparisons()).isEqualTo(1);
            List<StoredOffer> moved = new OfferRepository(other, Clock.systemUTC()).list(1).join();
            assertThat(moved).extracting(StoredOffer::offer).containsExactlyElementsOf(samples);
            SavedComparison arrived = new ComparisonRepository(other, Clock.systemUTC()).list(1).join().get(0);
            long first = moved.get(0).id();
            long third = moved.get(2).id();
            assertThat(arrived.offerIds()).containsExactly(first, third);
            assertThat(arrived.referenceId()).isEqualTo(third);
            assertThat(arrived.offerGrowth()).containsEntry(third, new BigDecimal("0.05"));
            assertThat(arrived.matrix().factors().get(0).scores()).containsEntry(Long.toString(first), 4);
        }
    }

    @Test
    void clientsNamedInTheFileAreAddedAndTheirOffersGoToThem() throws Exception {
        String json = ExportJson.write(List.of(new ClientBundle("Ana Pereira", samples(), List.of())));

        ImportOutcome outcome = exchange.importBatch(batch(json), ME, DuplicateChoice.SKIP, ProgressListener.NONE,
                () -> false).join();

        assertThat(outcome.newClients()).containsExactly("Ana Pereira");
        long ana = new ClientRepository(database, Clock.systemUTC()).byName("ana pereira").join().orElseThrow().id();
        assertThat(offers.list(ana).join()).hasSize(3);
        assertThat(offers.list(1).join()).isEmpty();
    }

    @Test
    void duplicatesAreFoundAndSkippedReplacedOrKeptAsChosen() throws Exception {
        Offer original = samples().get(0);
        long id = offers.add(1, original).join();
        Offer revised = raised(original, 10_000);
        ImportBatch unnamed = new ImportBatch("revised.json", "test", List.of(new ClientBundle(null, List.of(revised), List.of())));

        assertThat(exchange.duplicates(unnamed, ME).join()).extracting(Duplicate::company)
                .containsExactly(original.company());

        exchange.importBatch(unnamed, ME, DuplicateChoice.SKIP, ProgressListener.NONE, () -> false).join();
        assertThat(offers.list(1).join()).extracting(StoredOffer::offer).containsExactly(original);

        exchange.importBatch(unnamed, ME, DuplicateChoice.REPLACE, ProgressListener.NONE, () -> false).join();
        assertThat(offers.list(1).join()).extracting(StoredOffer::id, StoredOffer::offer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, revised));

        exchange.importBatch(unnamed, ME, DuplicateChoice.KEEP_BOTH, ProgressListener.NONE, () -> false).join();
        assertThat(offers.list(1).join()).hasSize(2);
    }

    @Test
    void aCancelledImportOfManyOffersSavesNothing() throws Exception {
        List<Offer> many = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            many.add(raised(samples().get(i % 3), i));
        }
        ImportBatch batch = new ImportBatch("many.csv", "test", List.of(new ClientBundle(null, many, List.of())));
        List<Double> seen = new ArrayList<>();

        assertThatThrownBy(() -> exchange.importBatch(batch, ME, DuplicateChoice.KEEP_BOTH,
                (fraction, step) -> seen.add(fraction), () -> !seen.isEmpty() && seen.get(seen.size() - 1) >= 0.4).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(CancellationException.class);

        assertThat(seen).isNotEmpty();
        assertThat(offers.list(1).join()).isEmpty();
        assertThat(exchange.importBatch(batch, ME, DuplicateChoice.KEEP_BOTH, ProgressListener.NONE, () -> false)
                .join().added()).isEqualTo(1_000);
    }

    @Test
    void aNameOnlyADeletedClientHadStopsTheWholeImport() throws Exception {
        ClientRepository clients = new ClientRepository(database, Clock.systemUTC());
        long gone = clients.add("Gone").join().id();
        clients.delete(gone).join();
        String json = ExportJson.write(List.of(new ClientBundle("Me", samples(), List.of()),
                new ClientBundle("Gone", samples(), List.of())));

        assertThatThrownBy(() -> exchange.duplicates(batch(json), ME).join())
                .hasCauseInstanceOf(com.counteroffer.domain.input.ImportException.class)
                .hasMessageContaining("client \"Gone\", name: a recently deleted client has this name");
        assertThatThrownBy(() -> exchange.importBatch(batch(json), ME, DuplicateChoice.KEEP_BOTH,
                ProgressListener.NONE, () -> false).join()).hasMessageContaining("recently deleted");
        assertThat(offers.list(1).join()).isEmpty();
    }

    @Test
    void replacingAComparisonKeepsItsSavedSpellingAndOffersMatchedTwiceAreComparedOnce() throws Exception {
        Offer saved = samples().get(0);
        long id = offers.add(1, saved).join();
        ComparisonRepository comparisons = new ComparisonRepository(database, Clock.systemUTC());
        comparisons.save(1, new SavedComparison("Final two", List.of(id), 4, BigDecimal.ZERO, Map.of(), null, null,
                null)).join();
        SavedComparison incoming = new SavedComparison("final TWO", List.of(0L, 1L), 6, BigDecimal.ZERO, Map.of(),
                null, null, null);
        ImportBatch batch = new ImportBatch("f.json", "test",
                List.of(new ClientBundle(null, List.of(saved, raised(saved, 5)), List.of(incoming))));

        exchange.importBatch(batch, ME, DuplicateChoice.REPLACE, ProgressListener.NONE, () -> false).join();

        List<SavedComparison> after = comparisons.list(1).join();
        assertThat(after).extracting(SavedComparison::name).containsExactly("Final two");
        assertThat(after.get(0).years()).isEqualTo(6);
        assertThat(after.get(0).offerIds()).containsExactly(id);
    }

    private static ImportBatch batch(String text) {
        return ImportReader.read(text.getBytes(StandardCharsets.UTF_8), "file.json", ProgressListener.NONE, () -> false);
    }

    private static Offer raised(Offer offer, long by) {
        var tree = OfferJson.tree(offer);
        tree.put("base", offer.base() + by);
        return OfferJson.fromTree(tree, "raised");
    }

    private static List<Offer> samples() throws Exception {
        List<Offer> samples = new ArrayList<>();
        for (String name : List.of("sample-ai-startup.json", "sample-bigtech-amazon.json", "sample-current-job.json")) {
            Path file = Path.of("assets", "sample-offers", name);
            samples.add(OfferJson.read(Files.readString(file), name));
        }
        return samples;
    }
}
