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
import java.util.Locale;
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
     * The client's notes containing {@code search} anywhere in their text, in any case and script
     * ("ÄRGER" finds "ärger"), or all when it is blank; pinned first, then newest
     * first. Deleted notes waiting for their Undo window to end are left out. A row that can't be read
     * is skipped (RowCheck names it).
     */
    public CompletableFuture<List<SessionNote>> list(long clientId, String search) {
        String needle = fold(search == null ? "" : search.strip());
        return database.submit(connection -> {
            List<SessionNote> notes = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, written_at, text, pinned, edited_at FROM session_note WHERE client_id = ? "
                            + "AND deleted_at IS NULL ORDER BY pinned DESC, written_at DESC, id DESC")) {
                select.setLong(1, clientId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        // SQLite's lower() folds ASCII only, so the match is made here, on the whole text.
                        read(connection, clientId, rows).filter(note -> fold(note.text()).contains(needle))
                                .ifPresent(notes::add);
                    }
                }
            }
            return notes;
        });
    }

    /** Text compared without case, in any script. */
    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT);
    }

    /**
     * Inside other store work: all the client's notes, oldest first. A row that can't be read is
     * skipped and added to {@code unreadable}.
     */
    static List<SessionNote> all(Connection connection, long clientId, List<UnreadableRow> unreadable)
            throws SQLException {
        List<SessionNote> notes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, written_at, text, pinned, edited_at FROM session_note WHERE client_id = ? "
                        + "AND deleted_at IS NULL ORDER BY written_at, id")) {
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

    /** Columns id, written_at, text, pinned, edited_at. */
    private static SessionNote note(ResultSet rows) throws SQLException {
        String writtenAt = rows.getString(2);
        String editedAt = rows.getString(5);
        Instant written;
        Instant edited;
        try {
            written = Instant.parse(writtenAt);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("written_at: expected a time such as 2026-11-24T10:00:00Z, found \""
                    + writtenAt + "\"");
        }
        try {
            edited = editedAt == null ? null : Instant.parse(editedAt);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("edited_at: expected a time such as 2026-11-24T10:00:00Z, found \""
                    + editedAt + "\"");
        }
        return new SessionNote(rows.getLong(1), written, rows.getString(3), rows.getBoolean(4), edited);
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
    static boolean addUnlessSaved(Connection connection, long clientId, Instant writtenAt, String text,
                                  boolean pinned, Instant editedAt) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM session_note WHERE client_id = ? AND written_at = ? AND text = ? AND deleted_at IS NULL")) {
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
                "INSERT INTO session_note(client_id, written_at, text, pinned, edited_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, clientId);
            insert.setString(2, writtenAt.toString());
            insert.setString(3, text);
            insert.setInt(4, pinned ? 1 : 0);
            insert.setString(5, editedAt == null ? null : editedAt.toString());
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

    /** Replaces the note's text, keeping its time; says it was edited now. Returns whether the note exists. */
    public CompletableFuture<Boolean> edit(long clientId, long noteId, String text) {
        Instant now = clock.instant();
        return database.submit(connection -> changed(connection,
                "UPDATE session_note SET text = ?, edited_at = ? WHERE id = ? AND client_id = ? AND deleted_at IS NULL",
                text, now.toString(), noteId, clientId));
    }

    public CompletableFuture<Boolean> pin(long clientId, long noteId, boolean pinned) {
        return database.submit(connection -> changed(connection,
                "UPDATE session_note SET pinned = ? WHERE id = ? AND client_id = ? AND deleted_at IS NULL",
                pinned ? 1 : 0, noteId, clientId));
    }

    /**
     * Hides the note; {@link #restore} brings it back exactly (same id, time, text and pin). Notes
     * deleted before it, whose Undo has passed, are removed for good.
     */
    public CompletableFuture<Boolean> delete(long clientId, long noteId) {
        Instant now = clock.instant();
        return database.transaction(connection -> {
            purgeDeleted(connection);
            return changed(connection, "UPDATE session_note SET deleted_at = ? WHERE id = ? AND client_id = ? "
                    + "AND deleted_at IS NULL", now.toString(), noteId, clientId);
        });
    }

    public CompletableFuture<Boolean> restore(long clientId, long noteId) {
        return database.submit(connection -> changed(connection,
                "UPDATE session_note SET deleted_at = NULL WHERE id = ? AND client_id = ? AND deleted_at IS NOT NULL",
                noteId, clientId));
    }

    /** Removes for good every note deleted earlier (at start, and when another is deleted); returns how many. */
    public CompletableFuture<Integer> purgeDeleted() {
        return database.submit(SessionNoteRepository::purgeDeleted);
    }

    private static int purgeDeleted(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM session_note WHERE deleted_at IS NOT NULL")) {
            return delete.executeUpdate();
        }
    }

    private static boolean changed(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            return update.executeUpdate() > 0;
        }
    }
}
