package com.counteroffer.ui.sources;

import com.counteroffer.data.DatasetException;
import com.counteroffer.data.MarketDatasetReader;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.market.Source;
import com.counteroffer.store.MarketDatasetRepository;
import com.counteroffer.ui.common.FxFutures;
import com.counteroffer.ui.common.MarketData;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Lists every source the active dataset cites, and lets a coach replace the dataset with a file. */
public final class SourcesController {

    static final long MAX_DATASET_BYTES = 5L * 1024 * 1024;

    private final MarketData marketData;
    private final MarketDatasetRepository repository;
    private final Executor io;
    private final ResourceBundle bundle;
    private FileChooserOpener chooser = this::chooseFile;

    @FXML
    private Label datasetName;
    @FXML
    private Label datasetYear;
    @FXML
    private Label datasetVersion;
    @FXML
    private Label datasetOrigin;
    @FXML
    private Button loadButton;
    @FXML
    private Button builtInButton;
    @FXML
    private ProgressIndicator loadProgress;
    @FXML
    private Label loadStatus;
    @FXML
    private VBox problemBox;
    @FXML
    private Label sourceCount;
    @FXML
    private VBox sourceList;

    public SourcesController(MarketData marketData, MarketDatasetRepository repository, Executor io,
                             ResourceBundle bundle) {
        this.marketData = marketData;
        this.repository = repository;
        this.io = io;
        this.bundle = bundle;
    }

    /** Picks the file to load; replaced in tests, where no native dialog can open. */
    @FunctionalInterface
    public interface FileChooserOpener {
        Path choose();
    }

    public void setFileChooser(FileChooserOpener opener) {
        this.chooser = opener;
    }

