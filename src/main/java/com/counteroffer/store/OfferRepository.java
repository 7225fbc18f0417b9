package com.counteroffer.store;

import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.domain.offer.OfferRound;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.domain.offer.NoSuchOfferException;

import com.counteroffer.data.OfferJson;
import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.OfferValidator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A client's offers and the terms of every negotiation round. Each offer is kept whole as a
 * {@code counteroffer.offer/2} document; every query is scoped to one client.
 */
public final class OfferRepository {

    /** How long a deleted offer is kept for Undo before it is removed for good. */
    static final Duration KEEP_DELETED = Duration.ofDays(30);

    private final Database database;
    private final Clock clock;

    public OfferRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The client's offers that can be read, oldest first; one that can't be is skipped (RowCheck names it). */
    public CompletableFuture<List<StoredOffer>> list(long clientId) {
        return database.submit(connection -> list(connection, clientId, new ArrayList<>()));
    }

    /** The client's offers that can be read, oldest first, and the rows that can't. */
    public CompletableFuture<RowsRead<StoredOffer>> read(long clientId) {
        return database.submit(connection -> {
            List<UnreadableRow> unreadable = new ArrayList<>();
            return new RowsRead<>(list(connection, clientId, unreadable), unreadable);
        });
    }

    /**
     * Inside other store work: the client's offers not deleted, oldest first. A row that can't be read
     * is skipped and added to {@code unreadable}.
     */
    static List<StoredOffer> list(Connection connection, long clientId, List<UnreadableRow> unreadable)
            throws SQLException {
        List<StoredOffer> offers = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, document, updated_at FROM offer WHERE client_id = ? AND deleted_at IS NULL ORDER BY id")) {
            select.setLong(1, clientId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    try {
                        offers.add(new StoredOffer(id, decode(rows.getString(2), id), rows.getString(3)));
                    } catch (RuntimeException e) {
                        unreadable.add(unreadableOffer(connection, clientId, id, e));
                    }
                }
            }
        }
        return offers;
    }

    /**
     * The offer, or empty when the client has none with that id.
     *
     * @throws StoreException of kind {@code UNREADABLE_ROW}, naming the row, when it is saved but can't be read
     */
    public CompletableFuture<Optional<StoredOffer>> get(long clientId, long offerId) {
        return database.submit(connection -> find(connection, clientId, offerId));
    }

    /** Saves a new offer with its initial round; returns its id. */
    public CompletableFuture<Long> add(long clientId, Offer offer) {
        return database.transaction(connection -> insert(connection, clientId, offer, today()));
    }

    /** Corrects an offer's terms (a typo, a missed field): the latest round is corrected with it. */
    public CompletableFuture<Void> update(long clientId, long offerId, Offer offer) {
        return database.transaction(connection -> {
            requireExists(connection, clientId, offerId);
            correct(connection, offerId, offer);
            return null;
        });
    }

    /**
     * Inside a transaction: the offer's terms become {@code offer}, and so does the round that set
     * them (the latest the employer proposed or the user marked agreed), never an ask.
     */
    void correct(Connection connection, long offerId, Offer offer) throws SQLException {
        String document = documentOf(offer);
        writeOffer(connection, offerId, offer, document);
        try (PreparedStatement latest = connection.prepareStatement(
                "UPDATE offer_version SET document = ? WHERE offer_id = ? AND number = "
                        + "(SELECT max(number) FROM offer_version WHERE offer_id = ? "
                        + "AND (proposed_by = 'employer' OR agreed = 1))")) {
            latest.setString(1, document);
            latest.setLong(2, offerId);
            latest.setLong(3, offerId);
            latest.executeUpdate();
        }
    }

    /**
     * Records a negotiation round. Terms the employer proposed (or an ask the user marks
     * {@code agreed}) become the offer's current terms; an ask of the user's joins the history only,
     * and the offer is then being negotiated.
     */
    public CompletableFuture<OfferRound> recordRound(long clientId, long offerId, Offer proposed, LocalDate date,
                                                     ProposedBy proposedBy, String label, String note, boolean agreed) {
        // A round means the offer is being negotiated, unless the terms say it ended (accepted, declined).
        Offer terms = proposed.status() == OfferStatus.RECEIVED ? proposed.withStatus(OfferStatus.NEGOTIATING) : proposed;
        return database.transaction(connection -> {
            Offer current = find(connection, clientId, offerId).orElseThrow(() -> new NoSuchOfferException(offerId))
                    .offer();
            String document = documentOf(terms);
            boolean setsTerms = proposedBy == ProposedBy.EMPLOYER || agreed;
            if (setsTerms) {
                writeOffer(connection, offerId, terms, document);
            } else if (current.status() == OfferStatus.RECEIVED) {
                Offer negotiating = current.withStatus(OfferStatus.NEGOTIATING);
                writeOffer(connection, offerId, negotiating, documentOf(negotiating));
            }
            int number;
            try (PreparedStatement next = connection.prepareStatement(
                    "SELECT coalesce(max(number), 0) + 1 FROM offer_version WHERE offer_id = ?")) {
                next.setLong(1, offerId);
                try (ResultSet row = next.executeQuery()) {
                    row.next();
                    number = row.getInt(1);
                }
            }
            long id = insertRound(connection, offerId, number, date, proposedBy, label, note, document, agreed);
            return new OfferRound(id, offerId, number, date, proposedBy, label, note, terms, agreed);
        });
    }

    /** The employer agreed to an ask: its terms become the offer's current terms. */
    public CompletableFuture<Void> markAgreed(long clientId, long offerId, int roundNumber) {
        return database.transaction(connection -> {
            requireExists(connection, clientId, offerId);
            String document;
            long roundId;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT document, id FROM offer_version WHERE offer_id = ? AND number = ?")) {
                select.setLong(1, offerId);
                select.setInt(2, roundNumber);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalArgumentException("Offer " + offerId + " has no round " + roundNumber + ".");
                    }
                    document = row.getString(1);
                    roundId = row.getLong(2);
                }
            }
            Offer terms;
            try {
                terms = decode(document, offerId);
            } catch (RuntimeException e) {
                throw UnreadableRows.refusal(UnreadableRows.of(connection, UnreadableRow.Table.ROUND, roundId, clientId,
                        offerId, "round " + roundNumber + " of offer " + offerId, e));
            }
            try (PreparedStatement mark = connection.prepareStatement(
                    "UPDATE offer_version SET agreed = 1 WHERE offer_id = ? AND number = ?")) {
                mark.setLong(1, offerId);
                mark.setInt(2, roundNumber);
                mark.executeUpdate();
            }
            writeOffer(connection, offerId, terms, document);
            return null;
        });
    }

    /** The offer's rounds that can be read, oldest first; one that can't be is skipped (RowCheck names it). */
    public CompletableFuture<List<OfferRound>> rounds(long clientId, long offerId) {
        return database.submit(connection -> {
            requireExists(connection, clientId, offerId);
            return roundsByOffer(connection, "v.offer_id = ?", offerId, new ArrayList<>())
                    .getOrDefault(offerId, List.of());
        });
    }

    /**
     * Inside other store work: the rounds of each of the client's offers (not deleted), oldest first.
     * A round that can't be read is skipped and added to {@code unreadable}.
     */
    static Map<Long, List<OfferRound>> roundsByOffer(Connection connection, long clientId,
                                                     List<UnreadableRow> unreadable) throws SQLException {
        return roundsByOffer(connection, "o.client_id = ? AND o.deleted_at IS NULL", clientId, unreadable);
    }

    private static Map<Long, List<OfferRound>> roundsByOffer(Connection connection, String where, long key,
                                                             List<UnreadableRow> unreadable) throws SQLException {
        Map<Long, List<OfferRound>> rounds = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT v.id, v.offer_id, v.number, v.round_date, v.proposed_by, v.label, v.note, v.document, "
                        + "v.agreed, o.client_id FROM offer_version v JOIN offer o ON o.id = v.offer_id "
                        + "WHERE " + where + " ORDER BY v.offer_id, v.number")) {
            select.setLong(1, key);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long offerId = rows.getLong(2);
                    try {
                        OfferRound round = new OfferRound(rows.getLong(1), offerId, rows.getInt(3),
                                roundDate(rows.getString(4)),
                                ProposedBy.valueOf(rows.getString(5).toUpperCase(java.util.Locale.ROOT)),
                                rows.getString(6), rows.getString(7), decode(rows.getString(8), offerId),
                                rows.getBoolean(9));
                        rounds.computeIfAbsent(offerId, id -> new ArrayList<>()).add(round);
                    } catch (RuntimeException e) {
                        unreadable.add(UnreadableRows.of(connection, UnreadableRow.Table.ROUND, rows.getLong(1),
                                rows.getLong(10), offerId, "round " + rows.getInt(3) + " of offer " + offerId, e));
                    }
                }
            }
        }
        return rounds;
    }

    /** Hides the offer; {@link #restore} brings it back with all its rounds. */
    public CompletableFuture<Void> delete(long clientId, long offerId) {
        return database.transaction(connection -> {
            requireExists(connection, clientId, offerId);
            try (PreparedStatement hide = connection.prepareStatement(
                    "UPDATE offer SET deleted_at = ? WHERE id = ? AND client_id = ?")) {
                hide.setString(1, clock.instant().toString());
                hide.setLong(2, offerId);
                hide.setLong(3, clientId);
                hide.executeUpdate();
            }
            return null;
        });
    }

    public CompletableFuture<Void> restore(long clientId, long offerId) {
        return database.submit(connection -> {
            try (PreparedStatement show = connection.prepareStatement(
                    "UPDATE offer SET deleted_at = NULL WHERE id = ? AND client_id = ?")) {
                show.setLong(1, offerId);
                show.setLong(2, clientId);
                if (show.executeUpdate() == 0) {
                    throw new SQLException("offer " + offerId + " no longer exists");
                }
            }
            return null;
        });
    }

    /** Removes offers deleted longer ago than {@link #KEEP_DELETED}; run at start, off the JavaFX thread. */
    public CompletableFuture<Integer> purgeDeleted() {
        return database.submit(connection -> {
            try (PreparedStatement purge = connection.prepareStatement(
                    "DELETE FROM offer WHERE deleted_at IS NOT NULL AND deleted_at < ?")) {
                purge.setString(1, clock.instant().minus(KEEP_DELETED).toString());
                return purge.executeUpdate();
            }
        });
    }

    /** Refuses an offer that could not be read back, so no writer can store one the app then cannot open. */
    private static String documentOf(Offer offer) {
        List<String> problems = OfferValidator.problems(offer);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The offer was not saved: " + String.join("; ", problems));
        }
        return OfferJson.write(offer);
    }

    /** Inside a transaction: saves a new offer with its initial round dated today; returns its id. */
    long insert(Connection connection, long clientId, Offer offer) throws SQLException {
        return insert(connection, clientId, offer, today());
    }

    private long insert(Connection connection, long clientId, Offer offer, LocalDate date) throws SQLException {
        String document = documentOf(offer);
        long id = insertOffer(connection, clientId, offer, document);
        insertRound(connection, id, 1, date, ProposedBy.EMPLOYER, offer.current() ? "Current terms" : "Initial offer",
                "", document, false);
        return id;
    }

    /**
     * Inside a transaction: saves a new offer with no round at all, for an import that gives the
     * offer's rounds ({@link #addRound}); returns its id.
     */
    long insertWithoutRounds(Connection connection, long clientId, Offer offer) throws SQLException {
        return insertOffer(connection, clientId, offer, documentOf(offer));
    }

    /**
     * Inside a transaction: the offer's terms become {@code offer} and its rounds are removed, for an
     * import that replaces them with the file's ({@link #addRound}).
     */
    void replaceWithoutRounds(Connection connection, long offerId, Offer offer) throws SQLException {
        writeOffer(connection, offerId, offer, documentOf(offer));
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM offer_version WHERE offer_id = ?")) {
            delete.setLong(1, offerId);
            delete.executeUpdate();
        }
    }

    /** Inside a transaction: adds a round exactly as given (an import's), leaving the offer's terms alone. */
    static void addRound(Connection connection, long offerId, int number, LocalDate date, ProposedBy proposedBy,
                         String label, String note, Offer terms, boolean agreed) throws SQLException {
        insertRound(connection, offerId, number, date, proposedBy, label, note, documentOf(terms), agreed);
    }

    private long insertOffer(Connection connection, long clientId, Offer offer, String document) throws SQLException {
        String now = clock.instant().toString();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO offer(client_id, company, status, deadline, is_current, document, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, clientId);
            insert.setString(2, offer.company());
            insert.setString(3, offer.status().id());
            insert.setString(4, offer.deadline() == null ? null : offer.deadline().toString());
            insert.setInt(5, offer.current() ? 1 : 0);
            insert.setString(6, document);
            insert.setString(7, now);
            insert.setString(8, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void writeOffer(Connection connection, long offerId, Offer offer, String document) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE offer SET company = ?, status = ?, deadline = ?, is_current = ?, document = ?, updated_at = ? "
                        + "WHERE id = ?")) {
            update.setString(1, offer.company());
            update.setString(2, offer.status().id());
            update.setString(3, offer.deadline() == null ? null : offer.deadline().toString());
            update.setInt(4, offer.current() ? 1 : 0);
            update.setString(5, document);
            update.setString(6, clock.instant().toString());
            update.setLong(7, offerId);
            update.executeUpdate();
        }
    }

    private static long insertRound(Connection connection, long offerId, int number, LocalDate date,
                                    ProposedBy proposedBy, String label, String note, String document,
                                    boolean agreed) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO offer_version(offer_id, number, round_date, proposed_by, label, note, document, agreed) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, offerId);
            insert.setInt(2, number);
            insert.setString(3, date.toString());
            insert.setString(4, proposedBy.id());
            insert.setString(5, label);
            insert.setString(6, note == null ? "" : note);
            insert.setString(7, document);
            insert.setInt(8, agreed ? 1 : 0);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The offer; a saved row that can't be read is refused with a StoreException naming it. */
    private static Optional<StoredOffer> find(Connection connection, long clientId, long offerId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT document, updated_at FROM offer WHERE id = ? AND client_id = ? AND deleted_at IS NULL")) {
            select.setLong(1, offerId);
            select.setLong(2, clientId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(new StoredOffer(offerId, decode(row.getString(1), offerId), row.getString(2)));
                } catch (RuntimeException e) {
                    throw UnreadableRows.refusal(unreadableOffer(connection, clientId, offerId, e));
                }
            }
        }
    }

    /** Whether the client has the offer, readable or not: an unreadable one can still be deleted. */
    private static void requireExists(Connection connection, long clientId, long offerId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM offer WHERE id = ? AND client_id = ? AND deleted_at IS NULL")) {
            select.setLong(1, offerId);
            select.setLong(2, clientId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NoSuchOfferException(offerId);
                }
            }
        }
    }

    private static UnreadableRow unreadableOffer(Connection connection, long clientId, long offerId,
                                                 RuntimeException failure) throws SQLException {
        return UnreadableRows.of(connection, UnreadableRow.Table.OFFER, offerId, clientId, offerId, "offer " + offerId,
                failure);
    }

    private static LocalDate roundDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("round_date: expected a date such as 2026-11-24, found \"" + text
                    + "\"");
        }
    }

    private static Offer decode(String document, long offerId) {
        return OfferJson.read(document, "offer " + offerId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
