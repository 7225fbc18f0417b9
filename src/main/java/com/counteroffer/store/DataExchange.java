package com.counteroffer.store;

import com.counteroffer.domain.client.Client;
import com.counteroffer.domain.offer.StoredOffer;

import com.counteroffer.data.ClientBundle;
import com.counteroffer.data.ImportBatch;
import com.counteroffer.data.ImportException;
import com.counteroffer.data.ImportProblem;
import com.counteroffer.domain.ProgressListener;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.offer.Offer;
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
 */
public final class DataExchange {

    /** What to do with an imported offer that matches one already saved for the same client. */
    public enum DuplicateChoice { SKIP, REPLACE, KEEP_BOTH }

    /**
     * Where imported offers go.
     *
     * @param clientId the client for offers the file names no client for (or for all, with {@code everything})
     * @param everything true: every offer goes to {@code clientId}, whatever client the file names
     */
    public record Target(long clientId, boolean everything) {
    }

    /** An imported offer that matches a saved one: same company, title and current-job flag. */
    public record Duplicate(String client, String company, String title) {
        public String describe() {
            return company + (title.isEmpty() ? "" : " — " + title) + " (" + client + ")";
        }
    }

    /** What an import did. */
    public record Outcome(int added, int replaced, int skipped, int comparisons, List<String> newClients) {

        /** "Imported 3 offers, replaced 1, 2 comparisons; new clients: Ana from ana.json (counteroffer.export/1)." */
        public String summary(ImportBatch batch) {
            StringBuilder text = new StringBuilder("Imported ").append(ClientBundle.count(added, "offer"));
            if (replaced > 0) {
                text.append(", replaced ").append(replaced);
            }
            if (skipped > 0) {
                text.append(", skipped ").append(skipped).append(" already saved");
            }
            if (batch.comparisonCount() > 0) {
                text.append(", ").append(ClientBundle.count(comparisons, "comparison"));
            }
            if (!newClients.isEmpty()) {
                text.append("; new clients: ").append(String.join(", ", newClients));
            }
            return text.append(" from ").append(batch.origin()).append(" (").append(batch.format()).append(").")
                    .toString();
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

    private static ClientBundle bundle(Connection connection, long clientId, String name) throws SQLException {
        Map<Long, Long> positions = new LinkedHashMap<>();
        List<Offer> saved = new ArrayList<>();
        for (StoredOffer stored : OfferRepository.list(connection, clientId)) {
            positions.put(stored.id(), (long) saved.size());
            saved.add(stored.offer());
        }
        List<SavedComparison> comparisons = new ArrayList<>();
        for (SavedComparison comparison : ComparisonRepository.list(connection, clientId)) {
            SavedComparison byPosition = comparison.withOfferKeys(positions);
            if (!byPosition.offerIds().isEmpty()) {
                comparisons.add(byPosition);
            }
        }
        return new ClientBundle(name, saved, comparisons);
    }

    // ---------------------------------------------------------------- import

    /** The offers in {@code batch} that match offers already saved, so the user can choose what to do. */
    public CompletableFuture<List<Duplicate>> duplicates(ImportBatch batch, Target target) {
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
    public CompletableFuture<Outcome> importBatch(ImportBatch batch, Target target, DuplicateChoice choice,
                                                  ProgressListener progress, BooleanSupplier cancelled) {
        return database.transaction(connection -> {
            int total = Math.max(1, batch.offerCount());
            int done = 0;
            int added = 0;
            int replaced = 0;
            int skipped = 0;
            int comparisons = 0;
            List<String> newClients = new ArrayList<>();
            // What was saved before this import: the file's own offers never count as duplicates of
            // each other, even when two parts of it go to the same client (as the duplicates check said).
            Map<Long, Map<String, Long>> savedByClient = new HashMap<>();
            for (ClientBundle bundle : batch.clients()) {
                Client client = client(connection, bundle, target, newClients);
                Map<String, Long> saved = savedKeys(connection, client.id(), savedByClient);
                Map<Long, Long> idsByPosition = new HashMap<>();
                for (int position = 0; position < bundle.offers().size(); position++) {
                    Offer offer = bundle.offers().get(position);
                    Long existing = saved.get(key(offer));
                    long id;
                    if (existing != null && choice == DuplicateChoice.SKIP) {
                        id = existing;
                        skipped++;
                    } else if (existing != null && choice == DuplicateChoice.REPLACE) {
                        offers.correct(connection, existing, offer);
                        id = existing;
                        replaced++;
                    } else {
                        id = offers.insert(connection, client.id(), offer);
                        added++;
                    }
                    idsByPosition.put((long) position, id);
                    if (++done % PROGRESS_EVERY == 0) {
                        if (cancelled.getAsBoolean()) {
                            throw new CancellationException("The import was cancelled; nothing was imported.");
                        }
                        progress.progress((double) done / total, "Saving offer " + done + " of " + batch.offerCount());
                    }
                }
                comparisons += saveComparisons(connection, client.id(), bundle, idsByPosition, choice);
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("The import was cancelled; nothing was imported.");
            }
            progress.progress(1, "Saving");
            return new Outcome(added, replaced, skipped, comparisons, newClients);
        });
    }

    private int saveComparisons(Connection connection, long clientId, ClientBundle bundle, Map<Long, Long> ids,
                                DuplicateChoice choice) throws SQLException {
        List<String> names = new ArrayList<>(ComparisonRepository.list(connection, clientId).stream()
                .map(SavedComparison::name).toList());
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

    private Client client(Connection connection, ClientBundle bundle, Target target,
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
                                                                    Target target) throws SQLException {
        return bundle.name() == null || target.everything() ? ClientRepository.byId(connection, target.clientId())
                : ClientRepository.byName(connection, bundle.name());
    }

    private static Map<String, Long> savedKeys(Connection connection, long clientId,
                                               Map<Long, Map<String, Long>> cache) throws SQLException {
        Map<String, Long> keys = cache.get(clientId);
        if (keys == null) {
            keys = keys(OfferRepository.list(connection, clientId));
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
