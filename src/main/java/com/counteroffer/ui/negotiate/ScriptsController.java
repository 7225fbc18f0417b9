package com.counteroffer.ui.negotiate;

import com.counteroffer.ui.common.Privacy;
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
    @FXML private Label leftOutLabel;
    private String realScript = "";

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
        model.scriptProperty().addListener((o, was, now) -> showScript(now));
        showScript(model.scriptProperty().get());
        // Privacy mode: the script's amounts and the client's name are hidden, and the area is read-only
        // so nothing typed over the hidden text can be copied or saved.
        model.ui().privacy().onProperty().addListener((o, was, on) -> {
            String name = realName();
            showScript(on ? scriptArea.getText() : realScript);
            showNames(model.workspaceProperty().get(), name);
        });
        model.workspaceProperty().addListener((o, was, workspace) -> showNames(workspace));
        myNameField.textProperty().addListener((o, was, now) -> namesTyped());
        recruiterField.textProperty().addListener((o, was, now) -> namesTyped());
        showNames(model.workspaceProperty().get());
        scriptStatus.textProperty().bind(model.scriptStatusProperty());
        // A quiet line under the script: what was left out for want of a value, and how to add it.
        leftOutLabel.textProperty().bind(model.scriptLeftOutProperty());
        leftOutLabel.visibleProperty().bind(model.scriptLeftOutProperty().isNotEmpty());
        leftOutLabel.managedProperty().bind(leftOutLabel.visibleProperty());
    }

    /** The script as written (typed changes included); the area shows it hidden in privacy mode. */
    private String realScript() {
        return model.ui().privacy().isOn() ? realScript : scriptArea.getText();
    }

    private void showScript(String script) {
        realScript = script == null ? "" : script;
        Privacy privacy = model.ui().privacy();
        String name = realName();
        String shown = privacy.prose(realScript);
        if (privacy.isOn() && name != null && !name.isBlank()) {
            shown = shown.replace(name.strip(), Privacy.initials(name));
        }
        scriptArea.setEditable(!privacy.isOn());
        scriptArea.setText(shown);
    }

    /**
     * The name the script is signed with: as typed (every keystroke is kept in the workspace), else
     * the client's, which the field shows prefilled (as initials in privacy mode).
     */
    private String realName() {
        return model.workspaceProperty().get() == null ? "" : model.signerName();
    }

    private void showNames(NegotiationWorkspace workspace) {
        showNames(workspace, realName());
    }

    /** The names in the fields; in privacy mode the client's name as initials, locked (decision 0011). */
    private void showNames(NegotiationWorkspace workspace, String myName) {
        if (workspace == null) {
            return;
        }
        showing = true;
        try {
            Privacy privacy = model.ui().privacy();
            String shown = privacy.isOn() && !myName.isBlank() ? Privacy.initials(myName) : myName;
            myNameField.setEditable(!privacy.isOn());
            if (!Objects.equals(myNameField.getText(), shown)) {
                myNameField.setText(shown);
            }
            if (!Objects.equals(recruiterField.getText(), workspace.recruiter())) {
                recruiterField.setText(workspace.recruiter());
            }
        } finally {
            showing = false;
        }
    }

    private void namesTyped() {
        NegotiationWorkspace workspace = model.workspaceProperty().get();
        if (showing || workspace == null) {
            return;
        }
        String mine = myNameField.getText();
        // The field shows initials in privacy mode, and the client's name prefilled while none is typed:
        // neither is the user typing their name, so the saved one stays.
        if (model.ui().privacy().isOn() || workspace.myName().isBlank() && mine.equals(model.signerName())) {
            mine = workspace.myName();
        }
        model.setNames(mine, recruiterField.getText());
    }

    private static void keepOneSelected(Toggle was, Toggle now) {
        if (now == null && was != null) {
            was.setSelected(true);
        }
    }

    @FXML
    void copyScript() {
        ClipboardContent content = new ClipboardContent();
        content.putString(realScript());
        Clipboard.getSystemClipboard().setContent(content);
        model.scriptStatusProperty().set(model.ui().text("negotiate.copied"));
    }

    @FXML
    void saveText() {
        save("txt", "Text file", realScript());
    }

    @FXML
    void saveMarkdown() {
        Long id = model.openOfferId();
        String company = id == null ? "" : model.stored(id).offer().company();
        save("md", "Markdown file", "# Counter for " + company + "\n\n" + realScript() + "\n");
    }

    private void save(String extension, String kind, String text) {
        model.saveScript(extension, kind, text);
    }

    /** The script area, for tests. */
    public TextArea scriptArea() {
        return scriptArea;
    }
}
