package com.counteroffer.ui.welcome;

import com.counteroffer.ui.common.UiContext;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** The first-run page: what the app does, step by step with a link to each screen, and a way in for data. */
public final class WelcomeController {

    private final WelcomeModel model;

    @FXML private Label datasetLine;
    @FXML private VBox stepsBox;
    @FXML private VBox importBox;
    @FXML private Button importButton;
    @FXML private ProgressIndicator importProgress;
    @FXML private Label importStatus;

    public WelcomeController(UiContext ui) {
        this.model = new WelcomeModel(ui);
    }

    @FXML
    private void initialize() {
        datasetLine.textProperty().bind(model.datasetLine());
        for (WelcomeModel.Step step : model.steps()) {
            Hyperlink link = new Hyperlink(step.link());
            link.setId("step-" + step.screen().name().toLowerCase(java.util.Locale.ROOT));
            link.getStyleClass().add("welcome-step-link");
            link.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            link.setOnAction(event -> model.open(step));
            Label text = new Label(step.text());
            text.setWrapText(true);
            text.getStyleClass().add("welcome-step");
            stepsBox.getChildren().add(new VBox(0, link, text));
        }
        // Shown while nothing is saved, and while an import started here is still running or reporting.
        importBox.visibleProperty().bind(model.freshProperty().or(model.importBusyProperty()));
        importBox.managedProperty().bind(importBox.visibleProperty());
        importButton.disableProperty().bind(model.importBusyProperty());
        importProgress.visibleProperty().bind(model.importBusyProperty());
        importStatus.textProperty().bind(model.importStatusProperty());
        importStatus.visibleProperty().bind(model.importStatusProperty().isNotEmpty());
        importStatus.managedProperty().bind(importStatus.visibleProperty());
    }

    @FXML
    void openProfile() {
        model.openProfile();
    }

    @FXML
    void openSources() {
        model.openSources();
    }

    @FXML
    void importMyData() {
        model.importMyData();
    }
}
