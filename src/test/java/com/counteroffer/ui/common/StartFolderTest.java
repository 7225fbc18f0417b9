package com.counteroffer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where file dialogs open: the last folder used, else the desktop's documents folder, ~/Documents, home. */
class StartFolderTest {

    @TempDir
    Path home;

    private final ObjectProperty<Path> last = new SimpleObjectProperty<>();

    private StartFolder start() {
        return new StartFolder(last, home, home.resolve(".config"));
    }

    @Test
    void theDesktopsDocumentsFolderFirst() throws Exception {
        Files.createDirectories(home.resolve("Papers"));
        Files.createDirectories(home.resolve("Documents"));
        writeUserDirs("XDG_DESKTOP_DIR=\"$HOME/Desktop\"\nXDG_DOCUMENTS_DIR=\"$HOME/Papers\"\n");
        assertThat(start().folder()).isEqualTo(home.resolve("Papers"));
    }

    @Test
    void anAbsoluteDocumentsFolderToo() throws Exception {
        Path elsewhere = Files.createDirectories(home.resolve("disk/docs"));
        writeUserDirs("# written by xdg-user-dirs-update\nXDG_DOCUMENTS_DIR=\"" + elsewhere + "\"\n");
        assertThat(start().folder()).isEqualTo(elsewhere);
    }

    @Test
    void documentsWhenTheDesktopNamesNoneOrAMissingOneOrHome() throws Exception {
        Files.createDirectories(home.resolve("Documents"));
        assertThat(start().folder()).isEqualTo(home.resolve("Documents"));
        writeUserDirs("XDG_DOCUMENTS_DIR=\"$HOME/Gone\"\n");
        assertThat(start().folder()).isEqualTo(home.resolve("Documents"));
        writeUserDirs("XDG_DOCUMENTS_DIR=\"$HOME/\"\n");
        assertThat(start().folder()).isEqualTo(home.resolve("Documents"));
    }

    @Test
    void homeWhenThereIsNoDocumentsFolder() {
        assertThat(start().folder()).isEqualTo(home);
    }

    @Test
    void thenTheLastFolderUsedWhileItExists() throws Exception {
        Files.createDirectories(home.resolve("Documents"));
        Path exports = Files.createDirectories(home.resolve("exports"));
        StartFolder start = start();
        start.used(exports.resolve("offers.csv"));
        assertThat(last.get()).isEqualTo(exports);
        assertThat(start.folder()).isEqualTo(exports);

        Files.delete(exports);
        assertThat(start.folder()).as("a folder removed since").isEqualTo(home.resolve("Documents"));
    }

    @Test
    void theLastFolderIsSavedWithTheSettingsButNotInCoachMode() {
        Map<String, String> stored = new HashMap<>();
        AppSettings settings = AppSettings.load(storage(stored), Runnable::run);
        settings.lastFolderProperty().set(home.resolve("exports"));
        assertThat(settings.toMap()).containsEntry("files.lastFolder", home.resolve("exports").toString());
        stored.putAll(settings.toMap());
        assertThat(AppSettings.load(storage(stored), Runnable::run).lastFolderProperty().get())
                .isEqualTo(home.resolve("exports"));

        // A coach's folders may be named after clients: kept for the session, never written down.
        settings.coachModeProperty().set(true);
        assertThat(settings.toMap()).doesNotContainKey("files.lastFolder");
        assertThat(settings.lastFolderProperty().get()).isEqualTo(home.resolve("exports"));
    }

    private void writeUserDirs(String text) throws Exception {
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"), text);
    }

    private static SettingsStorage storage(Map<String, String> stored) {
        return new SettingsStorage() {
            @Override
            public Map<String, String> load() {
                return Map.copyOf(stored);
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
        };
    }
}
