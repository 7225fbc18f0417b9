package com.counteroffer.store;

import com.counteroffer.data.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The small key-value file of user preferences (theme, window placement) beside the database.
 * Written whole through {@link AtomicFiles}, so a crash leaves the old or the new settings, never
 * half of them, and only its owner can read it.
 */
public final class SettingsFile {

    public static final String FILE_NAME = "settings.properties";
    /** The coach named on reports ("Prepared by"), set on the Settings screen through {@link #update}. */
    public static final String PREPARED_BY_NAME = "report.prepared_by.name";
    public static final String PREPARED_BY_CONTACT = "report.prepared_by.contact";
    /**
     * Keys not managed by the window's preferences (set by hand, or through {@link #update}): a save
     * that does not mention them keeps them, because the window writes only the preferences it manages.
     */
    static final java.util.Set<String> SET_BY_HAND = java.util.Set.of(Backups.KEEP_DAYS_SETTING, PREPARED_BY_NAME,
            PREPARED_BY_CONTACT);
    /** One writer at a time within the app, so an update and a preferences save never lose each other's keys. */
    private static final Object WRITING = new Object();
    private static final Logger LOG = Logger.getLogger(SettingsFile.class.getName());

    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    /** The settings file that belongs beside the given database file. */
    public static SettingsFile besideDatabase(Path databaseFile) {
        return new SettingsFile(databaseFile.toAbsolutePath().getParent().resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** Reads the settings; a missing or unreadable file gives defaults (it is only preferences). */
    public Map<String, String> load() {
        Map<String, String> values = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Ignoring unreadable settings file " + file + "; defaults are used", e);
            return values;
        }
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }

    /** Replaces the settings file atomically, owner-only. Blocking file work: call it off the JavaFX thread. */
    public void save(Map<String, String> values) throws IOException {
        synchronized (WRITING) {
            Map<String, String> kept = new TreeMap<>(values);
            load().forEach((key, value) -> {
                if (SET_BY_HAND.contains(key)) {
                    kept.putIfAbsent(key, value);
                }
            });
            write(kept);
        }
    }

    /**
     * Sets (or, with a null or blank value, removes) the given keys and keeps every other one.
     * Blocking file work: call it off the JavaFX thread.
     */
    public void update(Map<String, String> changes) throws IOException {
        synchronized (WRITING) {
            Map<String, String> values = load();
            changes.forEach((key, value) -> {
                if (value == null || value.isBlank()) {
                    values.remove(key);
                } else {
                    values.put(key, value);
                }
            });
            write(values);
        }
    }

    private void write(Map<String, String> kept) throws IOException {
        OwnerOnlyFiles.createFolders(file.getParent());
        Properties properties = new Properties();
        properties.putAll(kept);
        StringWriter text = new StringWriter();
        properties.store(text, "Counteroffer settings");
        AtomicFiles.writeString(file, text.toString());
    }
}
