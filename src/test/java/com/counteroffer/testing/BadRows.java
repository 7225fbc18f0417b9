package com.counteroffer.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Writes rows the app would never write, as another tool (or a bit flip) could, straight through
 * JDBC into a database the app made. Use it while the app has the file closed.
 */
public final class BadRows {

    private BadRows() {
    }

    /** Runs one statement with its parameters; returns how many rows it changed. */
    public static int execute(Path database, String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError("could not run " + sql + " on " + database, e);
        }
    }

    /** The first column of the first row the query gives, as text (null when there is none). */
    public static String text(Path database, String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new AssertionError("could not run " + sql + " on " + database, e);
        }
    }

    /** The offer's document with its first character changed as one flipped bit would: no longer JSON. */
    public static int flipABitOfOffer(Path database, long offerId) {
        // '{' is 0x7B; with its lowest bit flipped it is 'z' (0x7A).
        return execute(database, "UPDATE offer SET document = 'z' || substr(document, 2) WHERE id = ?", offerId);
    }
}
