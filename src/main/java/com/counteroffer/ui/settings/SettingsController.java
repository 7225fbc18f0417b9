package com.counteroffer.ui.settings;

import com.counteroffer.ui.common.Dialogs;
import com.counteroffer.ui.common.Theme;
import com.counteroffer.ui.common.UiContext;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;

/** Binds the Settings screen to its {@link SettingsModel}. */
public final class SettingsController {

    private final UiContext ui;
    private final SettingsModel model;

    @FXML private ToggleGroup themeGroup;
    @FXML private RadioButton lightTheme;
    @FXML private RadioButton darkTheme;
    @FXML private Label databasePath;
    @FXML private Label settingsPath;
    @FXML private Label schemaVersion;
    @FXML private Label databaseSize;
    @FXML private Label version;
    @FXML private CheckBox coachModeBox;
    @FXML private Label backupStatus;
    @FXML private Label backupFolder;
    @FXML private Button backupButton;
    @FXML private Button restoreButton;
    @FXML private TextField coachName;
    @FXML private TextField coachContact;
    @FXML private Button savePreparedByButton;
    @FXML private Label preparedByStatus;

    public SettingsController(UiContext ui) {
        this.ui = ui;
        this.model = new SettingsModel(ui);
    }

    public SettingsModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        selectTheme(model.themeProperty().get());
        model.themeProperty().addListener((observable, old, theme) -> selectTheme(theme));
        themeGroup.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected != null) {
                model.themeProperty().set(selected == darkTheme ? Theme.DARK : Theme.LIGHT);
            }
        });
        coachModeBox.selectedProperty().bindBidirectional(model.coachModeProperty());
        databasePath.setText(model.databasePath());
        settingsPath.setText(model.settingsPath());
        schemaVersion.setText(model.schemaVersion());
        version.setText(model.version());
        backupFolder.setText(model.backupsNote());
        databaseSize.textProperty().bind(model.databaseSizeProperty());
        backupStatus.textProperty().bind(model.backupStatusProperty());
        backupButton.disableProperty().bind(model.busyProperty());
        restoreButton.disableProperty().bind(model.busyProperty());
        coachName.textProperty().bindBidirectional(model.coachNameProperty());
        coachContact.textProperty().bindBidirectional(model.coachContactProperty());
        coachName.setOnAction(event -> model.savePreparedBy());
        coachContact.setOnAction(event -> model.savePreparedBy());
        preparedByStatus.textProperty().bind(model.preparedByStatusProperty());
        savePreparedByButton.disableProperty().bind(model.busyProperty().or(model.preparedByChangedBinding().not()));
    }

    @FXML
    void savePreparedBy() {
        model.savePreparedBy();
    }

    @FXML
    void backupNow() {
        model.backupNow();
    }

    @FXML
    void restore() {
        ui.dialogs().openFile("Restore a backup", List.of(new Dialogs.FileKind("Counteroffer backup", "db")),
                        model.backupsFolder())
                .ifPresent(model::restore);
    }

    private void selectTheme(Theme theme) {
        (theme == Theme.DARK ? darkTheme : lightTheme).setSelected(true);
    }
}
