package com.counteroffer.store;

import com.counteroffer.data.ComparisonJson;
import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.compensation.CompensationEngine;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.input.GrowthRates;
import java.math.BigDecimal;
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

    /** The client's saved comparisons that can be read, by name; one that can't be is skipped (RowCheck names it). */
    public CompletableFuture<List<SavedComparison>> list(long clientId) {
        return database.submit(connection -> list(connection, clientId, new ArrayList<>()));
    }

    /**
     * Inside other store work: the client's saved comparisons by name. A row that can't be read is
     * skipped and added to {@code unreadable}.
     */
    static List<SavedComparison> list(Connection connection, long clientId, List<UnreadableRow> unreadable)
            throws SQLException {
        List<SavedComparison> saved = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name, document FROM comparison WHERE client_id = ? ORDER BY name")) {
            select.setLong(1, clientId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    try {
                        saved.add(read(rows.getString(3)));
                    } catch (RuntimeException e) {
                        unreadable.add(UnreadableRows.of(connection, UnreadableRow.Table.COMPARISON, rows.getLong(1),
                                clientId, null, "saved comparison \"" + rows.getString(2) + "\"", e));
                    }
                }
            }
        }
        return saved;
    }

    /** Inside other store work: the names the client's comparisons are saved under, readable or not. */
    static List<String> names(Connection connection, long clientId) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name FROM comparison WHERE client_id = ? ORDER BY name")) {
            select.setLong(1, clientId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    /**
     * A stored comparison document, refused when a value in it is one the app never saves (another
     * tool wrote it): computing with it would fail later, far from the row.
     */
    static SavedComparison read(String document) {
        SavedComparison comparison = ComparisonJson.read(document);
        if (comparison.years() < 1 || comparison.years() > ProjectionSettings.MAX_YEARS) {
            throw new IllegalArgumentException("years: expected 1 to " + ProjectionSettings.MAX_YEARS + ", found "
                    + comparison.years());
        }
        requireGrowth("growth", comparison.growth());
        comparison.offerGrowth().forEach((id, rate) -> requireGrowth("offer_growth." + id, rate));
        Integer leave = comparison.leaveMonth();
        if (leave != null && (leave < 1 || leave > CompensationEngine.MAX_LEAVE_MONTH)) {
            throw new IllegalArgumentException("leave_month: expected 1 to " + CompensationEngine.MAX_LEAVE_MONTH
                    + ", found " + leave);
        }
        return comparison;
    }

    private static void requireGrowth(String key, BigDecimal rate) {
        if (rate == null || !GrowthRates.inRange(rate)) {
            throw new IllegalArgumentException(key + ": expected a yearly growth from " + GrowthRates.LOWEST + " to "
                    + GrowthRates.HIGHEST + ", found " + rate);
        }
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
