package com.counteroffer.store;

import com.counteroffer.data.NegotiationJson;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The negotiation workspace of each offer, kept as one {@code counteroffer.negotiation/1} document
 * (written and read by {@link NegotiationJson}, which exports share).
 */
public final class NegotiationRepository {

    private final Database database;
    private final Clock clock;

    public NegotiationRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public CompletableFuture<Optional<NegotiationWorkspace>> load(long clientId, long offerId) {
        return database.submit(connection -> load(connection, clientId, offerId));
    }

    /** Inside other store work: the offer's workspace, if one was ever saved. */
    static Optional<NegotiationWorkspace> load(Connection connection, long clientId, long offerId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT document FROM negotiation WHERE client_id = ? AND offer_id = ?")) {
            select.setLong(1, clientId);
            select.setLong(2, offerId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(NegotiationJson.read(row.getString(1))) : Optional.empty();
            }
        }
    }

    /** Inside other store work: the workspaces of the client's offers, by offer id. */
    static Map<Long, NegotiationWorkspace> forClient(Connection connection, long clientId) throws SQLException {
        Map<Long, NegotiationWorkspace> workspaces = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT offer_id, document FROM negotiation WHERE client_id = ? ORDER BY offer_id")) {
            select.setLong(1, clientId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    workspaces.put(rows.getLong(1), NegotiationJson.read(rows.getString(2)));
                }
            }
        }
        return workspaces;
    }

    public CompletableFuture<Void> save(long clientId, long offerId, NegotiationWorkspace workspace) {
        String document = NegotiationJson.write(workspace);
        String now = clock.instant().toString();
        return database.submit(connection -> {
            save(connection, clientId, offerId, document, now);
            return null;
        });
    }

    /** Inside other store work: saves (or replaces) the offer's workspace. */
    static void save(Connection connection, long clientId, long offerId, NegotiationWorkspace workspace, String now)
            throws SQLException {
        save(connection, clientId, offerId, NegotiationJson.write(workspace), now);
    }

    private static void save(Connection connection, long clientId, long offerId, String document, String now)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO negotiation(client_id, offer_id, document, updated_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT(client_id, offer_id) DO UPDATE SET document = excluded.document, "
                        + "updated_at = excluded.updated_at")) {
            upsert.setLong(1, clientId);
            upsert.setLong(2, offerId);
            upsert.setString(3, document);
            upsert.setString(4, now);
            upsert.executeUpdate();
        }
    }
}
