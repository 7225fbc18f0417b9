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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            "V8__rounds_and_scenario.sql",
            "V9__notes_and_action_items.sql",
            "V10__household_and_accounts.sql", "V11__locality.sql");

    public static final int LATEST_VERSION = FILES.size();

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)");
    private static final Pattern DROP_TABLE = Pattern.compile("(?i)DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)");
    /** The tables of each schema version, read from the migrations once. */
    private static final java.util.Map<Integer, Set<String>> TABLES = new java.util.concurrent.ConcurrentHashMap<>();

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
            SQLException failed = new SQLException("Migration " + name + " failed: " + e.getMessage(), e);
            try {
                connection.rollback();
            } catch (SQLException rollbackFailed) {
                // SQLite may have rolled back already (a full disk does); the cause above is the news.
                failed.addSuppressed(rollbackFailed);
            }
            throw failed;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The tables a database of this schema version has: those its migrations create and do not drop. */
    static Set<String> tablesAt(int version) {
        return TABLES.computeIfAbsent(Math.max(0, Math.min(version, LATEST_VERSION)), Migrations::readTablesAt);
    }

    private static Set<String> readTablesAt(int version) {
        Set<String> tables = new TreeSet<>();
        for (int v = 1; v <= Math.min(version, LATEST_VERSION); v++) {
            for (String statement : statements(read(FILES.get(v - 1)))) {
                Matcher created = CREATE_TABLE.matcher(statement);
                if (created.lookingAt()) {
                    tables.add(created.group(1).toLowerCase(java.util.Locale.ROOT));
                }
                Matcher dropped = DROP_TABLE.matcher(statement);
                if (dropped.lookingAt()) {
                    tables.remove(dropped.group(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return java.util.Collections.unmodifiableSet(tables);
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
