package com.counteroffer.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Where the preferences are kept: read once at start, written whole when they change. */
public interface SettingsStorage {

    /** The values saved; defaults (an empty map) when there is no readable file. */
    Map<String, String> load();

    void save(Map<String, String> values) throws IOException;

    Path file();
}
