package com.counteroffer.ui.settings;

import com.counteroffer.service.AppInfo;
import com.counteroffer.service.BackupService;
import com.counteroffer.service.DataFiles;
import com.counteroffer.service.PreparedBy;
import com.counteroffer.ui.common.Theme;
import com.counteroffer.ui.common.UiContext;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The Settings screen: appearance, coach mode, the coach named on reports, where the data lives, backups and restores, the version. */
public final class SettingsModel {

    private final UiContext ui;
    private final StringProperty databaseSize = new SimpleStringProperty(this, "databaseSize", "");
    private final StringProperty backupStatus = new SimpleStringProperty(this, "backupStatus", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty coachName = new SimpleStringProperty(this, "coachName", "");
    private final StringProperty coachContact = new SimpleStringProperty(this, "coachContact", "");
    private final StringProperty preparedByStatus = new SimpleStringProperty(this, "preparedByStatus", "");
    /** What is saved, so Save is enabled only when the fields differ from it. */
    private final ObjectProperty<PreparedBy> savedPreparedBy =
            new SimpleObjectProperty<>(this, "savedPreparedBy", PreparedBy.NONE);

    public SettingsModel(UiContext ui) {
        this.ui = ui;
        databaseSize.set(ui.text("settings.loading"));
        refreshSize();
        loadPreparedBy();
    }

    private void loadPreparedBy() {
        ui.tasks().run(progress -> ui.services().preparedBy().load(), coach -> {
            savedPreparedBy.set(coach);
            coachName.set(coach.name());
            coachContact.set(coach.contact());
        }, error -> preparedByStatus.set(error.getMessage()));
    }

    /** Saves the coach named on every report; the status line says what reports will print, or what to fix. */
    public void savePreparedBy() {
        PreparedBy coach = new PreparedBy(coachName.get(), coachContact.get());
        busy.set(true);
        ui.tasks().run(progress -> {
            ui.services().preparedBy().save(coach);
            return coach;
        }, saved -> {
            busy.set(false);
            savedPreparedBy.set(saved);
            coachName.set(saved.name());
            coachContact.set(saved.contact());
            preparedByStatus.set(ui.text("settings.preparedBy.saved", saved.line()));
        }, error -> {
            busy.set(false);
            preparedByStatus.set(ui.text("settings.preparedBy.notSaved", error.getMessage()));
        });
    }

    /** Whether the fields differ from what is saved. */
    public javafx.beans.binding.BooleanBinding preparedByChangedBinding() {
        return javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !new PreparedBy(coachName.get(), coachContact.get()).equals(savedPreparedBy.get()),
                coachName, coachContact, savedPreparedBy);
    }

    public StringProperty coachNameProperty() {
        return coachName;
    }

    public StringProperty coachContactProperty() {
        return coachContact;
    }

    public StringProperty preparedByStatusProperty() {
        return preparedByStatus;
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
