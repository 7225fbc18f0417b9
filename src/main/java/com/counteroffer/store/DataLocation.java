package com.counteroffer.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Counteroffer keeps its files: the platform's per-user data folder unless the user
 * chose a database file with {@code --db} or {@code COUNTEROFFER_DB}.
 */
public final class DataLocation {

    public static final String DB_ENV = "COUNTEROFFER_DB";
    public static final String DATABASE_FILE_NAME = "counteroffer.db";

    private DataLocation() {
    }

    /** The database file to use: the explicit option first, then the environment, then the default. */
    public static Path databaseFile(String dbOption, Map<String, String> env, String osName, String userHome) {
        if (dbOption != null && !dbOption.isBlank()) {
            return given(dbOption, "--db");
        }
        String fromEnv = env.get(DB_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return given(fromEnv, DB_ENV);
        }
        return defaultDataFolder(env, osName, userHome).resolve(DATABASE_FILE_NAME);
    }

    /** A path the user gave; one this system can't have (e.g. {@code ?} on Windows) is said to be one. */
    private static Path given(String path, String where) {
        try {
            return Path.of(path).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new StoreException(StoreException.Kind.FOLDER_UNUSABLE, null, "The database path given with " + where
                    + ", " + path + ", is not a valid path on this system (" + e.getReason() + "). Give another path.",
                    e);
        }
    }

    /** The current user's data folder on this operating system. */
    public static Path defaultDataFolder(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData)
                    : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Counteroffer");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return Path.of(userHome, "Library", "Application Support", "Counteroffer");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(userHome, ".local", "share");
        return base.resolve("counteroffer");
    }

    /** The database file for this process: {@code --db}, else the environment, else the default. */
    public static Path databaseFile(String dbOption) {
        return databaseFile(dbOption, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }
}
