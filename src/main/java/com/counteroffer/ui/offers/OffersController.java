package com.counteroffer.ui.offers;

import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.ui.common.Converters;
import com.counteroffer.ui.common.DraftHolder;
import com.counteroffer.ui.common.LeaveGuard;
import com.counteroffer.ui.common.UiContext;
import com.counteroffer.ui.common.ViewLoader;
import com.counteroffer.ui.offers.equity.StartupEquityModel;
import com.counteroffer.ui.offers.equity.StartupEquityView;
import java.time.LocalDate;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Binds the Offers screen (list, detail, and the editor laid over them) to its {@link OffersModel}. */
public final class OffersController implements LeaveGuard, DraftHolder {

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final UiContext ui;
    private final ViewLoader viewLoader;
    private final OffersModel model;
    private final OfferDetailView detailView;
    private final StartupEquityModel equity;
    private OfferEditorController editor;
    private Node editorView;
    private Label annualizedHeader;
    private boolean selecting;
    private com.counteroffer.ui.common.UndoBanner undoBanner;

    @FXML private StackPane stack;
    @FXML private BorderPane listPane;
    @FXML private Button editButton;
    @FXML private Button duplicateButton;
    @FXML private Button roundButton;
    @FXML private Button deleteButton;
    @FXML private TextField searchField;
    @FXML private ComboBox<OfferStatus> statusFilter;
    @FXML private ComboBox<OfferRow.Figures> figuresBox;
    @FXML private Label figuresLabel;
    @FXML private TableView<OfferRow> table;
    @FXML private Label emptyLabel;
    @FXML private VBox detail;
    @FXML private HBox undoBar;
    @FXML private Label undoLabel;

    public OffersController(UiContext ui, ViewLoader viewLoader) {
        this.ui = ui;
        this.viewLoader = viewLoader;
        this.model = new OffersModel(ui);
        this.equity = new StartupEquityModel(ui);
        this.detailView = new OfferDetailView(ui, new StartupEquityView(ui, equity));
    }

    public OffersModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        SortedList<OfferRow> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // After the rows are set: the columns are sized from them (see OfferTable.columns).
        annualizedHeader = OfferTable.columns(table, ui, () -> model.figuresProperty().get(), ui.services().clock());
        table.setPlaceholder(new Label(ui.text("offers.empty")));
        emptyLabel.setVisible(false);
        emptyLabel.setManaged(false);

        statusFilter.setItems(FXCollections.observableArrayList(OfferStatus.values()));
        statusFilter.getItems().add(0, null);
        statusFilter.setConverter(Converters.labelled(OfferStatus::label));
        statusFilter.setButtonCell(statusCell());
        statusFilter.setCellFactory(list -> statusCell());
        statusFilter.valueProperty().bindBidirectional(model.statusFilterProperty());
        searchField.textProperty().bindBidirectional(model.searchProperty());
        // Set here: FXML cannot refer to the box before it is declared, and the label comes first.
        figuresLabel.setLabelFor(figuresBox);
        figuresBox.setItems(FXCollections.observableArrayList(OfferRow.Figures.values()));
        figuresBox.setConverter(Converters.labelled(OfferRow.Figures::label));
        figuresBox.valueProperty().bindBidirectional(model.figuresProperty());
        model.figuresProperty().addListener((o, was, now) -> {
            // Gross uses the Levels-style formula; after tax it is the average of the years shown.
            annualizedHeader.setText(ui.text(now == OfferRow.Figures.GROSS ? "offers.col.annualized"
                    : "offers.col.average"));
            table.refresh();
            OfferTable.refit(table);
        });

