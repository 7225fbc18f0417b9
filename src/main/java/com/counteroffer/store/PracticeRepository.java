package com.counteroffer.store;

import com.counteroffer.domain.client.Client;
import com.counteroffer.domain.market.Level;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** What a coach sees across clients: each client's facts for the list, and offers about to expire. */
public final class PracticeRepository {

    private final Database database;

    public PracticeRepository(Database database) {
        this.database = database;
    }

    /**
     * One client's facts: its level (empty without a profile), open offers (not the current job, not
     * deleted), the soonest deadline of an offer still received or negotiating on or after
     * {@code today}, and when its newest note was written.
     */
    public record ClientFacts(Client client, Optional<Level> level, int offerCount, Optional<LocalDate> nextDeadline,
                              Optional<Instant> lastNote) {
    }

    /** An offer still open whose deadline falls on a given day, with its client. */
    public record Deadline(Client client, long offerId, String company, LocalDate deadline) {
    }

    private static final String LIVE_OFFER = "o.deleted_at IS NULL AND o.is_current = 0";
    private static final String OPEN_OFFER = LIVE_OFFER + " AND o.status IN ('received', 'negotiating') "
            + "AND o.deadline IS NOT NULL";

    /** Every client not deleted, archived ones last, by name. */
    public CompletableFuture<List<ClientFacts>> facts(LocalDate today) {
        return database.submit(connection -> {
            List<ClientFacts> facts = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT c.id, c.name, c.archived_at IS NOT NULL, p.level, "
                            + "(SELECT count(*) FROM offer o WHERE o.client_id = c.id AND " + LIVE_OFFER + "), "
                            + "(SELECT min(o.deadline) FROM offer o WHERE o.client_id = c.id AND " + OPEN_OFFER
                            + " AND o.deadline >= ?), "
                            + "(SELECT max(n.written_at) FROM session_note n WHERE n.client_id = c.id "
                            + "AND n.deleted_at IS NULL) "
                            + "FROM client c LEFT JOIN profile p ON p.client_id = c.id WHERE c.deleted_at IS NULL "
                            + "ORDER BY c.archived_at IS NOT NULL, c.name COLLATE NOCASE")) {
                select.setString(1, today.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        facts.add(new ClientFacts(new Client(rows.getLong(1), rows.getString(2), rows.getBoolean(3)),
                                Level.fromId(rows.getString(4)), rows.getInt(5), date(rows.getString(6)),
                                instant(rows.getString(7))));
                    }
                }
            }
            return facts;
        });
    }

    /** Open offers of clients neither archived nor deleted with a deadline from {@code from} to {@code to}, soonest first. */
    public CompletableFuture<List<Deadline>> deadlines(LocalDate from, LocalDate to) {
        return database.submit(connection -> {
            List<Deadline> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT c.id, c.name, o.id, o.company, o.deadline FROM offer o JOIN client c ON c.id = o.client_id "
                            + "WHERE c.deleted_at IS NULL AND c.archived_at IS NULL AND " + OPEN_OFFER
                            + " AND o.deadline BETWEEN ? AND ? ORDER BY o.deadline, c.name COLLATE NOCASE, o.id")) {
                select.setString(1, from.toString());
                select.setString(2, to.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Optional<LocalDate> deadline = date(rows.getString(5));
                        if (deadline.isPresent()) {
                            found.add(new Deadline(new Client(rows.getLong(1), rows.getString(2), false),
                                    rows.getLong(3), rows.getString(4), deadline.get()));
                        }
                    }
                }
            }
            return found;
        });
    }

    /** A stored date, or none when absent or not a date (a damaged row is named by RowCheck, not here). */
    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.ofNullable(text).map(LocalDate::parse);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.ofNullable(text).map(Instant::parse);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
