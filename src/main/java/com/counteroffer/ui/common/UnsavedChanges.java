package com.counteroffer.ui.common;

import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** Asks what to do with unsaved changes before leaving a form: save, discard, or stay. */
public final class UnsavedChanges {

    /** The user's answer; closing the dialog means stay. */
    public enum Answer { SAVE, DISCARD, STAY }

    private UnsavedChanges() {
    }

    public static Answer ask(Node owner, ResourceBundle bundle, String header) {
        ButtonType save = new ButtonType(bundle.getString("profile.leave.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(bundle.getString("profile.leave.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(bundle.getString("profile.leave.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, bundle.getString("profile.leave.content"), save,
                discard, stay);
        alert.setTitle(bundle.getString("profile.leave.title"));
        alert.setHeaderText(header);
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        ButtonType answer = alert.showAndWait().orElse(stay);
        return answer == save ? Answer.SAVE : answer == discard ? Answer.DISCARD : Answer.STAY;
    }
}
