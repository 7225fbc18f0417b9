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
 * client, so deleting one is a soft delete that Undo reverses; the data goes only when purged.
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
}
