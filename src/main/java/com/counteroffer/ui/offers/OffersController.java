package com.counteroffer.ui.offers;

import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.compensation.YearAmounts;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferChanges;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.store.OfferRepository;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.domain.offer.OfferRound;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.ui.common.Converters;
import com.counteroffer.ui.common.ClientData;
import com.counteroffer.ui.common.FxFutures;
import com.counteroffer.ui.common.TaxData;
import com.counteroffer.domain.compare.OfferTakeHome;
import com.counteroffer.domain.compare.TaxProfile;
import com.counteroffer.ui.common.ViewLoader;
import com.counteroffer.ui.common.LeaveGuard;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The offers list: sort, search and filter; add, edit, duplicate, delete with undo; record
 * negotiation rounds; and the selected offer year by year with its history.
 */
public final class OffersController implements LeaveGuard {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final OfferRepository repository;
    private final ClientData clientData;
    private final ViewLoader viewLoader;
    private final ResourceBundle bundle;
    private final Clock clock;
    private final TaxData taxData;
    private final ObservableList<OfferRow> rows = FXCollections.observableArrayList();
    private final FilteredList<OfferRow> filtered = new FilteredList<>(rows);
    private OfferEditorController editor;
    private javafx.scene.Node editorView;
    private Long lastDeleted;
    /** Counts reloads so that a slower, older list never replaces a newer one. */
    private long reloads;
    private Label annualizedHeader;

    @FXML private StackPane stack;
    @FXML private BorderPane listPane;
    @FXML private Button editButton;
    @FXML private Button duplicateButton;
    @FXML private Button roundButton;
    @FXML private Button deleteButton;
    @FXML private TextField searchField;
    @FXML private ComboBox<OfferStatus> statusFilter;
    @FXML private ComboBox<OfferRow.Figures> figuresBox;
    @FXML private TableView<OfferRow> table;
    @FXML private Label emptyLabel;
    @FXML private VBox detail;
    @FXML private HBox undoBar;
    @FXML private Label undoLabel;

    public OffersController(OfferRepository repository, ClientData clientData, ViewLoader viewLoader,
                            ResourceBundle bundle, Clock clock, TaxData taxData) {
        this.taxData = taxData;
        this.repository = repository;
        this.clientData = clientData;
        this.viewLoader = viewLoader;
        this.bundle = bundle;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        buildColumns();
        SortedList<OfferRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(bundle.getString("offers.empty")));
        emptyLabel.visibleProperty().set(false);
        emptyLabel.setManaged(false);

        statusFilter.setItems(FXCollections.observableArrayList(OfferStatus.values()));
        statusFilter.getItems().add(0, null);
        statusFilter.setConverter(Converters.labelled(status -> status.label()));
        statusFilter.setButtonCell(statusCell());
        statusFilter.setCellFactory(list -> statusCell());
        figuresBox.setItems(FXCollections.observableArrayList(OfferRow.Figures.values()));
        figuresBox.setConverter(Converters.labelled(OfferRow.Figures::label));
        figuresBox.setValue(OfferRow.Figures.GROSS);
        figuresBox.valueProperty().addListener((o, was, now) -> {
            // Gross uses the Levels-style formula; after tax it is the average of the years shown.
            annualizedHeader.setText(now == OfferRow.Figures.GROSS ? bundle.getString("offers.col.annualized")
                    : bundle.getString("offers.col.average"));
            table.refresh();
        });
        searchField.textProperty().addListener((o, was, now) -> applyFilter());
        statusFilter.valueProperty().addListener((o, was, now) -> applyFilter());

