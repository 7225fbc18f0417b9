package com.counteroffer.ui.common;

import java.nio.file.Path;

/** Where this session's data lives, for screens that show it. */
public record DataFiles(Path databaseFile, Path settingsFile, int schemaVersion) {
}
