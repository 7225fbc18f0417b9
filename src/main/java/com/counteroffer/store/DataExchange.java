package com.counteroffer.store;

import com.counteroffer.domain.exchange.DuplicateChoice;
import com.counteroffer.domain.exchange.ImportTarget;
import com.counteroffer.domain.exchange.Duplicate;
import com.counteroffer.domain.exchange.ImportOutcome;

import com.counteroffer.domain.client.Client;
import com.counteroffer.domain.offer.StoredOffer;

import com.counteroffer.domain.exchange.ClientBundle;
import com.counteroffer.domain.exchange.ClientBundle.Note;
import com.counteroffer.domain.exchange.ClientBundle.OfferEntry;
import com.counteroffer.domain.exchange.ClientBundle.Round;
import com.counteroffer.domain.exchange.ImportBatch;
import com.counteroffer.domain.input.ImportException;
import com.counteroffer.domain.input.ImportProblem;
import com.counteroffer.domain.ProgressListener;
import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferRound;
import com.counteroffer.domain.profile.Profile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * Moves whole clients out of the database (for export) and an import file's contents in: all of a
 * file in one transaction, so a failure, a cancel or a killed process leaves the data as it was.
 * A client travels with its profile, offers (with their rounds and negotiation workspaces), saved
 * comparisons, compare scenario and session notes; offer ids are remapped on the way in.
 */
public final class DataExchange {

    /** The tallies an import keeps as it goes. */
    private static final class Tally {
        int added;
        int replaced;
        int skipped;
        int comparisons;
        int rounds;
        int negotiations;
        int scenarios;
        int notes;
        int profiles;
        final List<String> newClients = new ArrayList<>();
        final List<String> keptProfiles = new ArrayList<>();
        final List<String> keptScenarios = new ArrayList<>();

        ImportOutcome outcome() {
            return new ImportOutcome(added, replaced, skipped, comparisons, newClients, rounds, negotiations, scenarios, notes,
                    profiles, keptProfiles, keptScenarios);
        }
    }

    private static final int PROGRESS_EVERY = 200;

    private final Database database;
    private final Clock clock;
    private final OfferRepository offers;

    public DataExchange(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.offers = new OfferRepository(database, clock);
    }

    // ---------------------------------------------------------------- export