    @FXML
    private void initialize() {
        problemBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(problemBox.getChildren()));
        problemBox.managedProperty().bind(problemBox.visibleProperty());
        marketData.datasetProperty().addListener((observable, old, dataset) -> render());
        marketData.originProperty().addListener((observable, old, origin) -> render());
        render();
    }

    private void render() {
        MarketDataset dataset = marketData.dataset();
        datasetName.setText(dataset.name());
        datasetYear.setText(Integer.toString(dataset.year()));
        datasetVersion.setText(dataset.version() + " (" + dataset.format() + ")");
        datasetOrigin.setText(marketData.originProperty().get().description());
        builtInButton.setDisable(marketData.originProperty().get().builtIn());
        sourceCount.setText(MessageFormat.format(bundle.getString("sources.count"), dataset.sources().size()));
        Map<String, List<String>> citations = DatasetCitations.bySource(dataset);
        sourceList.getChildren().setAll(dataset.sources().stream().map(s -> card(s, citations)).toList());
    }

    private VBox card(Source source, Map<String, List<String>> citations) {
        Label title = new Label(source.title());
        title.getStyleClass().add("source-title");
        title.setWrapText(true);
        Label publisher = new Label(source.publisher() + " · " + (source.year() == null ? "n.d." : source.year()));
        publisher.getStyleClass().add("note");
        VBox card = new VBox(title, publisher);
        if (!source.address().isEmpty()) {
            // Selectable text, not a link: the app opens no network connection.
            TextField address = new TextField(source.address());
            address.setEditable(false);
            address.getStyleClass().add("source-address");
            address.setAccessibleText("Address of " + source.title() + ": " + source.address());
            card.getChildren().add(address);
        }
        if (!source.note().isEmpty()) {
            Label note = new Label(source.note());
            note.setWrapText(true);
            note.getStyleClass().add("note");
            card.getChildren().add(note);
        }
        List<String> cited = citations.getOrDefault(source.id(), List.of());
        if (!cited.isEmpty()) {
            Label uses = new Label(MessageFormat.format(bundle.getString("sources.citedFor"), String.join("; ", cited)));
            uses.setWrapText(true);
            card.getChildren().add(uses);
        }
        card.getStyleClass().add("source-card");
        card.setId("source-" + source.id());
        card.setFocusTraversable(false);
        return card;
    }

    @FXML
    void loadDataset() {
        Path file = chooser.choose();
        if (file == null) {
            return;
        }
        problemBox.getChildren().clear();
        loadStatus.setText(MessageFormat.format(bundle.getString("sources.load.reading"), file.getFileName()));
        setBusy(true);
        CompletableFuture<Loaded> reading = CompletableFuture.supplyAsync(() -> read(file), io);
        CompletableFuture<Loaded> stored = reading.thenCompose(loaded -> repository
                .activate(loaded.dataset().name(), loaded.dataset().year(), file.toString(), loaded.content())
                .thenApply(saved -> loaded));
        FxFutures.onFx(stored, loaded -> {
            setBusy(false);
            marketData.replace(loaded.dataset(), new MarketData.Origin(false, MessageFormat.format(
                    bundle.getString("sources.loaded.origin"), file.toString(), LocalDate.now().toString())));
            loadStatus.setText(MessageFormat.format(bundle.getString("sources.load.done"), loaded.dataset().name(),
                    Integer.toString(loaded.dataset().year())));
        }, error -> {
            setBusy(false);
            loadStatus.setText("");
            showProblems(file, error);
        });
    }

    @FXML
    void useBuiltIn() {
        setBusy(true);
        FxFutures.onFx(repository.useBuiltIn().thenApplyAsync(done -> MarketDatasetReader.readBuiltIn(), io),
                dataset -> {
                    setBusy(false);
                    problemBox.getChildren().clear();
                    marketData.replace(dataset, builtInOrigin(bundle));
                    loadStatus.setText(bundle.getString("sources.builtIn.done"));
                }, error -> {
                    setBusy(false);
                    loadStatus.setText(error.getMessage());
                });
    }

    /** How the built-in dataset is described wherever the origin is shown. */
    public static MarketData.Origin builtInOrigin(ResourceBundle bundle) {
        return new MarketData.Origin(true,
                MessageFormat.format(bundle.getString("sources.builtIn.origin"), MarketDatasetReader.BUILT_IN));
    }

    private void showProblems(Path file, Throwable error) {
        problemBox.getChildren().clear();
        Label header = new Label(MessageFormat.format(bundle.getString("sources.load.failed"), file.getFileName()));
        header.setWrapText(true);
        problemBox.getChildren().add(header);
        List<String> problems = error instanceof DatasetException dataset ? dataset.problems()
                : List.of(error.getMessage() == null ? error.toString() : error.getMessage());
        for (String problem : problems) {
            Label line = new Label("• " + problem);
            line.setWrapText(true);
            problemBox.getChildren().add(line);
        }
    }

    private void setBusy(boolean busy) {
        loadProgress.setVisible(busy);
        loadButton.setDisable(busy);
        builtInButton.setDisable(busy || marketData.originProperty().get().builtIn());
    }

    private Path chooseFile() {
        FileChooser dialog = new FileChooser();
        dialog.setTitle(bundle.getString("sources.load"));
        dialog.getExtensionFilters().add(new FileChooser.ExtensionFilter("Market dataset (*.json)", "*.json"));
        File file = dialog.showOpenDialog(loadButton.getScene().getWindow());
        return file == null ? null : file.toPath();
    }

    private record Loaded(MarketDataset dataset, String content) {
    }

    private Loaded read(Path file) {
        try {
            if (Files.size(file) > MAX_DATASET_BYTES) {
                throw new DatasetException(file.getFileName().toString(), List.of(MessageFormat.format(
                        bundle.getString("sources.load.tooLarge"), file.getFileName())));
            }
            byte[] bytes = Files.readAllBytes(file);
            MarketDataset dataset = MarketDatasetReader.read(new ByteArrayInputStream(bytes),
                    file.getFileName().toString());
            return new Loaded(dataset, new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
