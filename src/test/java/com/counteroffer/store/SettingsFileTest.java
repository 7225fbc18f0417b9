package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    @TempDir
    Path folder;

    @Test
    void savesAndLoadsAndLeavesNoTemporaryFileBehind() throws Exception {
        SettingsFile settings = SettingsFile.besideDatabase(folder.resolve("counteroffer.db"));
        settings.save(Map.of("theme", "dark", "window.x", "12.5"));
        settings.save(Map.of("theme", "light", "window.x", "40.0"));

        assertThat(settings.file()).isEqualTo(folder.resolve("settings.properties"));
        assertThat(settings.load()).containsExactlyInAnyOrderEntriesOf(Map.of("theme", "light", "window.x", "40.0"));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.properties");
        }
    }

    @Test
    void theBackupAgeSetByHandSurvivesTheWindowSavingItsOwnSettings() throws Exception {
        SettingsFile settings = SettingsFile.besideDatabase(folder.resolve("counteroffer.db"));
        Files.writeString(settings.file(), "theme=dark\nbackups.keepDays=30\n");

        settings.save(Map.of("theme", "light"));

        assertThat(settings.load()).containsEntry("theme", "light").containsEntry("backups.keepDays", "30");
    }

    @Test
    void aMissingOrUnreadableFileGivesDefaults() throws Exception {
        SettingsFile settings = new SettingsFile(folder.resolve("settings.properties"));
        assertThat(settings.load()).isEmpty();
        Files.write(settings.file(), new byte[] {'a', '=', '\\', 'u', 'z', 'z'}); // malformed \\u escape
        assertThat(settings.load()).isEmpty();
    }
}