        var noSelection = table.getSelectionModel().selectedItemProperty().isNull();
        editButton.disableProperty().bind(noSelection);
        duplicateButton.disableProperty().bind(noSelection);
        roundButton.disableProperty().bind(noSelection);
        deleteButton.disableProperty().bind(noSelection);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> renderDetail(row));
        table.setRowFactory(view -> {
            javafx.scene.control.TableRow<OfferRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    editSelected();
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                editSelected();
            } else if (event.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedItem() != null) {
                deleteSelected();
            }
        });
        stack.setOnKeyPressed(event -> {
            if (UNDO.match(event) && lastDeleted != null && !editing()) {
                undoDelete();
                event.consume();
            } else if (NEW.match(event) && !editing()) {
                newOffer();
                event.consume();
            }
        });
        hideUndo();
        // Take-home figures depend on the profile's residence and filing status.
        clientData.profileProperty().addListener((o, was, now) -> reload(null));
        clientData.clientIdProperty().addListener((o, was, now) -> {
            hideUndo();
            if (editing()) {
                closeEditor();
            }
            table.getSelectionModel().clearSelection();
            reload(null);
        });
        rows.setAll(clientData.offers().stream().map(OfferRow::of).toList());
        renderDetail(null);
        reload(null);
    }

    /** The table, for tests. */
    public TableView<OfferRow> table() {
        return table;
    }

    public OfferEditorController editor() {
        return editor;
    }

    @FXML
    void newOffer() {
        openEditor(null, offer -> FxFutures.onFx(repository.add(clientData.clientId(), offer),
                id -> afterSave(offer, id), editor::saveFailed));
    }

    @FXML
    void editSelected() {
        OfferRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        openEditor(row.offer(), offer -> FxFutures.onFx(repository.update(clientData.clientId(), row.id(), offer),
                done -> afterSave(offer, row.id()), editor::saveFailed));
    }

    @FXML
    void duplicateSelected() {
        OfferRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        Offer source = row.offer();
        Offer copy = new Offer(MessageFormat.format(bundle.getString("offers.copy"), source.company()), source.title(),
                source.level(), source.location(), source.startDate(), source.deadline(), source.status(),
                source.remotePolicy(), source.notes(), false, source.base(), source.yearlyRaisePercent(),
                source.bonus(), source.signOns(), source.clawback(), source.relocation(), source.equity(),
                source.refreshers(), source.match(), source.benefitsValue(), source.ptoDays());
        FxFutures.onFx(repository.add(clientData.clientId(), copy), this::reload, this::showError);
    }

    @FXML
    void deleteSelected() {
        OfferRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        FxFutures.onFx(repository.delete(clientData.clientId(), row.id()), done -> {
            lastDeleted = row.id();
            undoLabel.setText(MessageFormat.format(bundle.getString("offers.deleted"), row.offer().company()));
            undoBar.setVisible(true);
            undoBar.setManaged(true);
            reload(null);
        }, this::showError);
    }

    @FXML
    void undoDelete() {
        if (lastDeleted == null) {
            return;
        }
        long id = lastDeleted;
        FxFutures.onFx(repository.restore(clientData.clientId(), id), done -> {
            hideUndo();
            reload(id);
        }, this::showError);
    }

    @FXML
    void recordRound() {
        OfferRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        Optional<RoundInfo> info = askRound(row);
        info.ifPresent(round -> openEditor(row.offer(), offer -> FxFutures.onFx(
                repository.recordRound(clientData.clientId(), row.id(), offer, round.date(), round.by(), round.label(),
                        round.note(), false),
                saved -> afterSave(offer, row.id()), editor::saveFailed)));
        info.ifPresent(round -> editor.markAsRound(MessageFormat.format(bundle.getString("offers.round.editing"),
                row.offer().company(), round.label())));
    }

    private boolean editing() {
        return editorView != null && stack.getChildren().contains(editorView);
    }

    @Override
    public boolean confirmLeave() {
        if (!editing()) {
            return true;
        }
        if (editor.confirmLeave()) {
            closeEditor();
            return true;
        }
        return false;
    }

    private void openEditor(Offer offer, java.util.function.Consumer<Offer> save) {
        if (editor == null) {
            ViewLoader.View<OfferEditorController> view = viewLoader.load(OfferEditorController.class);
            editor = view.controller();
            editorView = view.root();
        }
        editor.edit(offer, save, this::closeEditor);
        if (!stack.getChildren().contains(editorView)) {
            stack.getChildren().add(editorView);
        }
        listPane.setVisible(false);
    }

    private void closeEditor() {
        stack.getChildren().remove(editorView);
        listPane.setVisible(true);
        table.requestFocus();
    }

    private void afterSave(Offer offer, long id) {
        editor.saved(offer);
        closeEditor();
        reload(id);
    }

    /** Reloads the list from the store, then selects {@code selectId} if given. */
    private void reload(Long selectId) {
        long reload = ++reloads;
        Long keep = selectId != null ? selectId
                : Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(OfferRow::id).orElse(null);
        TaxProfile taxProfile = TaxProfile.of(clientData.profileProperty().get());
        FxFutures.onFx(repository.list(clientData.clientId())
                        .thenApply(stored -> stored.stream().map(OfferRow::of).toList())
                        .thenCombine(taxData.get(), (list, data) -> list.stream()
                                .map(row -> row.withTakeHome(data, taxProfile)).toList()),
                loaded -> {
                    if (reload != reloads) {
                        return;
                    }
                    rows.setAll(loaded);
                    clientData.offers().setAll(loaded.stream().map(OfferRow::stored).toList());
                    if (keep != null) {
                        table.getItems().stream().filter(r -> r.id() == keep).findFirst()
                                .ifPresent(r -> table.getSelectionModel().select(r));
                    }
                    renderDetail(table.getSelectionModel().getSelectedItem());
                }, this::showError);
    }

    private void applyFilter() {
        String search = searchField.getText();
        OfferStatus status = statusFilter.getValue();
        filtered.setPredicate(row -> row.matches(search) && (status == null || row.offer().status() == status));
    }

    private void buildColumns() {
        TableColumn<OfferRow, String> company = column("offers.col.company", row -> row.offer().company()
                + (row.offer().current() ? "  (current)" : ""));
        company.setMinWidth(150);
        company.setPrefWidth(190);
        TableColumn<OfferRow, String> title = column("offers.col.title", row -> row.offer().title());
        title.setMinWidth(120);
        title.setPrefWidth(200);
        TableColumn<OfferRow, String> status = column("offers.col.status", row -> row.offer().status().label());
        status.setMinWidth(95);
        TableColumn<OfferRow, Long> base = moneyColumn("offers.col.base", row -> row.offer().base());
        TableColumn<OfferRow, Long> year1 = moneyColumn("offers.col.year1", row -> row.year1(figuresBox.getValue()));
        TableColumn<OfferRow, Long> annualized = moneyColumn("offers.col.annualized",
                row -> row.annualized(figuresBox.getValue()));
        explain(year1, "Gross: everything paid or vested in the first 12 months. After tax: that minus 2026 taxes "
                + "where you would live. Purchasing power: the net ÷ (regional price parity ÷ 100).");
        annualizedHeader = explain(annualized, "Gross: base + initial grant ÷ vesting years + target bonus + sign-on ÷ 4 (Levels-style). "
                + "After tax and purchasing power: the average of the years shown in the offer's detail.");
        TableColumn<OfferRow, LocalDate> deadline = new TableColumn<>(bundle.getString("offers.col.deadline"));
        deadline.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue().offer().deadline()));
        deadline.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        deadline.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("deadline-soon");
                setText(empty || item == null ? "" : Deadlines.countdown(item, LocalDate.now(clock)));
                if (!empty && item != null && Deadlines.urgent(item, LocalDate.now(clock))) {
                    getStyleClass().add("deadline-soon");
                }
            }
        });
        deadline.setMinWidth(170);
        deadline.setPrefWidth(200);
        table.getColumns().setAll(List.of(company, title, status, base, year1, annualized, deadline));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** Puts the column's formula in a tooltip on its header, one hover away. */
    private static Label explain(TableColumn<OfferRow, ?> column, String formula) {
        Label header = new Label(column.getText());
        Tooltip tip = new Tooltip(formula);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        header.setTooltip(tip);
        header.setAccessibleHelp(formula);
        column.setText("");
        column.setGraphic(header);
        return header;
    }

    private TableColumn<OfferRow, String> column(String key, Function<OfferRow, String> value) {
        TableColumn<OfferRow, String> column = new TableColumn<>(bundle.getString(key));
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(value.apply(data.getValue())));
        return column;
    }

    private TableColumn<OfferRow, Long> moneyColumn(String key, Function<OfferRow, Long> value) {
        TableColumn<OfferRow, Long> column = new TableColumn<>(bundle.getString(key));
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(value.apply(data.getValue())));
        column.setMinWidth(100);
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : Money.format(item));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        });
        return column;
    }

    private void renderDetail(OfferRow row) {
        detail.getChildren().clear();
        if (row == null) {
            detail.getChildren().add(note(bundle.getString("offers.detail.none")));
            return;
        }
        Offer offer = row.offer();
        Projection projection = row.projection();
        Label heading = new Label(offer.company() + (offer.title().isEmpty() ? "" : " — " + offer.title()));
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        String deadline = offer.deadline() == null ? "" : " · deadline " + Deadlines.countdown(offer.deadline(), LocalDate.now(clock));
        detail.getChildren().addAll(heading, note(offer.status().label() + deadline));

        GridPane views = new GridPane();
        views.setHgap(18);
        views.setVgap(4);
        addView(views, 0, "Year 1", projection.tcYear1(), "Everything paid in the first 12 months.");
        addView(views, 1, "Annualised (Levels-style)", projection.tcAnnualized(),
                "Base + grant ÷ vesting years + target bonus + sign-on ÷ 4.");
        addView(views, 2, "Steady state (year " + projection.steadyStateYear() + ")", projection.tcSteadyState(),
                "A year once the initial grant and sign-on are over, with refreshers stacked.");
        addView(views, 3, "Total over " + projection.years().size() + " years", projection.horizonTotal(),
                "Sum of the yearly totals.");
        addView(views, 4, "Guaranteed / at risk", null, Money.format(WholeDollars.of(projection.guaranteed()))
                + " guaranteed (base + sign-on) · " + Money.format(WholeDollars.of(projection.atRisk()))
                + " at risk (bonus + equity + refreshers)");
        detail.getChildren().addAll(sectionTitle(bundle.getString("offers.detail.views")), views);

        detail.getChildren().addAll(sectionTitle(bundle.getString("offers.detail.years")), yearTable(projection));
        VBox conventions = new VBox(2);
        projection.conventions().forEach(text -> conventions.getChildren().add(note("• " + text)));
        detail.getChildren().addAll(sectionTitle(bundle.getString("offers.detail.conventions")), conventions);

        VBox takeHome = new VBox(6, note("Working out the 2026 taxes…"));
        detail.getChildren().addAll(sectionTitle(bundle.getString("offers.detail.takeHome")), takeHome);
        TaxProfile taxProfile = TaxProfile.of(clientData.profileProperty().get());
        FxFutures.onFx(taxData.get().thenApply(data -> OfferTakeHome.of(offer, projection, taxProfile, data.tables(),
                        data.prices())),
                years -> takeHome.getChildren().setAll(TakeHomeView.build(offer.company(), years)),
                error -> takeHome.getChildren().setAll(errorLabel("Take-home figures are unavailable: " + error.getMessage())));

        VBox history = new VBox(6);
        history.setId("roundHistory");
        detail.getChildren().addAll(sectionTitle(bundle.getString("offers.detail.rounds")), history);
        FxFutures.onFx(repository.rounds(clientData.clientId(), row.id()), rounds -> renderRounds(history, rounds),
                error -> history.getChildren().setAll(note(error.getMessage())));
    }

    private void renderRounds(VBox history, List<OfferRound> rounds) {
        history.getChildren().clear();
        Offer previous = null;
        for (OfferRound round : rounds) {
            Label title = new Label("#" + round.number() + " " + round.label() + " — " + round.date() + ", proposed by "
                    + (round.proposedBy() == ProposedBy.EMPLOYER ? "the employer" : "you")
                    + (round.note().isEmpty() ? "" : ". " + round.note()));
            title.setWrapText(true);
            title.getStyleClass().add("round-title");
            VBox entry = new VBox(2, title);
            if (previous != null) {
                List<String> changes = OfferChanges.between(previous, round.terms());
                if (changes.isEmpty()) {
                    entry.getChildren().add(note(bundle.getString("offers.detail.noChanges")));
                }
                for (String change : changes) {
                    Label line = new Label("   " + change);
                    line.setWrapText(true);
                    line.getStyleClass().add("round-changes");
                    entry.getChildren().add(line);
                }
            }
            history.getChildren().add(entry);
            previous = round.terms();
        }
    }

    private GridPane yearTable(Projection projection) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("year-table");
        grid.setHgap(14);
        grid.setVgap(3);
        String[] headers = {"Year", "Base", "Bonus", "Equity", "Sign-on", "Refreshers", "Total", "401(k)", "Benefits"};
        for (int c = 0; c < headers.length; c++) {
            Label header = new Label(headers[c]);
            header.getStyleClass().add("header");
            grid.add(header, c, 0);
        }
        int r = 1;
        for (YearAmounts year : projection.years()) {
            BigDecimal[] values = {year.base(), year.bonus(), year.equity(), year.signOn(), year.refreshers(),
                year.total(), year.match(), year.benefits()};
            grid.add(new Label(Integer.toString(year.year())), 0, r);
            for (int c = 0; c < values.length; c++) {
                Label cell = new Label(Money.format(WholeDollars.of(values[c])));
                if (c == 5) {
                    cell.getStyleClass().add("total");
                }
                grid.add(cell, c + 1, r);
            }
            r++;
        }
        grid.add(note("401(k) match and benefits are shown apart from the total; relocation "
                + "(year 1) likewise."), 0, r, headers.length, 1);
        grid.setPadding(new Insets(0, 0, 4, 0));
        return grid;
    }

    private void addView(GridPane grid, int row, String name, BigDecimal value, String formula) {
        Label label = new Label(name);
        label.getStyleClass().add("field-label");
        grid.add(label, 0, row);
        if (value != null) {
            Label amount = new Label(Money.format(WholeDollars.of(value)));
            amount.getStyleClass().add("view-value");
            grid.add(amount, 1, row);
        }
        Label how = note(formula);
        grid.add(how, value == null ? 1 : 2, row, value == null ? 2 : 1, 1);
    }

    private Optional<RoundInfo> askRound(OfferRow row) {
        Dialog<RoundInfo> dialog = new Dialog<>();
        dialog.setTitle(bundle.getString("offers.round.title"));
        dialog.setHeaderText(bundle.getString("offers.round.header"));
        if (stack.getScene() != null) {
            dialog.initOwner(stack.getScene().getWindow());
        }
        ButtonType next = new ButtonType(bundle.getString("offers.round.next"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
        DatePicker date = new DatePicker(LocalDate.now(clock));
        date.setId("roundDate");
        ComboBox<ProposedBy> by = new ComboBox<>(FXCollections.observableArrayList(ProposedBy.values()));
        by.setId("roundBy");
        by.setConverter(Converters.labelled(p -> bundle.getString(p == ProposedBy.EMPLOYER ? "offers.round.employer"
                : "offers.round.candidate")));
        by.setValue(ProposedBy.CANDIDATE);
        TextField label = new TextField();
        label.setId("roundLabel");
        label.setText("Counter");
        TextField note = new TextField();
        note.setId("roundNote");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(bundle.getString("offers.round.date")), date);
        form.addRow(1, new Label(bundle.getString("offers.round.by")), by);
        form.addRow(2, new Label(bundle.getString("offers.round.label")), label);
        form.addRow(3, new Label(bundle.getString("offers.round.note")), note);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().lookupButton(next).disableProperty().bind(
                Bindings.createBooleanBinding(() -> date.getValue() == null || label.getText().isBlank(),
                        date.valueProperty(), label.textProperty()));
        dialog.setResultConverter(button -> button == next
                ? new RoundInfo(date.getValue(), by.getValue(), label.getText().strip(), note.getText().strip()) : null);
        return dialog.showAndWait();
    }

    private record RoundInfo(LocalDate date, ProposedBy by, String label, String note) {
    }

    private void hideUndo() {
        lastDeleted = null;
        undoBar.setVisible(false);
        undoBar.setManaged(false);
    }

    private void showError(Throwable error) {
        detail.getChildren().add(0, errorLabel(error.getMessage()));
    }

    private static Label errorLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        return label;
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("subsection-title");
        return label;
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("note");
        label.setWrapText(true);
        return label;
    }

    private javafx.scene.control.ListCell<OfferStatus> statusCell() {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(OfferStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : item == null ? bundle.getString("offers.filter.all") : item.label());
            }
        };
    }
}