    /** One client's data, or every client's (archived ones too) when {@code onlyClient} is empty. */
    public CompletableFuture<List<ClientBundle>> export(Optional<Long> onlyClient) {
        return database.submit(connection -> {
            List<ClientBundle> bundles = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, name FROM client "
                    + "WHERE deleted_at IS NULL AND (? IS NULL OR id = ?) ORDER BY id")) {
                select.setObject(1, onlyClient.orElse(null));
                select.setObject(2, onlyClient.orElse(null));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        bundles.add(bundle(connection, rows.getLong(1), rows.getString(2)));
                    }
                }
            }
            return bundles;
        });
    }

    /** The client's rows that can be read; the others are left out (RowCheck names them). */
    private static ClientBundle bundle(Connection connection, long clientId, String name) throws SQLException {
        List<UnreadableRow> leftOut = new ArrayList<>();
        Map<Long, Long> positions = new LinkedHashMap<>();
        Map<Long, List<OfferRound>> rounds = OfferRepository.roundsByOffer(connection, clientId, leftOut);
        Map<Long, NegotiationWorkspace> workspaces = NegotiationRepository.forClient(connection, clientId, leftOut);
        List<OfferEntry> entries = new ArrayList<>();
        for (StoredOffer stored : OfferRepository.list(connection, clientId, leftOut)) {
            positions.put(stored.id(), (long) entries.size());
            List<Round> history = rounds.getOrDefault(stored.id(), List.of()).stream()
                    .map(round -> new Round(round.number(), round.date(), round.proposedBy(), round.label(),
                            round.note(), round.agreed(), round.terms()))
                    .toList();
            entries.add(new OfferEntry(stored.offer(), history, workspaces.get(stored.id())));
        }
        List<SavedComparison> comparisons = new ArrayList<>();
        for (SavedComparison comparison : ComparisonRepository.list(connection, clientId, leftOut)) {
            SavedComparison byPosition = comparison.withOfferKeys(positions);
            if (!byPosition.offerIds().isEmpty()) {
                comparisons.add(byPosition);
            }
        }
        SavedComparison scenario = ScenarioRepository.load(connection, clientId, leftOut)
                .map(saved -> saved.withOfferKeys(positions)).orElse(null);
        Profile profile = ProfileRepository.find(connection, clientId, leftOut).orElse(null);
        List<Note> notes = SessionNoteRepository.all(connection, clientId, leftOut).stream()
                .map(note -> new Note(note.writtenAt(), note.text(), note.pinned(), note.editedAt())).toList();
        List<ClientBundle.Item> items = ActionItemRepository.all(connection, clientId).stream()
                .map(item -> new ClientBundle.Item(item.text(), item.due(), item.doneAt(), item.createdAt())).toList();
        return new ClientBundle(name, profile, entries, comparisons, scenario, notes, items);
    }

    // ---------------------------------------------------------------- import

    /** The offers in {@code batch} that match offers already saved, so the user can choose what to do. */
    public CompletableFuture<List<Duplicate>> duplicates(ImportBatch batch, ImportTarget target) {
        return database.submit(connection -> {
            List<Duplicate> found = new ArrayList<>();
            List<ImportProblem> problems = new ArrayList<>();
            Map<Long, Map<String, Long>> savedByClient = new HashMap<>();
            for (ClientBundle bundle : batch.clients()) {
                Optional<Client> client = existingClient(connection, bundle, target);
                if (client.isEmpty()) {
                    if (bundle.name() != null && !target.everything() && ClientRepository.deletedNamed(connection, bundle.name())) {
                        problems.add(new ImportProblem("client \"" + bundle.name() + "\"", "name", "a recently deleted "
                                + "client has this name; undo the deletion on the Clients screen, or rename the "
                                + "client in the file"));
                    }
                    continue;
                }
                Map<String, Long> saved = savedKeys(connection, client.get().id(), savedByClient);
                for (Offer offer : bundle.offers()) {
                    if (saved.containsKey(key(offer))) {
                        found.add(new Duplicate(client.get().name(), offer.company(), offer.title()));
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new ImportException(batch.origin(), problems);
            }
            return found;
        });
    }

    /**
     * Imports everything in {@code batch} in one transaction.
     *
     * @param cancelled asked every few hundred offers; when true, the import stops and nothing is saved
     *     (the future fails with a CancellationException)
     */
    public CompletableFuture<ImportOutcome> importBatch(ImportBatch batch, ImportTarget target, DuplicateChoice choice,
                                                  ProgressListener progress, BooleanSupplier cancelled) {
        return database.transaction(connection -> {
            int total = Math.max(1, batch.offerCount());
            int done = 0;
            Tally tally = new Tally();
            String now = clock.instant().toString();
            // What was saved before this import: the file's own offers never count as duplicates of
            // each other, even when two parts of it go to the same client (as the duplicates check said).
            Map<Long, Map<String, Long>> savedByClient = new HashMap<>();
            for (ClientBundle bundle : batch.clients()) {
                Client client = client(connection, bundle, target, tally.newClients);
                Map<String, Long> saved = savedKeys(connection, client.id(), savedByClient);
                Map<Long, Long> idsByPosition = new HashMap<>();
                for (int position = 0; position < bundle.entries().size(); position++) {
                    OfferEntry entry = bundle.entries().get(position);
                    Long existing = saved.get(key(entry.offer()));
                    long id;
                    if (existing != null && choice == DuplicateChoice.SKIP) {
                        id = existing; // and its rounds and workspace stay as saved
                        tally.skipped++;
                    } else if (existing != null && choice == DuplicateChoice.REPLACE) {
                        id = existing;
                        if (entry.rounds().isEmpty()) {
                            offers.correct(connection, id, entry.offer());
                        } else {
                            offers.replaceWithoutRounds(connection, id, entry.offer());
                            tally.rounds += addRounds(connection, id, entry);
                        }
                        tally.negotiations += saveNegotiation(connection, client.id(), id, entry, now);
                        tally.replaced++;
                    } else {
                        if (entry.rounds().isEmpty()) {
                            id = offers.insert(connection, client.id(), entry.offer());
                        } else {
                            id = offers.insertWithoutRounds(connection, client.id(), entry.offer());
                            tally.rounds += addRounds(connection, id, entry);
                        }
                        tally.negotiations += saveNegotiation(connection, client.id(), id, entry, now);
                        tally.added++;
                    }
                    idsByPosition.put((long) position, id);
                    if (++done % PROGRESS_EVERY == 0) {
                        if (cancelled.getAsBoolean()) {
                            throw new CancellationException("The import was cancelled; nothing was imported.");
                        }
                        progress.progress((double) done / total, "Saving offer " + done + " of " + batch.offerCount());
                    }
                }
                tally.comparisons += saveComparisons(connection, client.id(), bundle, idsByPosition, choice);
                saveScenario(connection, client, bundle, idsByPosition, now, tally);
                saveProfile(connection, client, bundle, now, tally);
                for (ClientBundle.Note note : bundle.notes()) {
                    if (SessionNoteRepository.addUnlessSaved(connection, client.id(), note.writtenAt(), note.text(),
                            note.pinned(), note.editedAt())) {
                        tally.notes++;
                    }
                }
                for (ClientBundle.Item item : bundle.actionItems()) {
                    ActionItemRepository.addUnlessSaved(connection, client.id(), new com.counteroffer.domain.client
                            .ActionItem(0, item.text(), item.due(), item.doneAt(), item.createdAt()));
                }
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("The import was cancelled; nothing was imported.");
            }
            progress.progress(1, "Saving");
            return tally.outcome();
        });
    }

    /** The file's rounds, exactly as it gives them; returns how many. */
    private static int addRounds(Connection connection, long offerId, OfferEntry entry) throws SQLException {
        for (Round round : entry.rounds()) {
            OfferRepository.addRound(connection, offerId, round.number(), round.date(), round.proposedBy(),
                    round.label(), round.note(), round.terms(), round.agreed());
        }
        return entry.rounds().size();
    }

    /** The file's workspace for the offer, replacing a saved one; an offer the file gives none keeps its own. */
    private static int saveNegotiation(Connection connection, long clientId, long offerId, OfferEntry entry,
                                       String now) throws SQLException {
        if (entry.negotiation() == null) {
            return 0;
        }
        NegotiationRepository.save(connection, clientId, offerId, entry.negotiation(), now);
        return 1;
    }

    /** The file's scenario when the client has none yet; a scenario already saved is the user's current work. */
    private static void saveScenario(Connection connection, Client client, ClientBundle bundle, Map<Long, Long> ids,
                                     String now, Tally tally) throws SQLException {
        if (bundle.scenario() == null) {
            return;
        }
        // One saved but unreadable is kept too: an import never writes over a row it can't read.
        if (ScenarioRepository.exists(connection, client.id())) {
            tally.keptScenarios.add(client.name());
            return;
        }
        ScenarioRepository.save(connection, client.id(), bundle.scenario().withOfferKeys(ids), now);
        tally.scenarios++;
    }

    /** The file's profile when the client has none; a saved profile is kept. */
    private static void saveProfile(Connection connection, Client client, ClientBundle bundle, String now, Tally tally)
            throws SQLException {
        if (bundle.profile() == null) {
            return;
        }
        if (ProfileRepository.exists(connection, client.id())) {
            tally.keptProfiles.add(client.name());
            return;
        }
        ProfileRepository.write(connection, client.id(), bundle.profile(), now);
        tally.profiles++;
    }

    private int saveComparisons(Connection connection, long clientId, ClientBundle bundle, Map<Long, Long> ids,
                                DuplicateChoice choice) throws SQLException {
        // Every saved name, readable or not: keep-both and skip never write over a row that can't be read.
        List<String> names = new ArrayList<>(ComparisonRepository.names(connection, clientId));
        int saved = 0;
        for (SavedComparison comparison : bundle.comparisons()) {
            SavedComparison mapped = comparison.withOfferKeys(ids);
            Optional<String> existing = names.stream().filter(known -> known.equalsIgnoreCase(comparison.name()))
                    .findFirst();
            if (existing.isPresent()) {
                if (choice == DuplicateChoice.SKIP) {
                    continue;
                }
                // Replace saves under the saved spelling (names are unique ignoring case on screen,
                // but the table's key is exact); keep both finds a free name.
                mapped = mapped.named(choice == DuplicateChoice.REPLACE ? existing.get() : freeName(names, mapped.name()));
            }
            ComparisonRepository.save(connection, clientId, mapped, clock.instant().toString());
            names.add(mapped.name());
            saved++;
        }
        return saved;
    }

    private static String freeName(List<String> taken, String name) {
        String candidate = name + " (imported)";
        for (int n = 2; containsIgnoringCase(taken, candidate); n++) {
            candidate = name + " (imported " + n + ")";
        }
        return candidate;
    }

    private static boolean containsIgnoringCase(List<String> names, String name) {
        return names.stream().anyMatch(known -> known.equalsIgnoreCase(name));
    }

    private Client client(Connection connection, ClientBundle bundle, ImportTarget target,
                                           List<String> newClients) throws SQLException {
        Optional<Client> existing = existingClient(connection, bundle, target);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (bundle.name() == null || target.everything()) {
            throw new IllegalStateException("The client to import into no longer exists; choose another.");
        }
        Client added = ClientRepository.findOrAdd(connection, bundle.name(), clock);
        newClients.add(added.name());
        return added;
    }

    private static Optional<Client> existingClient(Connection connection, ClientBundle bundle,
                                                                    ImportTarget target) throws SQLException {
        return bundle.name() == null || target.everything() ? ClientRepository.byId(connection, target.clientId())
                : ClientRepository.byName(connection, bundle.name());
    }

    private static Map<String, Long> savedKeys(Connection connection, long clientId,
                                               Map<Long, Map<String, Long>> cache) throws SQLException {
        Map<String, Long> keys = cache.get(clientId);
        if (keys == null) {
            keys = keys(OfferRepository.list(connection, clientId, new ArrayList<>()));
            cache.put(clientId, keys);
        }
        return keys;
    }

    private static Map<String, Long> keys(List<StoredOffer> saved) {
        Map<String, Long> keys = new HashMap<>();
        saved.forEach(stored -> keys.putIfAbsent(key(stored.offer()), stored.id()));
        return keys;
    }

    /** Offers are the same offer when company, title and current-job flag match, ignoring case and spaces. */
    private static String key(Offer offer) {
        return offer.company().strip().toLowerCase(Locale.ROOT) + "\n" + offer.title().strip().toLowerCase(Locale.ROOT)
                + "\n" + offer.current();
    }
}
