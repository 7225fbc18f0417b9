package com.counteroffer.ui.offers;

import com.counteroffer.domain.compare.YearTakeHome;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.service.OfferService;
import com.counteroffer.service.RoundView;
import com.counteroffer.ui.common.RoundFields;
import com.counteroffer.ui.common.Dialogs;
import com.counteroffer.ui.common.Latest;
import com.counteroffer.ui.common.UiContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Offers screen: the client's offers as rows (from the session, so a round recorded on another
 * screen shows here at once), search and filter, the selected offer's detail, and the editor for
 * a new offer, a correction or a negotiation round, with delete and undo.
 */
public final class OffersModel {

    /** What the open editor saves as. */
    public enum EditMode { NEW, EDIT, ROUND }

    private final UiContext ui;
    private final ObservableList<OfferRow> rows = FXCollections.observableArrayList();
    private final FilteredList<OfferRow> shown = new FilteredList<>(rows);
    private boolean replacingRows;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<OfferStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObjectProperty<OfferRow.Figures> figures =
            new SimpleObjectProperty<>(this, "figures", OfferRow.Figures.GROSS);
    private final ObjectProperty<Long> selectedId = new SimpleObjectProperty<>(this, "selectedId");
    private final ObjectProperty<OfferDetail> detail = new SimpleObjectProperty<>(this, "detail");
    private final OfferEditorModel editor = new OfferEditorModel();
    private final RoundFields round = new RoundFields();
    private final ObjectProperty<EditMode> editing = new SimpleObjectProperty<>(this, "editing");
    private final StringProperty editorHeading = new SimpleStringProperty(this, "editorHeading", "");
    private final StringProperty editorStatus = new SimpleStringProperty(this, "editorStatus", "");
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving");
    private final StringProperty undoText = new SimpleStringProperty(this, "undoText", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final Latest<List<OfferRow>> rowLoads;
    private final Latest<OfferDetail> detailLoads;
    private Long editedId;
    private Long lastDeleted;

    public OffersModel(UiContext ui) {
        this.ui = ui;
        this.rowLoads = ui.tasks().latest();
        this.detailLoads = ui.tasks().latest();
        for (Observable filter : new Observable[] {search, statusFilter}) {
            filter.addListener(changed -> replacingRows(() -> shown.setPredicate(row -> row.matches(search.get())
                    && (statusFilter.get() == null || row.offer().status() == statusFilter.get()))));
        }
        ui.session().offers().addListener((Observable changed) -> refreshRows());
        // Take-home figures depend on the profile's residence and filing status.
        ui.session().profileProperty().addListener((o, was, now) -> refreshRows());
        editor.profileSource(() -> ui.session().profile());
        ui.session().clientIdProperty().addListener((o, was, now) -> clientChanged());
        selectedId.addListener((o, was, now) -> loadDetail());
        refreshRows();
    }

    /** Rows from the session's offers at once; their after-tax figures follow from the background. */
    private void refreshRows() {
        OfferService offers = ui.services().offers();
        List<OfferRow> gross = new ArrayList<>();
        for (StoredOffer stored : ui.session().offers()) {
            if (offers.problems(stored.offer()).isEmpty()) {
                gross.add(new OfferRow(stored, offers.project(stored.offer()), null));
            }
        }
        replacingRows(() -> rows.setAll(gross));
        if (selectedId.get() != null && gross.stream().noneMatch(row -> row.id() == selectedId.get())) {
            selectedId.set(null);
        } else {
            loadDetail();
        }
        Profile profile = ui.session().profile();
        rowLoads.run(progress -> gross.stream().map(row -> row.withTakeHome(
                        offers.takeHome(row.offer(), row.projection(), profile))).toList(),
                withTakeHome -> replacingRows(() -> rows.setAll(withTakeHome)), error -> problem.set("Take-home figures are unavailable: " + error.getMessage()));
    }

    /**
     * Replaces what the list shows. A table clears its selection when its rows are replaced; while
     * this runs that is not the user deselecting, so the selected offer stays selected.
     */
    private void replacingRows(Runnable change) {
        replacingRows = true;
        try {
            change.run();
        } finally {
            replacingRows = false;
        }
    }

    /** True while the rows are being replaced (see {@link #replacingRows(Runnable)}). */
    public boolean isReplacingRows() {
        return replacingRows;
    }

    private void loadDetail() {
        Long id = selectedId.get();
        Optional<OfferRow> row = row(id);
        if (row.isEmpty()) {
            detailLoads.forget();
            detail.set(null);
            return;
        }
        long client = ui.session().clientId();
        Profile profile = ui.session().profile();
        OfferService offers = ui.services().offers();
        detailLoads.run(progress -> {
            List<RoundView> rounds = offers.rounds(client, id);
            try {
                List<YearTakeHome> years = offers.takeHome(row.get().offer(), row.get().projection(), profile);
                return new OfferDetail(row.get(), years, rounds, null, withholding(offers, row.get(), years));
            } catch (RuntimeException e) {
                return new OfferDetail(row.get(), null, rounds, "Take-home figures are unavailable: " + e.getMessage());
            }
        }, detail::set, error -> problem.set(error.getMessage()));
    }

    /** Year 1 withheld vs owed; null when there is no year (a failure shows as the take-home's problem). */
    private static com.counteroffer.domain.tax.withholding.WithholdingResult withholding(OfferService offers,
            OfferRow row, List<YearTakeHome> years) {
        return years.isEmpty() ? null : offers.withholding(row.projection(), years);
    }

    private void clientChanged() {
        hideUndo();
        editing.set(null);
        // The editor's fields and message were the last client's: none of it may show for this one.
        editor.load(null);
        editorStatus.set("");
        saving.set(false);
        selectedId.set(null);
        search.set("");
        statusFilter.set(null);
        problem.set("");
        refreshRows();
    }

    public void newOffer() {
        open(EditMode.NEW, null, ui.text("offer.new.title"));
    }

    public void editSelected() {
        row(selectedId.get()).ifPresent(row -> open(EditMode.EDIT, row.offer(),
                ui.text("offer.edit.title", row.offer().company())));
    }

    /** Opens the editor on the selected offer's terms to enter what a negotiation round put on the table. */
    public void recordRound() {
        row(selectedId.get()).ifPresent(row -> {
            open(EditMode.ROUND, row.offer(), ui.text("offers.round.editing", row.offer().company()));
            round.reset(LocalDate.now(ui.services().clock()));
        });
    }

    private void open(EditMode mode, Offer offer, String heading) {
        editedId = mode == EditMode.NEW ? null : selectedId.get();
        editor.load(offer);
        editorHeading.set(heading);
        editorStatus.set("");
        saving.set(false);
        editing.set(mode);
    }

    /** Saves what the editor holds as its mode says; the editor closes once the store confirms. */
    public void saveEditor() {
        EditMode mode = editing.get();
        if (mode == null || saving.get()) {
            return;
        }
        if (!editor.validProperty().get() || mode == EditMode.ROUND && !round.valid()) {
            editor.revealAll();
            round.date().reveal();
            List<String> problems = new ArrayList<>(editor.problems());
            if (mode == EditMode.ROUND && !round.valid()) {
                problems.add(0, round.problem());
            }
            editorStatus.set(ui.text("offer.invalid", problems.get(0)));
            return;
        }
        if (!editor.dirtyProperty().get() && mode != EditMode.ROUND) {
            editing.set(null);
            return;
        }
        long client = ui.session().clientId();
        Offer offer = editor.toOffer();
        Long id = editedId;
        OfferService offers = ui.services().offers();
        saving.set(true);
        ui.tasks().run(progress -> switch (mode) {
            case NEW -> offers.add(client, offer);
            case EDIT -> {
                offers.update(client, id, offer);
                yield id;
            }
            case ROUND -> {
                offers.recordRound(client, id, offer, round.request());
                yield id;
            }
        }, savedId -> {
            saving.set(false);
            editor.markSaved();
            editing.set(null);
            selectedId.set(savedId);
            loadDetail();
        }, error -> {
            saving.set(false);
            editorStatus.set(ui.text("offer.saveFailed", error.getMessage()));
        });
    }

    /** Closes the editor, asking first about unsaved changes; false when the user chose to stay. */
    public boolean closeEditor() {
        if (editing.get() == null) {
            return true;
        }
        if (editor.dirtyProperty().get()) {
            Dialogs.Unsaved answer = ui.dialogs().askUnsaved(ui.text("offers.leave.header"), null);
            if (answer == Dialogs.Unsaved.STAY) {
                return false;
            }
            if (answer == Dialogs.Unsaved.SAVE) {
                // Stay until the store confirms: the editor closes when the save succeeds.
                saveEditor();
                return false;
            }
        }
        editing.set(null);
        return true;
    }

    public void duplicateSelected() {
        row(selectedId.get()).ifPresent(row -> {
            long client = ui.session().clientId();
            ui.tasks().run(progress -> ui.services().offers().duplicate(client, row.id(),
                            ui.text("offers.copy", row.offer().company())), selectedId::set,
                    error -> problem.set(error.getMessage()));
        });
    }

    public void deleteSelected() {
        row(selectedId.get()).ifPresent(row -> {
            long client = ui.session().clientId();
            ui.tasks().run(progress -> {
                ui.services().offers().delete(client, row.id());
                return row.id();
            }, id -> {
                lastDeleted = id;
                undoText.set(ui.text("offers.deleted", row.offer().company()));
            }, error -> problem.set(error.getMessage()));
        });
    }

    public void undoDelete() {
        Long id = lastDeleted;
        if (id == null) {
            return;
        }
        long client = ui.session().clientId();
        ui.tasks().run(progress -> {
            ui.services().offers().restore(client, id);
            return id;
        }, restored -> {
            hideUndo();
            selectedId.set(restored);
        }, error -> problem.set(error.getMessage()));
    }

    public void hideUndo() {
        lastDeleted = null;
        undoText.set("");
    }

    public boolean canUndo() {
        return lastDeleted != null;
    }

    private Optional<OfferRow> row(Long id) {
        return id == null ? Optional.empty() : rows.stream().filter(row -> row.id() == id).findFirst();
    }

    public ObservableList<OfferRow> rows() {
        return rows;
    }

    /** The rows the search and status filter let through. */
    public FilteredList<OfferRow> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<OfferStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<OfferRow.Figures> figuresProperty() {
        return figures;
    }

    public ObjectProperty<Long> selectedIdProperty() {
        return selectedId;
    }

    public ObjectProperty<OfferDetail> detailProperty() {
        return detail;
    }

    public OfferEditorModel editor() {
        return editor;
    }

    public RoundFields round() {
        return round;
    }

    /** The editor's mode while it is open; null when the list shows. */
    public ObjectProperty<EditMode> editingProperty() {
        return editing;
    }

    public StringProperty editorHeadingProperty() {
        return editorHeading;
    }

    public StringProperty editorStatusProperty() {
        return editorStatus;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    /** "Deleted Northwind Cloud." while Undo can bring it back; empty otherwise. */
    public StringProperty undoTextProperty() {
        return undoText;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    /** The offer the editor changes (null for a new one). */
    Long editedId() {
        return editedId;
    }
}
