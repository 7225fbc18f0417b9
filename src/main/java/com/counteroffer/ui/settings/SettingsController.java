package com.counteroffer.ui.settings;

import com.counteroffer.ui.common.AppSettings;
import com.counteroffer.ui.common.DataFiles;
import com.counteroffer.ui.common.FxFutures;
import com.counteroffer.ui.common.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;

/** Appearance, where the data lives, and what this version is. */
public final class SettingsController {

    private final AppSettings settings;
    private final DataFiles dataFiles;
    private final String appVersion;
    private final Executor io;

    @FXML
    private ToggleGroup themeGroup;
    @FXML
    private RadioButton lightTheme;
    @FXML
    private RadioButton darkTheme;
    @FXML
    private Label databasePath;
    @FXML
    private Label settingsPath;
    @FXML
    private Label schemaVersion;
    @FXML
    private Label databaseSize;
    @FXML
    private Label version;
    @FXML
    private javafx.scene.control.CheckBox coachModeBox;

    private final com.counteroffer.store.Database database;
    private final Runnable afterRestore;
    private BackupChooser backupChooser = this::chooseBackup;

    @FXML
    private Label backupStatus;
    @FXML
    private Label backupFolder;
    @FXML
    private javafx.scene.control.Button backupButton;
    @FXML
    private javafx.scene.control.Button restoreButton;

    /** Picks the backup to restore; replaced in tests, where no native dialog can open. */
    @FunctionalInterface
    public interface BackupChooser {
        Path choose(Path backupsFolder);
    }

    public void setBackupChooser(BackupChooser chooser) {
        this.backupChooser = chooser;
    }

    public SettingsController(AppSettings settings, DataFiles dataFiles, String appVersion, Executor io,
                              com.counteroffer.store.Database database, Runnable afterRestore) {
        this.database = database;
        this.afterRestore = afterRestore;
        this.settings = settings;
        this.dataFiles = dataFiles;
        this.appVersion = appVersion;
        this.io = io;
    }

    @FXML
    private void initialize() {
        selectTheme(settings.themeProperty().get());
        settings.themeProperty().addListener((observable, old, theme) -> selectTheme(theme));
        themeGroup.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected != null) {
                settings.themeProperty().set(selected == darkTheme ? Theme.DARK : Theme.LIGHT);
            }
        });

        coachModeBox.selectedProperty().bindBidirectional(settings.coachModeProperty());
        databasePath.setText(dataFiles.databaseFile().toString());
        settingsPath.setText(dataFiles.settingsFile().toString());
        schemaVersion.setText(Integer.toString(dataFiles.schemaVersion()));
        version.setText(appVersion);
        backupFolder.setText("Backups (the newest " + com.counteroffer.store.Backups.KEEP + " are kept; one is made on "
                + "the first start of each day and before every update of the file format): "
                + database.backups().folder());
        FxFutures.onFx(CompletableFuture.supplyAsync(() -> sizeOnDisk(dataFiles.databaseFile()), io),
                bytes -> databaseSize.setText(humanSize(bytes)),
                error -> databaseSize.setText(error.getMessage()));
    }

    @FXML
    void backupNow() {
        backupButton.setDisable(true);
        FxFutures.onFx(database.backupNow(), file -> {
            backupButton.setDisable(false);
            backupStatus.setText("Backed up to " + file.getFileName() + ".");
        }, error -> {
            backupButton.setDisable(false);
            backupStatus.setText("Could not back up: " + error.getMessage());
        });
    }

    @FXML
    void restore() {
        Path file = backupChooser.choose(database.backups().folder());
        if (file == null) {
            return;
        }
        restoreButton.setDisable(true);
        FxFutures.onFx(database.restoreFrom(file), before -> {
            restoreButton.setDisable(false);
            backupStatus.setText("Restored " + file.getFileName() + ". What it replaced is kept in " + before.getFileName()
                    + ", so this can be undone the same way.");
            afterRestore.run();
        }, error -> {
            restoreButton.setDisable(false);
            backupStatus.setText("Nothing was restored: " + error.getMessage());
        });
    }

    private Path chooseBackup(Path folder) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Restore a backup");
        if (java.nio.file.Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Counteroffer backup", "*.db"));
        java.io.File chosen = chooser.showOpenDialog(backupButton.getScene().getWindow());
        return chosen == null ? null : chosen.toPath();
    }

    private void selectTheme(Theme theme) {
        (theme == Theme.DARK ? darkTheme : lightTheme).setSelected(true);
    }

    /** The database plus its write-ahead log, which holds recent changes until a checkpoint. */
    private static long sizeOnDisk(Path database) {
        try {
            long total = Files.size(database);
            Path wal = database.resolveSibling(database.getFileName() + "-wal");
            if (Files.exists(wal)) {
                total += Files.size(wal);
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.US, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.US, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
