package com.counteroffer.store;

import com.counteroffer.data.ComparisonJson;
import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.domain.compare.SavedComparison;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Each client's current comparison scenario (offers, horizon, growth, leave month, matrix): what
 * the Compare screen shows, kept as the user changes it, so the window, the command line and the
 * report start from the same scenario.
 */
public final class ScenarioRepository {

    /** The name the scenario document carries; it is never listed among the saved comparisons. */
    public static final String NAME = "current scenario";

    private final Database database;
    private final Clock clock;

    public ScenarioRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The client's scenario, if one was ever set and can be read (RowCheck names a row that can't be). */
    public CompletableFuture<Optional<SavedComparison>> load(long clientId) {
        return database.submit(connection -> load(connection, clientId, new ArrayList<>()));
    }

    /**
     * Inside other store work: the client's scenario, if one was ever set. A row that can't be read
     * gives none and is added to {@code unreadable}.
     */
    static Optional<SavedComparison> load(Connection connection, long clientId, List<UnreadableRow> unreadable)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT document FROM compare_scenario WHERE client_id = ?")) {
            select.setLong(1, clientId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(ComparisonRepository.read(row.getString(1)));
                } catch (RuntimeException e) {
                    // client_id is the table's rowid.
                    unreadable.add(UnreadableRows.of(connection, UnreadableRow.Table.SCENARIO, clientId, clientId, null,
                            "compare scenario", e));
                    return Optional.empty();
                }
            }
        }
    }

    /** Inside other store work: whether the client has a scenario saved, readable or not. */
    static boolean exists(Connection connection, long clientId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM compare_scenario WHERE client_id = ?")) {
            select.setLong(1, clientId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    public CompletableFuture<Void> save(long clientId, SavedComparison scenario) {
        String now = clock.instant().toString();
        return database.submit(connection -> {
            save(connection, clientId, scenario, now);
            return null;
        });
    }

    /** Inside other store work: replaces the client's scenario. */
    static void save(Connection connection, long clientId, SavedComparison scenario, String now) throws SQLException {
        SavedComparison named = scenario.named(NAME);
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO compare_scenario(client_id, document, updated_at) VALUES (?, ?, ?) "
                        + "ON CONFLICT(client_id) DO UPDATE SET document = excluded.document, "
                        + "updated_at = excluded.updated_at")) {
            upsert.setLong(1, clientId);
            upsert.setString(2, ComparisonJson.write(named));
            upsert.setString(3, now);
            upsert.executeUpdate();
        }
    }
}
