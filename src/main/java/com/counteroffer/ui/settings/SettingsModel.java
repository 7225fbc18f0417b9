package com.counteroffer.ui.settings;

import com.counteroffer.service.AppInfo;
import com.counteroffer.service.BackupService;
import com.counteroffer.service.DataFiles;
import com.counteroffer.ui.common.Theme;
import com.counteroffer.ui.common.UiContext;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The Settings screen: appearance, coach mode, where the data lives, backups and restores, the version. */
public final class SettingsModel {

    private final UiContext ui;
    private final StringProperty databaseSize = new SimpleStringProperty(this, "databaseSize", "");
    private final StringProperty backupStatus = new SimpleStringProperty(this, "backupStatus", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public SettingsModel(UiContext ui) {
        this.ui = ui;
        databaseSize.set(ui.text("settings.loading"));
        refreshSize();
    }

    private void refreshSize() {
        ui.tasks().run(progress -> ui.services().backups().sizeOnDisk(), bytes -> databaseSize.set(humanSize(bytes)),
                error -> databaseSize.set(error.getMessage()));
    }

    public void backupNow() {
        busy.set(true);
        ui.tasks().run(progress -> ui.services().backups().backupNow(), file -> {
            busy.set(false);
            backupStatus.set("Backed up to " + file.getFileName() + ".");
        }, error -> {
            busy.set(false);
            backupStatus.set("Could not back up: " + error.getMessage());
        });
    }

    /** Restores a backup; every screen then shows the restored data. */
    public void restore(Path file) {
        busy.set(true);
        ui.tasks().run(progress -> ui.services().backups().restore(file), before -> {
            busy.set(false);
            backupStatus.set("Restored " + file.getFileName() + ". What it replaced is kept in " + before.getFileName()
                    + ", so this can be undone the same way.");
            refreshSize();
        }, error -> {
            busy.set(false);
            backupStatus.set("Nothing was restored: " + error.getMessage());
        });
    }

    public ObjectProperty<Theme> themeProperty() {
        return ui.settings().themeProperty();
    }

    public BooleanProperty coachModeProperty() {
        return ui.settings().coachModeProperty();
    }

    public String databasePath() {
        return ui.services().databaseFile().toString();
    }

    public String settingsPath() {
        return DataFiles.settingsFile(ui.services().databaseFile()).toString();
    }

    public String schemaVersion() {
        return Integer.toString(ui.services().schemaVersion());
    }

    public String version() {
        return AppInfo.version();
    }

    public Path backupsFolder() {
        return ui.services().backups().backupsFolder();
    }

    public String backupsNote() {
        return "Backups (the newest " + BackupService.keptBackups() + " are kept, none older than "
                + ui.services().backups().keptDays() + " days; one is made on the first start of each day and before "
                + "every update of the file format): " + backupsFolder();
    }

    public StringProperty databaseSizeProperty() {
        return databaseSize;
    }

    public StringProperty backupStatusProperty() {
        return backupStatus;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.US, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.US, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
