package com.counteroffer.ui.clients;

import com.counteroffer.domain.client.SessionNote;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.input.GrowthRates;
import com.counteroffer.domain.market.Adjustment;
import com.counteroffer.ui.common.Dialogs;
import com.counteroffer.ui.common.Latest;
import com.counteroffer.ui.common.UiContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A client's session notes: pinned ones first, then grouped by session (the day written), each
 * readable in full, edited in place, pinned, deleted with Undo; a search over their whole text; and
 * the note being typed. The draft belongs to the client it was typed for: it is saved under that
 * client, and before another client is shown the user is asked to save or discard it, so a
 * confidential note is never filed to the wrong person.
 *
 * <p>Transient state, cleared when another client is shown: {@link #draftProperty() draft},
 * {@link #searchProperty() search}, {@link #errorProperty() error}, {@link #undoTextProperty() the
 * undo banner}, {@link #editingProperty() the note being edited} and {@link #editTextProperty() its text}.
 */
public final class NotesModel {

    private final UiContext ui;
    private final StringProperty draft = new SimpleStringProperty(this, "draft", "");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty undoText = new SimpleStringProperty(this, "undoText", "");
    private final ObjectProperty<SessionNote> editing = new SimpleObjectProperty<>(this, "editing");
    private final StringProperty editText = new SimpleStringProperty(this, "editText", "");
    private final ObservableList<SessionNote> notes = FXCollections.observableArrayList();
    private final ObservableList<NoteSection> sections = FXCollections.observableArrayList();
    private final Latest<List<SessionNote>> loads;
    private final ZoneId zone;
    /** The note Undo brings back, with the client it was deleted for; null when there is none. */
    private SessionNote lastDeleted;
    private long lastDeletedClient;
    /** The client the draft was typed for (the one shown when typing began). */
    private long draftClient;

    public NotesModel(UiContext ui) {
        this.ui = ui;
        this.loads = ui.tasks().latest();
        this.zone = ui.services().clock().getZone();
        this.draftClient = ui.session().clientId();
        draft.addListener((o, was, now) -> {
            if (was == null || was.isEmpty()) {
                draftClient = ui.session().clientId();
            }
        });
        search.addListener((o, was, now) -> load());
        ui.session().clientIdProperty().addListener((o, was, now) -> {
            // The switch asked about the draft first; whatever is left must not follow to the next client.
            draft.set("");
            search.set("");
            error.set("");
            clearTransientEdits();
            draftClient = now.longValue();
            load();
        });
        ui.session().onNotesChanged(this::load);
        load();
    }

    /** Drops the undo banner and the note being edited: what concerned the client shown before. */
    private void clearTransientEdits() {
        hideUndo();
        editing.set(null);
        editText.set("");
    }

    public void load() {
        long client = ui.session().clientId();
        String query = search.get();
        loads.run(progress -> ui.services().notes().list(client, query), list -> {
            if (client == ui.session().clientId()) {
                notes.setAll(list);
                sections.setAll(sections(list));
            }
        }, problem -> error.set(problem.getMessage()));
    }

    // Writes reload nothing themselves: the service announces them and onNotesChanged reloads once.

    /** Files the draft under the client it was typed for. */
    public void add() {
        String text = draft.get();
        long client = draftClient;
        ui.tasks().run(progress -> ui.services().notes().add(client, text), note -> {
            if (draft.get().equals(text)) {
                draft.set("");
            }
            error.set("");
        }, problem -> error.set(problem.getMessage()));
    }

    /** Notes what is being tried: the client's comparison scenario and the market switches and factors. */
    public void noteAssumptions() {
        long client = ui.session().clientId();
        List<Adjustment> adjustments = ui.session().standing().adjustments();
        ui.tasks().run(progress -> ui.services().compare().scenario(client), scenario -> {
            draft.set(describe(scenario, adjustments));
            add();
        }, problem -> error.set(problem.getMessage()));
    }

    /** The notes as listed: pinned first (newest first), then one section per session day, newest first. */
    List<NoteSection> sections(List<SessionNote> list) {
        List<SessionNote> pinned = list.stream().filter(SessionNote::pinned).toList();
        Map<LocalDate, List<SessionNote>> bySession = new LinkedHashMap<>();
        list.stream().filter(note -> !note.pinned())
                .sorted((a, b) -> b.writtenAt().compareTo(a.writtenAt()) != 0 ? b.writtenAt().compareTo(a.writtenAt())
                        : Long.compare(b.id(), a.id()))
                .forEach(note -> bySession.computeIfAbsent(note.session(zone), day -> new ArrayList<>()).add(note));
        List<NoteSection> result = new ArrayList<>();
        if (!pinned.isEmpty()) {
            result.add(new NoteSection(ui.text("clients.notes.pinned"), null, pinned));
        }
        bySession.forEach((day, dayNotes) -> result.add(new NoteSection(ui.text("clients.notes.session",
                com.counteroffer.domain.input.Dates.formatWithWeekday(day)), day, dayNotes)));
        return result;
    }


    /** Opens a note for editing in place, its text in {@link #editTextProperty()}. */
    public void startEdit(SessionNote note) {
        editing.set(note);
        editText.set(note.text());
        error.set("");
    }

    /** Saves the edited text; the note keeps its time and place. A bad text keeps the editor open and says why. */
    public void saveEdit() {
        SessionNote note = editing.get();
        if (note == null) {
            return;
        }
        long client = ui.session().clientId();
        String text = editText.get();
        ui.tasks().run(progress -> {
            ui.services().notes().edit(client, note.id(), text);
            return null;
        }, done -> {
            if (editing.get() == note) {
                editing.set(null);
                editText.set("");
            }
            error.set("");
        }, problem -> error.set(problem.getMessage()));
    }

    public void cancelEdit() {
        editing.set(null);
        editText.set("");
        error.set("");
    }

    /** Pins the note to the top, or unpins it. */
    public void togglePin(SessionNote note) {
        long client = ui.session().clientId();
        ui.tasks().run(progress -> {
            ui.services().notes().pin(client, note.id(), !note.pinned());
            return null;
        }, done -> error.set(""), problem -> error.set(problem.getMessage()));
    }

    /** Deletes the note; the undo banner offers it back (see {@link #undoDelete()}) until dismissed. */
    public void delete(SessionNote note) {
        long client = ui.session().clientId();
        ui.tasks().run(progress -> {
            ui.services().notes().delete(client, note.id());
            return null;
        }, done -> {
            if (editing.get() != null && editing.get().id() == note.id()) {
                cancelEdit();
            }
            lastDeleted = note;
            lastDeletedClient = client;
            undoText.set(ui.text("clients.notes.deleted", com.counteroffer.domain.input.Dates.formatDateTime(note.writtenAt().atZone(zone))));
        }, problem -> error.set(problem.getMessage()));
    }

    /** Brings the deleted note back exactly: same id, time, text and pin. */
    public void undoDelete() {
        SessionNote note = lastDeleted;
        long client = lastDeletedClient;
        if (note == null || client != ui.session().clientId()) {
            hideUndo();
            return;
        }
        ui.tasks().run(progress -> {
            ui.services().notes().restore(client, note.id());
            return null;
        }, done -> hideUndo(), problem -> {
            hideUndo();
            error.set(problem.getMessage());
        });
    }

    /** Ends the Undo window (the banner's time ran out, or it was closed). */
    public void hideUndo() {
        lastDeleted = null;
        undoText.set("");
    }

    public boolean canUndo() {
        return lastDeleted != null;
    }


    static String describe(SavedComparison scenario, List<Adjustment> adjustments) {
        List<String> parts = new ArrayList<>();
        parts.add("Stock growth " + GrowthRates.describe(scenario.growth()));
        parts.add("horizon " + scenario.years() + " years");
        parts.add("leave at month " + (scenario.leaveMonth() == null ? "off" : scenario.leaveMonth()));
        for (Adjustment adjustment : adjustments) {
            parts.add(adjustment.name() + " ×" + adjustment.factor().stripTrailingZeros().toPlainString());
        }
        if (adjustments.isEmpty()) {
            parts.add("market bands as published");
        }
        return "Assumptions tried: " + String.join("; ", parts) + ".";
    }

    /** Before another client is shown: save or discard the draft; false when the user chose to stay. */
    public boolean releaseDraft() {
        if (draft.get() == null || draft.get().isBlank()) {
            draft.set("");
            return true;
        }
        String name = ui.privacy().clientLabel(ui.session().clientNameProperty().get());
        Dialogs.Unsaved answer = ui.dialogs().askUnsaved(ui.text("clients.notes.draft.header", name),
                ui.text("clients.notes.draft.content", name));
        if (answer == Dialogs.Unsaved.STAY) {
            return false;
        }
        if (answer == Dialogs.Unsaved.SAVE) {
            add();
        }
        draft.set("");
        return true;
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** The notes shown, pinned first, then newest first. */
    public ObservableList<SessionNote> notes() {
        return notes;
    }

    /** The notes shown, under their headings. */
    public ObservableList<NoteSection> sections() {
        return sections;
    }

    /** "Deleted the note of Dec 2, 2026 10:00." while Undo can bring it back; empty otherwise. */
    public StringProperty undoTextProperty() {
        return undoText;
    }

    /** The note being edited in place, or null. */
    public ObjectProperty<SessionNote> editingProperty() {
        return editing;
    }

    public StringProperty editTextProperty() {
        return editText;
    }
}
