package com.counteroffer.ui.sources;

import com.counteroffer.ui.common.Dialogs;
import com.counteroffer.ui.common.UiContext;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Binds the Sources screen to its {@link SourcesModel}. */
public final class SourcesController {

    private final UiContext ui;
    private final SourcesModel model;

    @FXML private Label datasetName;
    @FXML private Label datasetYear;
    @FXML private Label datasetVersion;
    @FXML private Label datasetOrigin;
    @FXML private Button loadButton;
    @FXML private Button builtInButton;
    @FXML private ProgressIndicator loadProgress;
    @FXML private Label loadStatus;
    @FXML private VBox problemBox;
    @FXML private Label sourceCount;
    @FXML private VBox sourceList;

    public SourcesController(UiContext ui) {
        this.ui = ui;
        this.model = new SourcesModel(ui);
    }

    public SourcesModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        datasetName.textProperty().bind(model.nameProperty());
        datasetYear.textProperty().bind(model.yearProperty());
        datasetVersion.textProperty().bind(model.versionProperty());
        datasetOrigin.textProperty().bind(model.originProperty());
        sourceCount.textProperty().bind(model.countProperty());
        loadStatus.textProperty().bind(model.statusProperty());
        loadProgress.visibleProperty().bind(model.busyProperty());
        loadButton.disableProperty().bind(model.busyProperty());
        builtInButton.disableProperty().bind(model.busyProperty().or(model.builtInProperty()));
        problemBox.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problemBox.managedProperty().bind(problemBox.visibleProperty());
        model.problems().addListener((ListChangeListener<String>) change -> problemBox.getChildren().setAll(
                model.problems().stream().map(text -> {
                    Label line = new Label(text);
                    line.setWrapText(true);
                    return (Node) line;
                }).toList()));
        model.cards().addListener((ListChangeListener<SourcesModel.SourceCard>) change -> renderCards());
        renderCards();
    }

    private void renderCards() {
        sourceList.getChildren().setAll(model.cards().stream().map(this::card).toList());
    }

    private VBox card(SourcesModel.SourceCard card) {
        var source = card.source();
        Label title = new Label(source.title());
        title.getStyleClass().add("source-title");
        title.setWrapText(true);
        Label publisher = new Label(source.publisher() + " · " + (source.year() == null ? "n.d." : source.year()));
        publisher.getStyleClass().add("note");
        VBox box = new VBox(title, publisher);
        if (!source.address().isEmpty()) {
            box.getChildren().add(address(source.title(), source.address()));
        }
        if (!source.note().isEmpty()) {
            Label note = new Label(ui.privacy().prose(source.note()));
            note.setWrapText(true);
            note.getStyleClass().add("note");
            box.getChildren().add(note);
        }
        if (!card.citedFor().isEmpty()) {
            Label uses = new Label(ui.text("sources.citedFor", String.join("; ", card.citedFor())));
            uses.setWrapText(true);
            box.getChildren().add(uses);
        }
        box.getStyleClass().add("source-card");
        box.setId("source-" + source.id());
        box.setFocusTraversable(false);
        return box;
    }

    /**
     * Text, not a link: the app opens no network connection. The whole address shows, wrapped
     * anywhere (it has no spaces); the menu copies it, to paste into a browser.
     */
    private Label address(String title, String address) {
        Label label = new Label(address);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().addAll("source-address", "wraps-anywhere");
        label.setAccessibleText(ui.text("sources.address.accessible", title, address));
        label.setTooltip(new Tooltip(address));
        MenuItem copy = new MenuItem(ui.text("sources.address.copy"));
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(address);
            Clipboard.getSystemClipboard().setContent(content);
        });
        label.setContextMenu(new ContextMenu(copy));
        return label;
    }

    @FXML
    void loadDataset() {
        ui.dialogs().openFile(ui.text("sources.load"), List.of(new Dialogs.FileKind("Market dataset", "json")))
                .ifPresent(model::load);
    }

    @FXML
    void useBuiltIn() {
        model.useBuiltIn();
    }
}
