package com.counteroffer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Market datasets a coach loaded to replace the built-in one. The file's text is kept whole, so
 * the replacement survives the original file being moved or deleted.
 */
public final class MarketDatasetRepository {

    /** A stored dataset file and where it came from. */
    public record StoredDataset(long id, String name, int year, String origin, String content, String loadedAt) {
    }

    private final Database database;
    private final Clock clock;

    public MarketDatasetRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public CompletableFuture<Optional<StoredDataset>> active() {
        return database.submit(MarketDatasetRepository::findActive);
    }

    /** Stores a validated dataset and makes it the active one, in one transaction. */
    public CompletableFuture<StoredDataset> activate(String name, int year, String origin, String content) {
        String loadedAt = clock.instant().toString();
        return database.transaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE market_dataset SET active = 0");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO market_dataset(name, year, origin, content, loaded_at, active) VALUES (?, ?, ?, ?, ?, 1)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, name);
                insert.setInt(2, year);
                insert.setString(3, origin);
                insert.setString(4, content);
                insert.setString(5, loadedAt);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return new StoredDataset(keys.getLong(1), name, year, origin, content, loadedAt);
                }
            }
        });
    }

    /** Goes back to the built-in dataset; loaded ones stay stored. */
    public CompletableFuture<Void> useBuiltIn() {
        return database.submit(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE market_dataset SET active = 0");
            }
            return null;
        });
    }

    static Optional<StoredDataset> findActive(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT id, name, year, origin, content, loaded_at FROM market_dataset WHERE active = 1 "
                             + "ORDER BY id DESC LIMIT 1")) {
            if (!row.next()) {
                return Optional.empty();
            }
            return Optional.of(new StoredDataset(row.getLong(1), row.getString(2), row.getInt(3), row.getString(4),
                    row.getString(5), row.getString(6)));
        }
    }
}
