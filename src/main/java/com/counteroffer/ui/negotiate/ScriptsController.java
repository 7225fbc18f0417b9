package com.counteroffer.ui.negotiate;

import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.negotiation.Scripts;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The scripts part: who writes to whom, email or call, the tone, and the filled script to copy or save. */
public final class ScriptsController {

    private NegotiateModel model;
    /** Set while the fields show a loaded workspace's names: that is not the user typing. */
    private boolean showing;

    @FXML private TextField myNameField;
    @FXML private TextField recruiterField;
    @FXML private ToggleGroup channelGroup;
    @FXML private ToggleGroup toneGroup;
    @FXML private ToggleButton emailToggle;
    @FXML private ToggleButton callToggle;
    @FXML private ToggleButton warmToggle;
    @FXML private ToggleButton neutralToggle;
    @FXML private ToggleButton directToggle;
    @FXML private TextArea scriptArea;
    @FXML private Label scriptStatus;

    void attach(NegotiateModel owner) {
        this.model = owner;
        emailToggle.setUserData(Scripts.Channel.EMAIL);
        callToggle.setUserData(Scripts.Channel.CALL);
        warmToggle.setUserData(Scripts.Tone.WARM);
        neutralToggle.setUserData(Scripts.Tone.NEUTRAL);
        directToggle.setUserData(Scripts.Tone.DIRECT);
        channelGroup.selectedToggleProperty().addListener((o, was, now) -> {
            keepOneSelected(was, now);
            if (now != null) {
                model.channelProperty().set((Scripts.Channel) now.getUserData());
            }
        });
        toneGroup.selectedToggleProperty().addListener((o, was, now) -> {
            keepOneSelected(was, now);
            if (now != null) {
                model.toneProperty().set((Scripts.Tone) now.getUserData());
            }
        });
        model.scriptProperty().addListener((o, was, now) -> scriptArea.setText(now));
        scriptArea.setText(model.scriptProperty().get());
        model.workspaceProperty().addListener((o, was, workspace) -> showNames(workspace));
        myNameField.textProperty().addListener((o, was, now) -> namesTyped());
        recruiterField.textProperty().addListener((o, was, now) -> namesTyped());
        showNames(model.workspaceProperty().get());
        scriptStatus.textProperty().bind(model.scriptStatusProperty());
    }

    private void showNames(NegotiationWorkspace workspace) {
        if (workspace == null) {
            return;
        }
        showing = true;
        try {
            if (!Objects.equals(myNameField.getText(), workspace.myName())) {
                myNameField.setText(workspace.myName());
            }
            if (!Objects.equals(recruiterField.getText(), workspace.recruiter())) {
                recruiterField.setText(workspace.recruiter());
            }
        } finally {
            showing = false;
        }
    }

    private void namesTyped() {
        if (showing) {
            return;
        }
        model.setNames(myNameField.getText(), recruiterField.getText());
    }

    private static void keepOneSelected(Toggle was, Toggle now) {
        if (now == null && was != null) {
            was.setSelected(true);
        }
    }

    @FXML
    void copyScript() {
        ClipboardContent content = new ClipboardContent();
        content.putString(scriptArea.getText());
        Clipboard.getSystemClipboard().setContent(content);
        model.scriptStatusProperty().set(model.ui().text("negotiate.copied"));
    }

    @FXML
    void saveText() {
        save("txt", "Text file", scriptArea.getText());
    }

    @FXML
    void saveMarkdown() {
        Long id = model.openOfferId();
        String company = id == null ? "" : model.stored(id).offer().company();
        save("md", "Markdown file", "# Counter for " + company + "\n\n" + scriptArea.getText() + "\n");
    }

    private void save(String extension, String kind, String text) {
        model.saveScript(extension, kind, text);
    }

    /** The script area, for tests. */
    public TextArea scriptArea() {
        return scriptArea;
    }
}
