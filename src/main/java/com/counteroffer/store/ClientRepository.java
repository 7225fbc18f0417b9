package com.counteroffer.store;

import com.counteroffer.domain.client.BadClientNameException;

import com.counteroffer.domain.client.Client;

import com.counteroffer.domain.client.ClientName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The clients of a coach (a job seeker has just the one, "Me"). Every other table hangs off a
 * client, so deleting one is a soft delete that Undo reverses; {@link #erase} then removes every
 * row of it and compacts the file, so nothing of the client is left in it.
 */
public final class ClientRepository {


    private final Database database;
    private final Clock clock;

    public ClientRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Every client not deleted, archived ones last, by name. */
    public CompletableFuture<List<Client>> list() {
        return database.submit(connection -> {
            List<Client> clients = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id, name, archived_at IS NOT NULL FROM client "
                         + "WHERE deleted_at IS NULL ORDER BY archived_at IS NOT NULL, name COLLATE NOCASE")) {
                while (rows.next()) {
                    clients.add(new Client(rows.getLong(1), rows.getString(2), rows.getBoolean(3)));
                }
            }
            return clients;
        });
    }

    public CompletableFuture<Optional<Client>> byName(String name) {
        return database.submit(connection -> byName(connection, name));
    }

    public CompletableFuture<Optional<Client>> byId(long id) {
        return database.submit(connection -> byId(connection, id));
    }

    /** Inside other store work: the client not deleted with that name, ignoring case. */
    static Optional<Client> byName(Connection connection, String name) throws SQLException {
        return find(connection, "SELECT id, name, archived_at IS NOT NULL FROM client "
                + "WHERE deleted_at IS NULL AND name = ? COLLATE NOCASE", name.strip());
    }

    /** Inside other store work: the client not deleted with that id. */
    static Optional<Client> byId(Connection connection, long id) throws SQLException {
        return find(connection, "SELECT id, name, archived_at IS NOT NULL FROM client "
                + "WHERE deleted_at IS NULL AND id = ?", id);
    }

    /** Inside other store work: whether a deleted client (which Undo can bring back) has this name. */
    static boolean deletedNamed(Connection connection, String name) throws SQLException {
        return find(connection, "SELECT id, name, archived_at IS NOT NULL FROM client "
                + "WHERE deleted_at IS NOT NULL AND name = ? COLLATE NOCASE", name.strip()).isPresent();
    }

    public CompletableFuture<Client> add(String name) {
        String clean = validName(name);
        return database.transaction(connection -> insert(connection, clean, clock));
    }

    /**
     * Inside a transaction: the client of that name (ignoring case), added when there is none.
     *
     * @throws BadClientNameException for a name that can't be a client's, or that a recently deleted client had
     */
    static Client findOrAdd(Connection connection, String name, Clock clock) throws SQLException {
        String clean = validName(name);
        Optional<Client> found = byName(connection, clean);
        return found.isPresent() ? found.get() : insert(connection, clean, clock);
    }

    private static Client insert(Connection connection, String clean, Clock clock) throws SQLException {
        requireFree(connection, clean, -1);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO client(name, created_at) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, clean);
            insert.setString(2, clock.instant().toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Client(keys.getLong(1), clean, false);
            }
        }
    }

    public CompletableFuture<Void> rename(long id, String name) {
        String clean = validName(name);
        return database.transaction(connection -> {
            requireFree(connection, clean, id);
            update(connection, "UPDATE client SET name = ? WHERE id = ? AND deleted_at IS NULL", clean, id);
            return null;
        });
    }

    public CompletableFuture<Void> archive(long id, boolean archived) {
        return database.submit(connection -> {
            update(connection, "UPDATE client SET archived_at = ? WHERE id = ? AND deleted_at IS NULL",
                    archived ? clock.instant().toString() : null, id);
            return null;
        });
    }

    /** Hides the client and all its data; {@link #restore} brings them back. */
    public CompletableFuture<Void> delete(long id) {
        return database.submit(connection -> {
            update(connection, "UPDATE client SET deleted_at = ? WHERE id = ?", clock.instant().toString(), id);
            return null;
        });
    }

    public CompletableFuture<Void> restore(long id) {
        return database.submit(connection -> {
            update(connection, "UPDATE client SET deleted_at = ? WHERE id = ?", null, id);
            return null;
        });
    }

    /** Runs an update whose first parameter is a text (or null) and second the client id. */
    private static void update(Connection connection, String sql, String text, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, text);
            statement.setLong(2, id);
            statement.executeUpdate();
        }
    }

    private static Optional<Client> find(Connection connection, String sql, Object key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Client(row.getLong(1), row.getString(2), row.getBoolean(3)))
                        : Optional.empty();
            }
        }
    }

    private static void requireFree(Connection connection, String name, long exceptId) throws SQLException {
        // Names stay unique even among deleted clients, which Undo can bring back.
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT deleted_at IS NOT NULL FROM client WHERE name = ? COLLATE NOCASE AND id <> ?")) {
            select.setString(1, name);
            select.setLong(2, exceptId);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    throw new BadClientNameException(row.getBoolean(1)
                            ? "A recently deleted client was called \"" + name + "\"; choose another name."
                            : "There is already a client called \"" + name + "\"; choose another name.");
                }
            }
        }
    }

    static String validName(String name) {
        String problem = ClientName.problem(name);
        if (problem != null) {
            throw new BadClientNameException(problem);
        }
        return name.strip();
    }

    /** Clients deleted (hidden) whose Undo has passed: left over from an earlier run, to be erased. */
    public CompletableFuture<List<Client>> deleted() {
        return database.submit(connection -> {
            List<Client> clients = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id, name, archived_at IS NOT NULL FROM client "
                         + "WHERE deleted_at IS NOT NULL ORDER BY id")) {
                while (rows.next()) {
                    clients.add(new Client(rows.getLong(1), rows.getString(2), rows.getBoolean(3)));
                }
            }
            return clients;
        });
    }

    /**
     * Removes the client and every row that is its (whatever table holds a {@code client_id}, the
     * rounds of its offers too), then rebuilds the file ({@code VACUUM}) and empties the write-ahead
     * log into it ({@code wal_checkpoint(TRUNCATE)}), so neither free pages nor the log keep a trace.
     * Returns whether there was such a client. The default client can't be erased.
     */
    public CompletableFuture<Boolean> erase(long id) {
        if (id == 1) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("The default client can't be erased."));
        }
        return database.transaction(connection -> {
            try (PreparedStatement rounds = connection.prepareStatement(
                    "DELETE FROM offer_version WHERE offer_id IN (SELECT id FROM offer WHERE client_id = ?)")) {
                rounds.setLong(1, id);
                rounds.executeUpdate();
            }
            // Every table that names a client, found in the schema, so a table added later is not missed.
            for (String table : tablesWithClientId(connection)) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM \"" + table + "\" WHERE client_id = ?")) {
                    delete.setLong(1, id);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM client WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate() > 0;
            }
        }).thenCompose(erased -> database.submit(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM");
                try (ResultSet checkpoint = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                    checkpoint.next();
                }
            }
            return erased;
        }));
    }

    /** The tables with a {@code client_id} column, children before the tables they hang off. */
    private static List<String> tablesWithClientId(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT m.name FROM sqlite_schema m "
                     + "WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c "
                     + "WHERE c.name = 'client_id') ORDER BY m.name = 'profile', m.name = 'offer', m.name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
