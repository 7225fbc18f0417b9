package com.counteroffer.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The versioned SQL migrations in {@code store/migrations/}, applied in order, each in its own
 * transaction together with the schema version it brings the database to.
 */
public final class Migrations {

    /** Every migration, oldest first; the position in this list is its version (V1 is index 0). */
    static final List<String> FILES = List.of(
            "V1__init.sql",
            "V2__profile.sql",
            "V3__offers.sql",
            "V4__tax_settings.sql",
            "V5__comparisons.sql",
            "V6__negotiation.sql",
            "V7__clients.sql",
            "V8__rounds_and_scenario.sql");

    public static final int LATEST_VERSION = FILES.size();

    private Migrations() {
    }

    /** Brings the database from {@code currentVersion} to {@link #LATEST_VERSION}. */
    static void migrate(Connection connection, int currentVersion) throws SQLException {
        for (int version = currentVersion + 1; version <= LATEST_VERSION; version++) {
            String name = FILES.get(version - 1);
            apply(connection, version, name, read(name));
        }
    }

    private static void apply(Connection connection, int version, String name, String sql) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String part : statements(sql)) {
                statement.execute(part);
            }
            try (PreparedStatement history = connection.prepareStatement(
                    "INSERT INTO schema_history(version, name, applied_at) VALUES (?, ?, ?)")) {
                history.setInt(1, version);
                history.setString(2, name);
                history.setString(3, Instant.now().toString());
                history.executeUpdate();
            }
            // user_version lives in the database header, so it commits or rolls back with the migration.
            statement.execute("PRAGMA user_version = " + version);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("Migration " + name + " failed: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    static String read(String name) {
        String resource = "migrations/" + name;
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration resource " + resource, e);
        }
    }

    /**
     * Splits a migration script into statements at semicolons that end a line. Line comments are
     * dropped first; triggers (which contain inner semicolons) are not used in migrations.
     */
    static List<String> statements(String sql) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : sql.split("\n", -1)) {
            int comment = line.indexOf("--");
            withoutComments.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : withoutComments.toString().split("\n", -1)) {
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String statement = current.toString().strip();
                result.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}
