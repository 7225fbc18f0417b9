package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLocationTest {

    @Test
    void aPathThisSystemCannotHaveIsAStorageProblemNamingIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> DataLocation.databaseFile("bad\0name.db", Map.of(), "Linux", "/home/ana"))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.getMessage())
                        .contains("--db").contains("not a valid path"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> DataLocation.databaseFile(null, Map.of(DataLocation.DB_ENV, "bad\0name.db"), "Linux", "/home/ana"))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.getMessage()).contains(DataLocation.DB_ENV));
    }

    @Test
    void linuxUsesXdgDataHomeWhenAbsolute() {
        assertThat(DataLocation.databaseFile(null, Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", "/home/ana"))
                .isEqualTo(Path.of("/data/xdg/counteroffer/counteroffer.db"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgIsMissingOrRelative() {
        assertThat(DataLocation.databaseFile(null, Map.of(), "Linux", "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.local/share/counteroffer/counteroffer.db"));
        assertThat(DataLocation.databaseFile(null, Map.of("XDG_DATA_HOME", "relative/dir"), "Linux", "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.local/share/counteroffer/counteroffer.db"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataLocation.defaultDataFolder(Map.of(), "Mac OS X", "/Users/ana"))
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/Counteroffer"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataLocation.defaultDataFolder(Map.of("APPDATA", "/c/Users/ana/AppData/Roaming"), "Windows 11", "/c/Users/ana"))
                .isEqualTo(Path.of("/c/Users/ana/AppData/Roaming/Counteroffer"));
    }

    @Test
    void theOptionWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        Map<String, String> env = Map.of(DataLocation.DB_ENV, "/env/choice.db");
        assertThat(DataLocation.databaseFile("/option/choice.db", env, "Linux", "/home/ana"))
                .isEqualTo(Path.of("/option/choice.db"));
        assertThat(DataLocation.databaseFile(null, env, "Linux", "/home/ana"))
                .isEqualTo(Path.of("/env/choice.db"));
        assertThat(DataLocation.databaseFile("  ", env, "Linux", "/home/ana"))
                .isEqualTo(Path.of("/env/choice.db"));
    }
}
