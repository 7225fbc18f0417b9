package com.counteroffer.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * JDBC addresses of database files. A path is data: every byte of it that SQLite or the driver
 * could read as URI syntax or as connection options ({@code ?}, {@code #}, {@code %}, quotes, …) is
 * percent-encoded, so {@code --db 'a?journal_mode=DELETE'} opens the file of that name and nothing else.
 */
final class SqliteUri {

    private SqliteUri() {
    }

    /** {@code jdbc:sqlite:file:///…} for the file, with the given URI parameters (e.g. {@code mode=ro}). */
    static String jdbc(Path file, String... parameters) {
        return "jdbc:sqlite:" + of(file, parameters);
    }

    /** The {@code file:} URI SQLite itself understands (for its backup and restore of a whole file). */
    static String of(Path file, String... parameters) {
        String path = file.toAbsolutePath().toString().replace('\\', '/');
        if (!path.startsWith("/")) {
            path = "/" + path; // C:/… on Windows: SQLite drops the slash before a drive letter
        }
        StringBuilder uri = new StringBuilder("file://");
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '/' || c == '-' || c == '.' || c == '_' || c == '~' || c == ':') {
                uri.append((char) c);
            } else {
                uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        for (int i = 0; i < parameters.length; i++) {
            uri.append(i == 0 ? '?' : '&').append(parameters[i]);
        }
        return uri.toString();
    }

    /** Read-only, and SQLite may assume nothing changes it: no log is replayed, no lock or file is created. */
    static String untouched(Path file) {
        return jdbc(file, "mode=ro", "immutable=1");
    }
}
