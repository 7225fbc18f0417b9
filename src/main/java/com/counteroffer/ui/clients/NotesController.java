package com.counteroffer.ui.clients;

import com.counteroffer.domain.client.SessionNote;
import com.counteroffer.ui.common.DraftHolder;
import com.counteroffer.ui.common.UiContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/** Binds the session notes (search, list, the note being typed) to its {@link NotesModel}. */
public final class NotesController implements DraftHolder {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.US)
            .withZone(ZoneId.systemDefault());

    private final UiContext ui;
    private final NotesModel model;

    @FXML private Label notesTitle;
    @FXML private TextField searchField;
    @FXML private ListView<SessionNote> noteList;
    @FXML private TextArea noteArea;
    @FXML private Label noteError;

    public NotesController(UiContext ui) {
        this.ui = ui;
        this.model = new NotesModel(ui);
    }

    public NotesModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        notesTitle.textProperty().bind(Bindings.createStringBinding(() -> ui.text("clients.notes.title",
                ui.privacy().clientLabel(ui.session().clientNameProperty().get())), ui.session().clientNameProperty(),
                ui.privacy().onProperty()));
        searchField.textProperty().bindBidirectional(model.searchProperty());
        noteArea.textProperty().bindBidirectional(model.draftProperty());
        noteError.textProperty().bind(model.errorProperty());
        noteList.setItems(model.notes());
        noteList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SessionNote note, boolean empty) {
                super.updateItem(note, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || note == null ? "" : WHEN.format(note.writtenAt()) + " — " + ui.privacy().typed(note.text()));
            }
        });
        ui.privacy().onProperty().addListener((o, was, now) -> noteList.refresh());
        noteArea.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                addNote();
                event.consume();
            }
        });
    }

    @FXML
    void addNote() {
        model.add();
    }

    @FXML
    void noteAssumptions() {
        model.noteAssumptions();
    }

    @Override
    public boolean releaseDrafts() {
        return model.releaseDraft();
    }

    public ListView<SessionNote> noteList() {
        return noteList;
    }
}
