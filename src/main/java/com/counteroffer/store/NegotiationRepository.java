package com.counteroffer.store;

import com.counteroffer.data.NegotiationJson;
import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** The offer's workspace, if one was saved and can be read (RowCheck names a row that can't be). */
    public CompletableFuture<Optional<NegotiationWorkspace>> load(long clientId, long offerId) {
        return database.submit(connection -> load(connection, clientId, offerId, new ArrayList<>()));
    }

    /** The offer's workspace, if one was saved and can be read, and the row when it can't. */
    public CompletableFuture<RowsRead<NegotiationWorkspace>> read(long clientId, long offerId) {
        return database.submit(connection -> {
            List<UnreadableRow> unreadable = new ArrayList<>();
            Optional<NegotiationWorkspace> workspace = load(connection, clientId, offerId, unreadable);
            return new RowsRead<>(workspace.stream().toList(), unreadable);
        });
    }

    /**
     * Inside other store work: the offer's workspace, if one was ever saved. A row that can't be read
     * gives none and is added to {@code unreadable}.
     */
    static Optional<NegotiationWorkspace> load(Connection connection, long clientId, long offerId,
                                               List<UnreadableRow> unreadable) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT rowid, document FROM negotiation WHERE client_id = ? AND offer_id = ?")) {
            select.setLong(1, clientId);
            select.setLong(2, offerId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(NegotiationJson.read(row.getString(2)));
                } catch (RuntimeException e) {
                    unreadable.add(unreadableWorkspace(connection, row.getLong(1), clientId, offerId, e));
                    return Optional.empty();
                }
            }
        }
    }

    /**
     * Inside other store work: the workspaces of the client's offers (not deleted), by offer id. A row
     * that can't be read is skipped and added to {@code unreadable}.
     */
    static Map<Long, NegotiationWorkspace> forClient(Connection connection, long clientId,
                                                     List<UnreadableRow> unreadable) throws SQLException {
        Map<Long, NegotiationWorkspace> workspaces = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT n.rowid, n.offer_id, n.document FROM negotiation n JOIN offer o ON o.id = n.offer_id "
                        + "WHERE n.client_id = ? AND o.deleted_at IS NULL ORDER BY n.offer_id")) {
            select.setLong(1, clientId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long offerId = rows.getLong(2);
                    try {
                        workspaces.put(offerId, NegotiationJson.read(rows.getString(3)));
                    } catch (RuntimeException e) {
                        unreadable.add(unreadableWorkspace(connection, rows.getLong(1), clientId, offerId, e));
                    }
                }
            }
        }
        return workspaces;
    }

    private static UnreadableRow unreadableWorkspace(Connection connection, long rowId, long clientId, long offerId,
                                                     RuntimeException failure) throws SQLException {
        return UnreadableRows.of(connection, UnreadableRow.Table.NEGOTIATION, rowId, clientId, offerId,
                "negotiation workspace of offer " + offerId, failure);
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
