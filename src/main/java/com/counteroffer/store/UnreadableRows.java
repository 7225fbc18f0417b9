package com.counteroffer.store;

import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.domain.input.InputFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names a row that failed to turn back into what it stores, so a read can skip it and go on: one
 * bad row never makes the rest of the database unreadable, and it is never rewritten here.
 */
final class UnreadableRows {

    /** Long enough for a few field problems; a garbage document's parser message is cut here. */
    private static final int MAX_PROBLEM_LENGTH = 400;
    /**
     * A reader's "unknown key" problem (offers) or "unknown field" (the other formats), with its advice
     * for a file ("remove it") and its list of the keys it knows.
     */
    private static final Pattern UNKNOWN_KEY = Pattern.compile("([\\w.\\[\\]]+): unknown (?:key|field); "
            + "(?:did you mean \"[^\"]*\"\\? If not, remove it|remove it)(?:; the keys here are| or use one of) "
            + "\\w+(?:, \\w+)*");
    /** In the database, a key the reader doesn't know most likely comes from a newer version, not a typo. */
    private static final String NEWER_VERSION = "$1: a key this version does not know, perhaps added by a newer "
            + "version of Counteroffer (open the database with that version)";
    private static final Logger LOG = Logger.getLogger(UnreadableRows.class.getName());

    private UnreadableRows() {
    }

    /**
     * The row that failed with {@code failure}, named with the database, table, row and client. Logged
     * only at FINE: the command line names it on standard error once, the window in its notice.
     */
    static UnreadableRow of(Connection connection, UnreadableRow.Table table, long rowId, long clientId, Long offerId,
                            String what, RuntimeException failure) throws SQLException {
        UnreadableRow row = new UnreadableRow(databaseFile(connection), table, rowId, clientId,
                clientName(connection, clientId), offerId, what, problem(failure));
        LOG.fine(row::describe);
        return row;
    }

    /** For a read that asked for exactly this row: a storage problem naming it (exit code 3 on the command line). */
    static StoreException refusal(UnreadableRow row) {
        return new StoreException(StoreException.Kind.UNREADABLE_ROW, row.database(),
                row.describe() + ". " + UnreadableRow.KEPT);
    }

    /** What is wrong, on one line: each problem a reader found, or the failure's message. */
    static String problem(RuntimeException failure) {
        List<String> parts = failure instanceof InputFileException file ? file.problems()
                : List.of(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        String text = UNKNOWN_KEY.matcher(parts.stream().collect(Collectors.joining("; "))).replaceAll(NEWER_VERSION);
        text = text.replaceAll("\\p{Cntrl}+", " ").strip();
        return text.length() <= MAX_PROBLEM_LENGTH ? text : text.substring(0, MAX_PROBLEM_LENGTH - 1) + "…";
    }

    private static Path databaseFile(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT file FROM pragma_database_list WHERE name = 'main'")) {
            return Path.of(row.next() && row.getString(1) != null ? row.getString(1) : "");
        }
    }

    private static String clientName(Connection connection, long clientId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT name FROM client WHERE id = ?")) {
            select.setLong(1, clientId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : "#" + clientId;
            }
        }
    }
}
