package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coach named on reports survives the window's own saves of its preferences, and can be cleared. */
class SettingsFilePreparedByTest {

    @TempDir
    Path folder;

    @Test
    void theWindowsPreferencesSaveKeepsTheCoachAndAnUpdateCanClearIt() throws Exception {
        SettingsFile file = new SettingsFile(folder.resolve(SettingsFile.FILE_NAME));
        file.save(Map.of("theme", "dark"));
        file.update(Map.of(SettingsFile.PREPARED_BY_NAME, "Ana Ruiz", SettingsFile.PREPARED_BY_CONTACT, "555-0100"));

        file.save(Map.of("theme", "light", "coach.mode", "true"));

        assertThat(file.load()).containsEntry("theme", "light").containsEntry("coach.mode", "true")
                .containsEntry(SettingsFile.PREPARED_BY_NAME, "Ana Ruiz")
                .containsEntry(SettingsFile.PREPARED_BY_CONTACT, "555-0100");
        Map<String, String> clear = new HashMap<>();
        clear.put(SettingsFile.PREPARED_BY_NAME, "");
        clear.put(SettingsFile.PREPARED_BY_CONTACT, null);
        file.update(clear);
        assertThat(file.load()).containsOnlyKeys("theme", "coach.mode");
    }
}
