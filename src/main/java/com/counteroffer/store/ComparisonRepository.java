package com.counteroffer.store;

import com.counteroffer.data.ComparisonJson;
import com.counteroffer.domain.compare.SavedComparison;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A client's saved comparisons, each kept whole as a document under a unique name. */
public final class ComparisonRepository {

    private final Database database;
    private final Clock clock;

    public ComparisonRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public CompletableFuture<List<SavedComparison>> list(long clientId) {
        return database.submit(connection -> list(connection, clientId));
    }

    /** Inside other store work: the client's saved comparisons by name. */
    static List<SavedComparison> list(Connection connection, long clientId) throws SQLException {
        List<SavedComparison> saved = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT document FROM comparison WHERE client_id = ? ORDER BY name")) {
            select.setLong(1, clientId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    saved.add(ComparisonJson.read(rows.getString(1)));
                }
            }
        }
        return saved;
    }

    /** Saves under the comparison's name, replacing a saved one of the same name. */
    public CompletableFuture<Void> save(long clientId, SavedComparison comparison) {
        String now = clock.instant().toString();
        return database.transaction(connection -> {
            save(connection, clientId, comparison, now);
            return null;
        });
    }

    /** Inside a transaction: saves under the comparison's name, replacing a saved one of the same name. */
    static void save(Connection connection, long clientId, SavedComparison comparison, String now) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO comparison(client_id, name, document, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT(client_id, name) DO UPDATE SET document = excluded.document, "
                        + "updated_at = excluded.updated_at")) {
            upsert.setLong(1, clientId);
            upsert.setString(2, comparison.name());
            upsert.setString(3, ComparisonJson.write(comparison));
            upsert.setString(4, now);
            upsert.setString(5, now);
            upsert.executeUpdate();
        }
    }

    public CompletableFuture<Void> delete(long clientId, String name) {
        return database.submit(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM comparison WHERE client_id = ? AND name = ?")) {
                delete.setLong(1, clientId);
                delete.setString(2, name);
                delete.executeUpdate();
            }
            return null;
        });
    }
}
