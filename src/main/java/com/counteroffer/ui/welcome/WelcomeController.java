package com.counteroffer.ui.welcome;

import com.counteroffer.ui.common.UiContext;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The first-run page: what the app does, in three steps, and the way to the profile. */
public final class WelcomeController {

    private final WelcomeModel model;

    @FXML
    private Label datasetLine;

    public WelcomeController(UiContext ui) {
        this.model = new WelcomeModel(ui);
    }

    @FXML
    private void initialize() {
        datasetLine.textProperty().bind(model.datasetLine());
    }

    @FXML
    void openProfile() {
        model.openProfile();
    }

    @FXML
    void openSources() {
        model.openSources();
    }
}
