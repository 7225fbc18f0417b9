package com.counteroffer.store;

import com.counteroffer.domain.client.ActionItem;
import com.counteroffer.domain.client.Client;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A client's action items (homework): open ones first, by due date (none last), then as written. */
public final class ActionItemRepository {

    private static final String COLUMNS = "id, text, due, done_at, created_at";
    private static final String ORDER = " ORDER BY done_at IS NOT NULL, due IS NULL, due, created_at, id";

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            ActionItemRepository.class.getName());

    private final Database database;
    private final Clock clock;

    public ActionItemRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** An open item that is overdue, with its client. */
    public record Overdue(Client client, ActionItem item) {
    }

    public CompletableFuture<List<ActionItem>> list(long clientId) {
        return database.submit(connection -> all(connection, clientId));
    }

    /** Inside other store work: the client's items, open first. */
    static List<ActionItem> all(Connection connection, long clientId) throws SQLException {
        List<ActionItem> items = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM action_item WHERE client_id = ?" + ORDER)) {
            select.setLong(1, clientId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    readable(rows, 1).ifPresent(items::add);
                }
            }
        }
        return items;
    }

    /** Open items due before {@code today}, of clients neither archived nor deleted, oldest due first. */
    public CompletableFuture<List<Overdue>> overdue(LocalDate today) {
        return database.submit(connection -> {
            List<Overdue> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT c.id, c.name, a.id, a.text, a.due, a.done_at, a.created_at "
                            + "FROM action_item a JOIN client c ON c.id = a.client_id "
                            + "WHERE c.deleted_at IS NULL AND c.archived_at IS NULL AND a.done_at IS NULL "
                            + "AND a.due IS NOT NULL AND a.due < ? ORDER BY a.due, c.name COLLATE NOCASE, a.id")) {
                select.setString(1, today.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Client client = new Client(rows.getLong(1), rows.getString(2), false);
                        readable(rows, 3).ifPresent(item -> found.add(new Overdue(client, item)));
                    }
                }
            }
            return found;
        });
    }

    /** The item on the current row, or none (logged) when a date in it can't be read: one bad row hides no other. */
    private static java.util.Optional<ActionItem> readable(ResultSet rows, int first) throws SQLException {
        try {
            return java.util.Optional.of(item(rows, first));
        } catch (java.time.format.DateTimeParseException | NullPointerException e) {
            LOG.warning("Skipped action item " + rows.getLong(first) + ", which can't be read: " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** Columns id, text, due, done_at, created_at from {@code first}. */
    private static ActionItem item(ResultSet rows, int first) throws SQLException {
        String due = rows.getString(first + 2);
        String doneAt = rows.getString(first + 3);
        return new ActionItem(rows.getLong(first), rows.getString(first + 1), due == null ? null : LocalDate.parse(due),
                doneAt == null ? null : Instant.parse(doneAt), Instant.parse(rows.getString(first + 4)));
    }

    public CompletableFuture<ActionItem> add(long clientId, String text, LocalDate due) {
        Instant now = clock.instant();
        return database.submit(connection -> add(connection, clientId, text, due, null, now));
    }

    /** Inside other store work (an import too): files an item as given. */
    static ActionItem add(Connection connection, long clientId, String text, LocalDate due, Instant doneAt,
                          Instant createdAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO action_item(client_id, text, due, done_at, created_at) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, clientId);
            insert.setString(2, text);
            insert.setString(3, due == null ? null : due.toString());
            insert.setString(4, doneAt == null ? null : doneAt.toString());
            insert.setString(5, createdAt.toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new ActionItem(keys.getLong(1), text, due, doneAt, createdAt);
            }
        }
    }

    /** Inside a transaction: adds an imported item unless the client has one with the same text and time. */
    static boolean addUnlessSaved(Connection connection, long clientId, ActionItem item) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM action_item WHERE client_id = ? AND text = ? AND created_at = ?")) {
            select.setLong(1, clientId);
            select.setString(2, item.text());
            select.setString(3, item.createdAt().toString());
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    return false;
                }
            }
        }
        add(connection, clientId, item.text(), item.due(), item.doneAt(), item.createdAt());
        return true;
    }

    /** Replaces the text and due date; returns whether the item exists. */
    public CompletableFuture<Boolean> edit(long clientId, long itemId, String text, LocalDate due) {
        return database.submit(connection -> changed(connection,
                "UPDATE action_item SET text = ?, due = ? WHERE id = ? AND client_id = ?",
                text, due == null ? null : due.toString(), itemId, clientId));
    }

    public CompletableFuture<Boolean> markDone(long clientId, long itemId, boolean done) {
        String at = done ? clock.instant().toString() : null;
        return database.submit(connection -> changed(connection,
                "UPDATE action_item SET done_at = ? WHERE id = ? AND client_id = ?", at, itemId, clientId));
    }

    public CompletableFuture<Boolean> delete(long clientId, long itemId) {
        return database.submit(connection -> changed(connection,
                "DELETE FROM action_item WHERE id = ? AND client_id = ?", itemId, clientId));
    }

    private static boolean changed(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            return update.executeUpdate() > 0;
        }
    }
}
