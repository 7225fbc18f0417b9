package com.counteroffer.ui.clients;

import com.counteroffer.domain.client.SessionNote;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.input.GrowthRates;
import com.counteroffer.domain.market.Adjustment;
import com.counteroffer.ui.common.Dialogs;
import com.counteroffer.ui.common.Latest;
import com.counteroffer.ui.common.UiContext;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A client's session notes: search, and the note being typed. The draft belongs to the client it
 * was typed for: it is saved under that client, and before another client is shown the user is
 * asked to save or discard it, so a confidential note is never filed to the wrong person.
 */
public final class NotesModel {

    private final UiContext ui;
    private final StringProperty draft = new SimpleStringProperty(this, "draft", "");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final ObservableList<SessionNote> notes = FXCollections.observableArrayList();
    private final Latest<List<SessionNote>> loads;
    /** The client the draft was typed for (the one shown when typing began). */
    private long draftClient;

    public NotesModel(UiContext ui) {
        this.ui = ui;
        this.loads = ui.tasks().latest();
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
            draftClient = now.longValue();
            load();
        });
        load();
    }

    public void load() {
        long client = ui.session().clientId();
        String query = search.get();
        loads.run(progress -> ui.services().notes().list(client, query), list -> {
            if (client == ui.session().clientId()) {
                notes.setAll(list);
            }
        }, problem -> error.set(problem.getMessage()));
    }

    /** Files the draft under the client it was typed for. */
    public void add() {
        String text = draft.get();
        long client = draftClient;
        ui.tasks().run(progress -> ui.services().notes().add(client, text), note -> {
            if (draft.get().equals(text)) {
                draft.set("");
            }
            error.set("");
            load();
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

    public ObservableList<SessionNote> notes() {
        return notes;
    }
}
