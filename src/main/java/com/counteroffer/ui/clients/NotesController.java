package com.counteroffer.ui.clients;

import com.counteroffer.domain.client.SessionNote;
import com.counteroffer.domain.input.Dates;
import com.counteroffer.ui.common.DraftHolder;
import com.counteroffer.ui.common.UiContext;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Binds the session notes to its {@link NotesModel}: the search, the notes under their headings
 * (each shown whole, with Edit, Pin and Delete), the undo banner, and the note being typed.
 */
public final class NotesController implements DraftHolder {

    private final UiContext ui;
    private final NotesModel model;
    private final ZoneId zone;
    private com.counteroffer.ui.common.UndoBanner undoBanner;

    @FXML private Label notesTitle;
    @FXML private TextField searchField;
    @FXML private HBox noteUndoBar;
    @FXML private Label noteUndoLabel;
    @FXML private VBox noteBox;
    @FXML private Label noteEmpty;
    @FXML private TextArea noteArea;
    @FXML private Label noteError;
    @FXML private ActionItemsController actionItemsController;

    public NotesController(UiContext ui) {
        this.ui = ui;
        this.model = new NotesModel(ui);
        this.zone = ui.services().clock().getZone();
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
        noteError.managedProperty().bind(model.errorProperty().isNotEmpty());
        undoBanner = com.counteroffer.ui.common.UndoBanner.bind(noteBox.getParent(), noteUndoBar, noteUndoLabel,
                model.undoTextProperty(), model::undoDelete, model::hideUndo, ui.settings().undoWindowProperty());
        noteEmpty.textProperty().bind(Bindings.createStringBinding(() -> model.searchProperty().get().isBlank()
                ? ui.text("clients.notes.none") : ui.text("clients.notes.noMatch", model.searchProperty().get().strip()),
                model.searchProperty()));
        noteEmpty.visibleProperty().bind(Bindings.isEmpty(model.sections()));
        noteEmpty.managedProperty().bind(noteEmpty.visibleProperty());
        model.sections().addListener((javafx.collections.ListChangeListener<NoteSection>) change -> rebuild());
        model.editingProperty().addListener((o, was, now) -> rebuild());
        ui.privacy().onProperty().addListener((o, was, now) -> rebuild());
        noteArea.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                addNote();
                event.consume();
            }
        });
        rebuild();
    }

    /** Lays out the headings and notes again; the note being edited gets its editor, focused. */
    private void rebuild() {
        noteBox.getChildren().clear();
        TextArea editor = null;
        for (NoteSection section : model.sections()) {
            Label heading = new Label(section.heading());
            heading.getStyleClass().add("note-session-title");
            heading.setWrapText(true);
            noteBox.getChildren().add(heading);
            for (SessionNote note : section.notes()) {
                SessionNote editing = model.editingProperty().get();
                if (editing != null && editing.id() == note.id()) {
                    VBox card = editorCard(section, note);
                    editor = (TextArea) card.lookup(".note-editor");
                    noteBox.getChildren().add(card);
                } else {
                    noteBox.getChildren().add(noteCard(section, note));
                }
            }
        }
        if (editor != null) {
            TextArea focus = editor;
            javafx.application.Platform.runLater(focus::requestFocus);
        }
    }

    private VBox noteCard(NoteSection section, SessionNote note) {
        Label when = new Label(stamp(section, note));
        when.getStyleClass().add("note-time");
        when.setWrapText(true);
        javafx.scene.layout.FlowPane header = new javafx.scene.layout.FlowPane(8, 2, when);
        if (note.pinned()) {
            Label mark = new Label(ui.text("clients.notes.pinnedMark"));
            mark.getStyleClass().add("note-pin-mark");
            mark.setMinWidth(Region.USE_PREF_SIZE);
            header.getChildren().add(mark);
        }
        // The whole note, wrapped, never cut: a Label sized to its text at any width and scale.
        Label text = new Label(ui.privacy().typed(note.text()));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        text.getStyleClass().add("note-text");
        Button edit = small(ui.text("clients.notes.edit"), () -> model.startEdit(note));
        // Editing shows the note as typed, amounts included: not while the screen is shared.
        edit.setDisable(ui.privacy().isOn());
        Button pin = small(ui.text(note.pinned() ? "clients.notes.unpin" : "clients.notes.pin"),
                () -> model.togglePin(note));
        Button delete = small(ui.text("clients.notes.delete"), () -> model.delete(note));
        delete.getStyleClass().add("danger");
        HBox actions = new HBox(8, edit, pin, delete);
        actions.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        VBox card = new VBox(4, header, text, actions);
        card.getStyleClass().add("note-card");
        if (note.pinned()) {
            card.getStyleClass().add("pinned");
        }
        return card;
    }

    private VBox editorCard(NoteSection section, SessionNote note) {
        Label when = new Label(stamp(section, note));
        when.getStyleClass().add("note-time");
        TextArea area = new TextArea();
        area.getStyleClass().add("note-editor");
        area.setWrapText(true);
        area.setPrefRowCount(Math.max(3, Math.min(12, note.text().length() / 60 + 2)));
        area.setAccessibleText(ui.text("clients.notes.editArea"));
        area.textProperty().bindBidirectional(model.editTextProperty());
        area.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                saveEdit();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                model.cancelEdit();
                event.consume();
            }
        });
        Button save = small(ui.text("clients.notes.save"), this::saveEdit);
        save.getStyleClass().add("accent");
        save.setId("saveNoteButton");
        Button cancel = small(ui.text("clients.notes.cancel"), model::cancelEdit);
        VBox card = new VBox(4, when, area, new HBox(8, save, cancel));
        card.getStyleClass().addAll("note-card", "editing");
        return card;
    }

    /** The note's time (with its day when pinned, since pinned notes come from any session) and "edited …". */
    private String stamp(NoteSection section, SessionNote note) {
        var written = note.writtenAt().atZone(zone);
        String time = section.pinned() ? Dates.formatDateTime(written) : Dates.formatTime(written);
        return note.editedAt() == null ? time
                : time + " · " + ui.text("clients.notes.edited", Dates.formatDateTime(note.editedAt().atZone(zone)));
    }

    private static Button small(String text, Runnable action) {
        return CardButtons.small(text, action);
    }

    /** Saving is the next action: the banner of a note deleted before goes. */
    private void saveEdit() {
        undoBanner.endIfShown();
        model.saveEdit();
    }

    @FXML
    void addNote() {
        undoBanner.endIfShown();
        model.add();
    }

    @FXML
    void noteAssumptions() {
        model.noteAssumptions();
    }

    @FXML
    void undoDelete() {
        model.undoDelete();
    }

    @Override
    public boolean releaseDrafts() {
        return model.releaseDraft();
    }

    /** The headings and note cards as laid out. */
    public VBox noteBox() {
        return noteBox;
    }

    public ActionItemsController actionItems() {
        return actionItemsController;
    }
}
