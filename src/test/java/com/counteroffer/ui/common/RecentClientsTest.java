package com.counteroffer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recent clients are kept in the settings file, most recent first, and survive a hand-edited file. */
class RecentClientsTest {

    private static AppSettings settings(Map<String, String> stored) {
        return AppSettings.load(new SettingsStorage() {
            @Override
            public Map<String, String> load() {
                return new HashMap<>(stored);
            }

            @Override
            public void save(Map<String, String> values) {
                stored.clear();
                stored.putAll(values);
            }

            @Override
            public Path file() {
                return Path.of("settings.properties");
            }
        }, Runnable::run);
    }

    @Test
    void theShownClientComesFirstOnceAndIsSavedForTheNextStart() {
        Map<String, String> stored = new HashMap<>();
        AppSettings settings = settings(stored);
        settings.clientShown(3);
        settings.clientShown(1);
        settings.clientShown(5);
        settings.clientShown(1);
        assertThat(settings.recentClientsProperty().get()).containsExactly(1L, 5L, 3L);

        settings.saveNow();
        assertThat(stored).containsEntry("clients.recent", "1,5,3");
        assertThat(settings(stored).recentClientsProperty().get()).containsExactly(1L, 5L, 3L);
    }

    @Test
    void partsThatAreNoClientIdAreSkipped() {
        Map<String, String> stored = new HashMap<>(Map.of("clients.recent", "4, x,-2,4,,7"));
        assertThat(settings(stored).recentClientsProperty().get()).isEqualTo(List.of(4L, 7L));
    }
}
