package com.counteroffer.store;

import com.counteroffer.domain.UnreadableRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Reads every row the app shows of a client (offers, their rounds and workspaces, comparisons, the
 * scenario, the profile, notes) the way the screens and commands read them, to name the rows that
 * can't be read. Nothing is changed.
 */
public final class RowCheck {

    private final Database database;

    public RowCheck(Database database) {
        this.database = database;
    }

    /** The rows of one client, or of every client not deleted when {@code onlyClient} is empty, that can't be read. */
    public CompletableFuture<List<UnreadableRow>> unreadable(Optional<Long> onlyClient) {
        return database.submit(connection -> {
            List<UnreadableRow> unreadable = new ArrayList<>();
            for (long clientId : onlyClient.map(List::of).orElse(clients(connection))) {
                OfferRepository.list(connection, clientId, unreadable);
                OfferRepository.roundsByOffer(connection, clientId, unreadable);
                NegotiationRepository.forClient(connection, clientId, unreadable);
                ScenarioRepository.load(connection, clientId, unreadable);
                ComparisonRepository.list(connection, clientId, unreadable);
                ProfileRepository.find(connection, clientId, unreadable);
                SessionNoteRepository.all(connection, clientId, unreadable);
            }
            return unreadable;
        });
    }

    private static List<Long> clients(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM client WHERE deleted_at IS NULL ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
