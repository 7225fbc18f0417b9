package com.counteroffer.store;

import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.domain.client.SessionNote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Dated notes a coach writes during a session, per client, newest first, searchable. */
public final class SessionNoteRepository {

    private final Database database;
    private final Clock clock;

    public SessionNoteRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * The client's notes containing {@code search} (any case), or all when it is blank. A row that
     * can't be read is skipped (RowCheck names it).
     */
    public CompletableFuture<List<SessionNote>> list(long clientId, String search) {
        String needle = search == null ? "" : search.strip();
        return database.submit(connection -> {
            List<SessionNote> notes = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, written_at, text FROM session_note WHERE client_id = ? "
                            + "AND (? = '' OR instr(lower(text), lower(?)) > 0) ORDER BY written_at DESC, id DESC")) {
                select.setLong(1, clientId);
                select.setString(2, needle);
                select.setString(3, needle);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        read(connection, clientId, rows).ifPresent(notes::add);
                    }
                }
            }
            return notes;
        });
    }

    /**
     * Inside other store work: all the client's notes, oldest first. A row that can't be read is
     * skipped and added to {@code unreadable}.
     */
    static List<SessionNote> all(Connection connection, long clientId, List<UnreadableRow> unreadable)
            throws SQLException {
        List<SessionNote> notes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, written_at, text FROM session_note WHERE client_id = ? ORDER BY written_at, id")) {
            select.setLong(1, clientId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    try {
                        notes.add(note(rows));
                    } catch (RuntimeException e) {
                        unreadable.add(unreadableNote(connection, clientId, rows.getLong(1), e));
                    }
                }
            }
        }
        return notes;
    }

    /** The note on the current row, or none when it can't be read (RowCheck names it). */
    private static Optional<SessionNote> read(Connection connection, long clientId, ResultSet rows)
            throws SQLException {
        try {
            return Optional.of(note(rows));
        } catch (RuntimeException e) {
            unreadableNote(connection, clientId, rows.getLong(1), e);
            return Optional.empty();
        }
    }

    /** Columns id, written_at, text. */
    private static SessionNote note(ResultSet rows) throws SQLException {
        String writtenAt = rows.getString(2);
        try {
            return new SessionNote(rows.getLong(1), Instant.parse(writtenAt), rows.getString(3));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("written_at: expected a time such as 2026-11-24T10:00:00Z, found \""
                    + writtenAt + "\"");
        }
    }

    private static UnreadableRow unreadableNote(Connection connection, long clientId, long id, RuntimeException failure)
            throws SQLException {
        return UnreadableRows.of(connection, UnreadableRow.Table.NOTE, id, clientId, null, "session note " + id,
                failure);
    }

    /**
     * Inside a transaction: adds a note written at {@code writtenAt} (an import's), unless the client
     * already has one with the same time and text; returns whether it was added.
     */
    static boolean addUnlessSaved(Connection connection, long clientId, Instant writtenAt, String text)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM session_note WHERE client_id = ? AND written_at = ? AND text = ?")) {
            select.setLong(1, clientId);
            select.setString(2, writtenAt.toString());
            select.setString(3, text);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO session_note(client_id, written_at, text) VALUES (?, ?, ?)")) {
            insert.setLong(1, clientId);
            insert.setString(2, writtenAt.toString());
            insert.setString(3, text);
            insert.executeUpdate();
        }
        return true;
    }

    /** Files the note exactly as written (as an import files it); a blank one is refused. */
    public CompletableFuture<SessionNote> add(long clientId, String text) {
        String kept = text == null ? "" : text;
        if (kept.isBlank()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Write the note first."));
        }
        Instant now = clock.instant();
        return database.submit(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO session_note(client_id, written_at, text) VALUES (?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, clientId);
                insert.setString(2, now.toString());
                insert.setString(3, kept);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return new SessionNote(keys.getLong(1), now, kept);
                }
            }
        });
    }
}