        var noSelection = model.selectedIdProperty().isNull();
        for (Button button : new Button[] {editButton, duplicateButton, roundButton, deleteButton}) {
            button.disableProperty().bind(noSelection);
        }
        // The table shows the model's selection, and the user's choice becomes it.
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (!selecting && !model.isReplacingRows()) {
                Long id = row == null ? null : row.id();
                // Unsaved startup equity edits are asked about first; staying puts the selection back.
                if (!Objects.equals(id, model.selectedIdProperty().get()) && !equity.confirmLeave()) {
                    javafx.application.Platform.runLater(() -> selectRow(model.selectedIdProperty().get()));
                    return;
                }
                model.selectedIdProperty().set(id);
            }
        });
        model.selectedIdProperty().addListener((o, was, id) -> selectRow(id));
        table.getItems().addListener((javafx.collections.ListChangeListener<OfferRow>) change -> {
            Long selected = model.selectedIdProperty().get();
            if (selected != null && table.getItems().stream().noneMatch(row -> row.id() == selected)) {
                model.selectedIdProperty().set(null); // filtered out of sight: Edit must not act on it
            } else {
                selectRow(selected);
            }
        });
        model.detailProperty().addListener((o, was, now) -> {
            if (now == null) {
                equity.clear();
            } else {
                equity.show(now.row().id(), now.row().offer());
            }
            renderDetail();
        });
        model.problemProperty().addListener((o, was, now) -> renderDetail());
        ui.privacy().onProperty().addListener((o, was, now) -> renderDetail());
        renderDetail();
        table.setRowFactory(view -> {
            TableRow<OfferRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    editSelected();
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && model.selectedIdProperty().get() != null) {
                editSelected();
            } else if (event.getCode() == KeyCode.DELETE && model.selectedIdProperty().get() != null) {
                deleteSelected();
            }
        });
        stack.setOnKeyPressed(event -> {
            if (NEW.match(event) && model.editingProperty().get() == null) {
                newOffer();
                event.consume();
            }
        });
        undoBanner = com.counteroffer.ui.common.UndoBanner.bind(stack, undoBar, undoLabel, model.undoTextProperty(),
                this::undoDelete, model::hideUndo, ui.settings().undoWindowProperty());
        model.editingProperty().addListener((o, was, mode) -> {
            if (mode != null) {
                undoBanner.endIfShown(); // the next action: what was deleted stays deleted
            }
            showEditor(mode != null);
        });
    }

    private void selectRow(Long id) {
        selecting = true;
        try {
            OfferRow row = id == null ? null : table.getItems().stream().filter(r -> Objects.equals(r.id(), id))
                    .findFirst().orElse(null);
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        } finally {
            selecting = false;
        }
    }

    private void renderDetail() {
        detail.getChildren().setAll(detailView.nodes(model.detailProperty().get(),
                LocalDate.now(ui.services().clock())));
        String problem = model.problemProperty().get();
        if (problem != null && !problem.isEmpty()) {
            detail.getChildren().add(0, OfferDetailView.error(problem));
        }
    }

    private void showEditor(boolean open) {
        if (open) {
            if (editor == null) {
                ViewLoader.View<OfferEditorController> view = viewLoader.load(OfferEditorController.class);
                editor = view.controller();
                editorView = view.root();
                editor.attach(model);
            }
            if (!stack.getChildren().contains(editorView)) {
                stack.getChildren().add(editorView);
            }
            listPane.setVisible(false);
            editorView.applyCss(); // its scroll pane puts the fields in the scene only once it has a skin
            editor.focusFirstField();
        } else {
            stack.getChildren().remove(editorView);
            listPane.setVisible(true);
            table.requestFocus();
        }
    }

    @FXML
    void newOffer() {
        model.newOffer();
    }

    @FXML
    void editSelected() {
        model.editSelected();
    }

    @FXML
    void duplicateSelected() {
        model.duplicateSelected();
    }

    @FXML
    void deleteSelected() {
        model.deleteSelected();
        // The Delete button goes grey with nothing selected: the keyboard stays where Ctrl+Z and Ctrl+N work.
        table.requestFocus();
    }

    @FXML
    void undoDelete() {
        model.undoDelete();
    }

    @FXML
    void recordRound() {
        model.recordRound();
    }

    @Override
    public boolean confirmLeave() {
        return model.closeEditor() && equity.confirmLeave();
    }

    @Override
    public boolean releaseDrafts() {
        return model.closeEditor() && equity.confirmLeave();
    }

    /** The detail's startup equity section, for tests. */
    public StartupEquityModel equity() {
        return equity;
    }

    /** The table, for tests. */
    public TableView<OfferRow> table() {
        return table;
    }

    public OfferEditorController editor() {
        return editor;
    }

    private ListCell<OfferStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(OfferStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : item == null ? ui.text("offers.filter.all") : item.label());
            }
        };
    }
}
