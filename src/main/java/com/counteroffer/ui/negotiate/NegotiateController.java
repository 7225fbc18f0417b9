package com.counteroffer.ui.negotiate;

import com.counteroffer.domain.compensation.CompensationEngine;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.money.AmountParser;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.negotiation.Ask;
import com.counteroffer.domain.negotiation.CompetingOffer;
import com.counteroffer.domain.negotiation.CounterPlan;
import com.counteroffer.domain.negotiation.CounterPlanner;
import com.counteroffer.domain.negotiation.Lever;
import com.counteroffer.domain.negotiation.NegotiationInput;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.negotiation.NegotiationWorkspace.ChecklistItem;
import com.counteroffer.domain.negotiation.PlanSettings;
import com.counteroffer.domain.negotiation.ScriptRenderer;
import com.counteroffer.domain.negotiation.Scripts;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferChanges;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.SignOnPayment;
import com.counteroffer.store.NegotiationRepository;
import com.counteroffer.store.OfferRepository;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.domain.offer.OfferRound;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.ui.common.ClientData;
import com.counteroffer.ui.common.Converters;
import com.counteroffer.ui.common.FxFutures;
import com.counteroffer.ui.common.MarketData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/**
 * The negotiation assistant for one offer: where it stands, the counter plan with its rules, the
 * talking points, scripts in three tones, the round log and the checklist.
 */
public final class NegotiateController implements com.counteroffer.ui.common.LeaveGuard {

    private final ClientData clientData;
    private final MarketData marketData;
    private final OfferRepository offers;
    private final NegotiationRepository workspaces;
    private final Executor io;
    private final Path templateFolder;
    private final ResourceBundle bundle;
    private final Clock clock;
    private final com.counteroffer.ui.common.LiveAssumptions live;
    private final PauseTransition pendingSave = new PauseTransition(Duration.millis(300));
    private NegotiationWorkspace workspace;
    /** The offer {@link #workspace} belongs to; saves go there even if the choice has moved on. */
    private Long workspaceOfferId;
    private CounterPlan plan;
    private boolean loading;
    private SaveTarget saveTarget = this::chooseFile;

    @FXML private ScrollPane root;
    @FXML private ComboBox<Long> offerBox;
    @FXML private Label emptyNote;
    @FXML private VBox workspaceBox;
    @FXML private VBox warningsBox;
    @FXML private Label positionText;
    @FXML private VBox context;
    @FXML private TextField walkAwayField;
    @FXML private Label walkAwayRule;
    @FXML private Label walkAwayError;
    @FXML private Slider targetSlider;
    @FXML private Label targetLabel;
    @FXML private Slider anchorSlider;
    @FXML private Label anchorLabel;
    @FXML private FlowPane leverBoxes;
    @FXML private VBox asks;
    @FXML private VBox planNotes;
    @FXML private ListView<String> pointsList;
    @FXML private TextField newPointField;
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
    @FXML private DatePicker roundDate;
    @FXML private ComboBox<ProposedBy> roundBy;
    @FXML private TextField roundNote;
    @FXML private TextField roundBase;
    @FXML private TextField roundSignOn;
    @FXML private TextField roundGrant;
    @FXML private Label roundError;
    @FXML private VBox roundList;
    @FXML private VBox roundChartBox;
    @FXML private VBox checklist;
    @FXML private TextField newItemField;

    public NegotiateController(ClientData clientData, MarketData marketData, OfferRepository offers,
                               NegotiationRepository workspaces, Executor io, Path templateFolder,
                               ResourceBundle bundle, Clock clock, com.counteroffer.ui.common.LiveAssumptions live) {
        this.live = live;
        this.clientData = clientData;
        this.marketData = marketData;
        this.offers = offers;
        this.workspaces = workspaces;
        this.io = io;
        this.templateFolder = templateFolder;
        this.bundle = bundle;
        this.clock = clock;
    }

    /** Where a script is saved; replaced in tests, where no native dialog can open. */
    @FunctionalInterface
    public interface SaveTarget {
        Path choose(String extension);
    }

    public void setSaveTarget(SaveTarget target) {
        this.saveTarget = target;
    }

    @FXML
    private void initialize() {
        offerBox.setConverter(Converters.labelled(id -> clientData.offers().stream().filter(s -> s.id() == id)
                .findFirst().map(s -> s.offer().company() + (s.offer().title().isEmpty() ? "" : " — " + s.offer().title()))
                .orElse("")));
        clientData.offers().addListener((ListChangeListener<StoredOffer>) change -> refreshOfferChoices());
        offerBox.valueProperty().addListener((o, was, id) -> open(id));
        for (Lever lever : Lever.values()) {
            CheckBox box = new CheckBox(lever.label());
            box.setId("lever-" + lever.id());
            box.setSelected(true);
            box.selectedProperty().addListener((o, was, on) -> settingsChanged());
            leverBoxes.getChildren().add(box);
        }
        targetSlider.valueProperty().addListener((o, was, now) -> settingsChanged());
        anchorSlider.valueProperty().addListener((o, was, now) -> settingsChanged());
        targetLabel.textProperty().bind(targetSlider.valueProperty().asString("%.0f %%"));
        anchorLabel.textProperty().bind(anchorSlider.valueProperty().asString("%.0f %%"));
        walkAwayField.setOnAction(event -> applyWalkAway());
        walkAwayField.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                applyWalkAway();
            }
        });
        pointsList.setCellFactory(list -> {
            // Long points wrap inside the list instead of running off its edge.
            TextFieldListCell<String> cell = new TextFieldListCell<>(new javafx.util.converter.DefaultStringConverter());
            cell.setWrapText(true);
            cell.setPrefWidth(0);
            return cell;
        });
        pointsList.setOnEditCommit(event -> {
            pointsList.getItems().set(event.getIndex(), event.getNewValue());
            pointsChanged();
        });
        emailToggle.setUserData(Scripts.Channel.EMAIL);
        callToggle.setUserData(Scripts.Channel.CALL);
        warmToggle.setUserData(Scripts.Tone.WARM);
        neutralToggle.setUserData(Scripts.Tone.NEUTRAL);
        directToggle.setUserData(Scripts.Tone.DIRECT);
        channelGroup.selectedToggleProperty().addListener((o, was, now) -> {
            keepOneSelected(channelGroup, was, now);
            if (now != null) {
                renderScript();
            }
        });
        toneGroup.selectedToggleProperty().addListener((o, was, now) -> {
            keepOneSelected(toneGroup, was, now);
            if (now != null) {
                renderScript();
            }
        });
        myNameField.textProperty().addListener((o, was, now) -> namesChanged());
        recruiterField.textProperty().addListener((o, was, now) -> namesChanged());
        roundBy.setItems(FXCollections.observableArrayList(ProposedBy.values()));
        roundBy.setConverter(Converters.labelled(p -> bundle.getString(p == ProposedBy.EMPLOYER
                ? "offers.round.employer" : "offers.round.candidate")));
        roundBy.setValue(ProposedBy.EMPLOYER);
        roundDate.setValue(LocalDate.now(clock));
        pendingSave.setOnFinished(event -> saveWorkspace());
        refreshOfferChoices();
    }

    /** Opens the assistant on a saved offer (used by other screens and tests). */
    public void openOffer(long offerId) {
        offerBox.setValue(offerId);
    }

    private void refreshOfferChoices() {
        Long chosen = offerBox.getValue();
        List<Long> ids = clientData.offers().stream().filter(s -> !s.offer().current()).map(StoredOffer::id).toList();
        offerBox.setItems(FXCollections.observableArrayList(ids));
        boolean any = !ids.isEmpty();
        emptyNote.setVisible(!any);
        emptyNote.setManaged(!any);
        if (chosen != null && ids.contains(chosen)) {
            offerBox.setValue(chosen);
            render();
        } else if (any) {
            offerBox.setValue(ids.get(0));
        } else {
            offerBox.setValue(null);
        }
        workspaceBox.setVisible(offerBox.getValue() != null);
        workspaceBox.setManaged(offerBox.getValue() != null);
    }

    private void open(Long offerId) {
        flush();
        workspace = null;
        workspaceOfferId = null;
        workspaceBox.setVisible(offerId != null);
        workspaceBox.setManaged(offerId != null);
        if (offerId == null) {
            return;
        }
        StoredOffer stored = stored(offerId);
        FxFutures.onFx(workspaces.load(clientData.clientId(), offerId), saved -> {
            if (!offerId.equals(offerBox.getValue())) {
                return;
            }
            workspaceOfferId = offerId;
            workspace = saved.orElseGet(() -> NegotiationWorkspace.fresh(stored.offer().deadline(), LocalDate.now(clock)));
            loading = true;
            try {
                targetSlider.setValue(workspace.settings().targetPosition().movePointRight(2).doubleValue());
                anchorSlider.setValue(workspace.settings().anchorMargin().movePointRight(2).doubleValue());
                leverBoxes.getChildren().forEach(node -> ((CheckBox) node).setSelected(workspace.settings().levers()
                        .stream().anyMatch(lever -> node.getId().equals("lever-" + lever.id()))));
                walkAwayField.setText(workspace.walkAwayOverride() == null ? ""
                        : Money.format(WholeDollars.of(workspace.walkAwayOverride())));
                myNameField.setText(workspace.myName());
                recruiterField.setText(workspace.recruiter());
            } finally {
                loading = false;
            }
            render();
            renderChecklist();
            loadRounds(offerId);
        }, error -> walkAwayError.setText("Could not open the negotiation: " + error.getMessage()));
    }

    /** Rebuilds the plan from the offer, the other offers, the profile and the settings, and shows it. */
    private void render() {
        Long offerId = offerBox.getValue();
        if (offerId == null || workspace == null) {
            return;
        }
        StoredOffer stored = stored(offerId);
        Offer offer = stored.offer();
        Projection projection = CompensationEngine.project(offer, ProjectionSettings.defaults());
        List<CompetingOffer> others = new ArrayList<>();
        for (StoredOffer other : clientData.offers()) {
            if (other.id() != offerId) {
                others.add(new CompetingOffer(other.offer(), CompensationEngine.project(other.offer(), ProjectionSettings.defaults())));
            }
        }
        NegotiationInput input = new NegotiationInput(offer, projection, marketData.dataset(),
                clientData.profileProperty().get(), others, workspace.walkAwayOverride(), LocalDate.now(clock));
        plan = CounterPlanner.plan(input, workspace.settings());
        live.put("Target position in the band", workspace.settings().targetPosition().movePointRight(2).stripTrailingZeros()
                .toPlainString() + " %");
        live.put("Opening above target", workspace.settings().anchorMargin().movePointRight(2).stripTrailingZeros()
                .toPlainString() + " %");
        if (workspace.talkingPoints() == null) {
            pointsList.getItems().setAll(plan.talkingPoints());
        } else if (!pointsList.getItems().equals(workspace.talkingPoints())) {
            pointsList.getItems().setAll(workspace.talkingPoints());
        }

        warningsBox.getChildren().setAll(plan.warnings().stream().map(w -> label("⚠ " + w.message(), "warning-" + w.code()))
                .toList());
        warningsBox.setVisible(!plan.warnings().isEmpty());
        warningsBox.setManaged(!plan.warnings().isEmpty());
        positionText.setText(plan.position() == null ? "No market band to place this offer in (set its level)."
                : capitalise(plan.position().describe()) + ".");
        context.getChildren().clear();
        context.getChildren().add(label("Annualised (Levels-style): " + dollars(projection.tcAnnualized())
                + " · year 1 " + dollars(projection.tcYear1()), null));
        for (CompetingOffer other : others) {
            context.getChildren().add(label("Competing: " + other.label() + " — annualised "
                    + dollars(other.projection().tcAnnualized()), null));
        }
        if (plan.unvestedLeftBehind() != null && plan.unvestedLeftBehind().signum() > 0) {
            context.getChildren().add(label("Unvested equity you would leave behind: "
                    + dollars(plan.unvestedLeftBehind()) + " (from your profile).", null));
        }
        walkAwayRule.setText(plan.walkAway() == null ? "No walk-away point yet: enter one."
                : "Walk away below " + dollars(plan.walkAway()) + ": " + plan.walkAwayRule());

        asks.getChildren().clear();
        for (Ask ask : plan.asks()) {
            VBox card = new VBox();
            card.getStyleClass().add("ask-card");
            card.setId("ask-" + ask.lever().id());
            String headline = ask.lever().label() + (ask.target() == null ? ""
                    : " — target " + dollars(ask.target()) + " · open with " + dollars(ask.opening()));
            Label title = label(headline, null);
            title.getStyleClass().add("ask-headline");
            card.getChildren().add(title);
            if (ask.text() != null && !ask.text().isBlank()) {
                card.getChildren().add(label(ask.text(), null));
            }
            Label rule = label(ask.rule(), null);
            rule.getStyleClass().add("ask-rule");
            card.getChildren().add(rule);
            ask.inputs().forEach((name, value) -> card.getChildren().add(note("   " + name + ": " + value)));
            asks.getChildren().add(card);
        }
        planNotes.getChildren().setAll(plan.notes().stream().map(text -> note("• " + text)).toList());
        renderScript();
    }

    private void renderScript() {
        if (plan == null) {
            return;
        }
        Scripts.Channel channel = (Scripts.Channel) channelGroup.getSelectedToggle().getUserData();
        Scripts.Tone tone = (Scripts.Tone) toneGroup.getSelectedToggle().getUserData();
        Offer offer = stored(offerBox.getValue()).offer();
        Map<String, String> values = new java.util.LinkedHashMap<>(Scripts.values(plan, offer, workspace.myName(),
                workspace.recruiter()));
        values.put("talking_points", String.join("\n", pointsList.getItems().stream().map(p -> "- " + p).toList()));
        FxFutures.onFx(CompletableFuture.supplyAsync(() -> template(channel, tone), io),
                template -> scriptArea.setText(ScriptRenderer.render(template, values)),
                error -> scriptStatus.setText("Could not read the template: " + error.getMessage()));
    }

    /** A coach's own template in the data folder wins over the built-in one. */
    private String template(Scripts.Channel channel, Scripts.Tone tone) {
        Path own = templateFolder.resolve(channel.id() + "-" + tone.id() + ".txt");
        try {
            return Files.isRegularFile(own) ? Files.readString(own, StandardCharsets.UTF_8) : Scripts.template(channel, tone);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + own, e);
        }
    }

    private void settingsChanged() {
        if (loading || workspace == null) {
            return;
        }
        EnumSet<Lever> levers = EnumSet.noneOf(Lever.class);
        leverBoxes.getChildren().forEach(node -> {
            if (((CheckBox) node).isSelected()) {
                for (Lever lever : Lever.values()) {
                    if (node.getId().equals("lever-" + lever.id())) {
                        levers.add(lever);
                    }
                }
            }
        });
        workspace = workspace.withSettings(new PlanSettings(
                BigDecimal.valueOf(Math.round(targetSlider.getValue())).movePointLeft(2),
                BigDecimal.valueOf(Math.round(anchorSlider.getValue())).movePointLeft(2), levers));
        render();
        pendingSave.playFromStart();
    }

    private void applyWalkAway() {
        if (workspace == null) {
            return;
        }
        String text = walkAwayField.getText();
        AmountParser.Result parsed = AmountParser.parseOptional(text, AmountParser.MAX_AMOUNT);
        if (!parsed.ok()) {
            walkAwayError.setText(parsed.error());
            return;
        }
        walkAwayError.setText("");
        BigDecimal override = parsed.dollars() == null ? null : BigDecimal.valueOf(parsed.dollars());
        if (java.util.Objects.equals(override, workspace.walkAwayOverride())) {
            return;
        }
        workspace = workspace.withWalkAway(override);
        render();
        pendingSave.playFromStart();
    }

    private void namesChanged() {
        if (loading || workspace == null) {
            return;
        }
        workspace = workspace.withNames(myNameField.getText().strip(), recruiterField.getText().strip());
        renderScript();
        pendingSave.playFromStart();
    }

    private void pointsChanged() {
        workspace = workspace.withTalkingPoints(List.copyOf(pointsList.getItems()));
        renderScript();
        pendingSave.playFromStart();
    }

    @FXML
    void regeneratePoints() {
        workspace = workspace.withTalkingPoints(null);
        pointsList.getItems().setAll(plan.talkingPoints());
        renderScript();
        pendingSave.playFromStart();
    }

    @FXML
    void movePointUp() {
        move(-1);
    }

    @FXML
    void movePointDown() {
        move(1);
    }

    private void move(int by) {
        int index = pointsList.getSelectionModel().getSelectedIndex();
        int target = index + by;
        if (index < 0 || target < 0 || target >= pointsList.getItems().size()) {
            return;
        }
        String point = pointsList.getItems().remove(index);
        pointsList.getItems().add(target, point);
        pointsList.getSelectionModel().select(target);
        pointsChanged();
    }

    @FXML
    void removePoint() {
        int index = pointsList.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            pointsList.getItems().remove(index);
            pointsChanged();
        }
    }

    @FXML
    void addPoint() {
        String text = newPointField.getText().strip();
        if (!text.isEmpty()) {
            pointsList.getItems().add(text);
            newPointField.clear();
            pointsChanged();
        }
    }

    @FXML
    void copyScript() {
        ClipboardContent content = new ClipboardContent();
        content.putString(scriptArea.getText());
        Clipboard.getSystemClipboard().setContent(content);
        scriptStatus.setText(bundle.getString("negotiate.copied"));
    }

    @FXML
    void saveText() {
        saveScript("txt", scriptArea.getText());
    }

    @FXML
    void saveMarkdown() {
        Offer offer = stored(offerBox.getValue()).offer();
        String markdown = "# Counter for " + offer.company() + "\n\n" + scriptArea.getText().replace("\n- ", "\n- ") + "\n";
        saveScript("md", markdown);
    }

    private void saveScript(String extension, String text) {
        Path file = saveTarget.choose(extension);
        if (file == null) {
            return;
        }
        FxFutures.onFx(CompletableFuture.runAsync(() -> {
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, io), done -> scriptStatus.setText(MessageFormat.format(bundle.getString("negotiate.saved"), file)),
                error -> scriptStatus.setText("Could not save " + file + ": " + error.getMessage()));
    }

    /** Records a round: the employer's (or your) new terms become the offer's current terms and join its history. */
    @FXML
    void recordRound() {
        Long offerId = offerBox.getValue();
        if (offerId == null) {
            return;
        }
        Offer current = stored(offerId).offer();
        AmountParser.Result base = AmountParser.parseOptional(roundBase.getText(), AmountParser.MAX_AMOUNT);
        AmountParser.Result signOn = AmountParser.parseOptional(roundSignOn.getText(), AmountParser.MAX_AMOUNT);
        AmountParser.Result grant = AmountParser.parseOptional(roundGrant.getText(), 100_000_000L);
        String problem = !base.ok() ? "New base: " + base.error() : !signOn.ok() ? "New sign-on: " + signOn.error()
                : !grant.ok() ? "New grant: " + grant.error() : null;
        if (problem == null && grant.dollars() != null && !(current.equity() instanceof RsuGrant)) {
            problem = "New grant: this offer has no RSU grant; change options in the offer editor.";
        }
        if (problem == null && roundDate.getValue() == null) {
            problem = "Choose the date of the round.";
        }
        if (problem != null) {
            roundError.setText(problem);
            return;
        }
        roundError.setText("");
        List<SignOnPayment> signOns = current.signOns();
        if (signOn.dollars() != null) {
            List<SignOnPayment> changed = new ArrayList<>(signOns.stream().filter(p -> p.year() != 1).toList());
            changed.add(0, SignOnPayment.lumpSum(signOn.dollars(), 1));
            signOns = changed;
        }
        var equity = grant.dollars() == null ? current.equity()
                : RsuGrant.ofValue(grant.dollars(), current.equity().vesting());
        Offer terms = new Offer(current.company(), current.title(), current.level(), current.location(),
                current.startDate(), current.deadline(), com.counteroffer.domain.offer.OfferStatus.NEGOTIATING,
                current.remotePolicy(), current.notes(), current.current(),
                base.dollars() == null ? current.base() : base.dollars(), current.yearlyRaisePercent(), current.bonus(),
                signOns, current.clawback(), current.relocation(), equity, current.refreshers(), current.match(),
                current.benefitsValue(), current.ptoDays());
        String label = roundBy.getValue() == ProposedBy.EMPLOYER ? "Employer's answer" : "Your counter";
        FxFutures.onFx(offers.recordRound(clientData.clientId(), offerId, terms, roundDate.getValue(), roundBy.getValue(),
                        label, roundNote.getText().strip(), false)
                        .thenCompose(round -> offers.list(clientData.clientId())),
                list -> {
                    clientData.offers().setAll(list);
                    roundBase.clear();
                    roundSignOn.clear();
                    roundGrant.clear();
                    roundNote.clear();
                    scriptStatus.setText(bundle.getString("negotiate.round.recorded"));
                    loadRounds(offerId);
                }, error -> roundError.setText("Could not record the round: " + error.getMessage()));
    }

    private void loadRounds(long offerId) {
        FxFutures.onFx(offers.rounds(clientData.clientId(), offerId), this::renderRounds,
                error -> roundError.setText("Could not read the rounds: " + error.getMessage()));
    }

    private void renderRounds(List<OfferRound> rounds) {
        if (rounds.isEmpty() || !java.util.Objects.equals(rounds.get(0).offerId(), offerBox.getValue())) {
            return;
        }
        roundList.getChildren().clear();
        Offer previous = null;
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        y.setTickLabelFormatter(new NumberAxis.DefaultFormatter(y) {
            @Override
            public String toString(Number value) {
                return Money.compact(value.longValue());
            }
        });
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setId("roundChart");
        chart.setTitle("Annualised total, round by round");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(220);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        StringBuilder summary = new StringBuilder("Annualised total by round: ");
        for (OfferRound round : rounds) {
            long annualized = WholeDollars.of(CompensationEngine.project(round.terms(), ProjectionSettings.defaults()).tcAnnualized());
            series.getData().add(new XYChart.Data<>("#" + round.number(), annualized));
            summary.append('#').append(round.number()).append(' ').append(Money.format(annualized)).append("; ");
            VBox entry = new VBox(2, label("#" + round.number() + " " + round.label() + " — " + round.date()
                    + (round.note().isEmpty() ? "" : ": " + round.note()), "round-" + round.number()));
            if (previous != null) {
                OfferChanges.between(previous, round.terms()).forEach(change -> entry.getChildren().add(note("   " + change)));
            }
            roundList.getChildren().add(entry);
            previous = round.terms();
        }
        chart.getData().add(series);
        chart.setAccessibleText(summary.toString());
        roundChartBox.getChildren().setAll(chart);
    }

    private void renderChecklist() {
        checklist.getChildren().clear();
        List<ChecklistItem> items = workspace.checklist();
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            ChecklistItem item = items.get(i);
            CheckBox done = new CheckBox(item.text());
            done.setId("todo-" + i);
            done.setSelected(item.done());
            done.setWrapText(true);
            done.selectedProperty().addListener((o, was, on) -> updateItem(index,
                    new ChecklistItem(item.text(), workspace.checklist().get(index).due(), on)));
            DatePicker due = new DatePicker(item.due());
            due.setPrefWidth(150);
            due.setAccessibleText("Due date for " + item.text());
            due.valueProperty().addListener((o, was, date) -> updateItem(index,
                    new ChecklistItem(item.text(), date, workspace.checklist().get(index).done())));
            Label soon = new Label(item.due() != null && !item.done() && !item.due().isAfter(LocalDate.now(clock).plusDays(1))
                    ? "due now" : "");
            soon.getStyleClass().add("deadline-soon");
            Button remove = new Button("×");
            remove.setAccessibleText("Remove " + item.text());
            remove.setOnAction(event -> {
                List<ChecklistItem> changed = new ArrayList<>(workspace.checklist());
                changed.remove(index);
                workspace = workspace.withChecklist(changed);
                renderChecklist();
                pendingSave.playFromStart();
            });
            HBox line = new HBox(10, done, soon, due, remove);
            HBox.setHgrow(done, Priority.ALWAYS);
            done.setMaxWidth(Double.MAX_VALUE);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            checklist.getChildren().add(line);
        }
    }

    private void updateItem(int index, ChecklistItem item) {
        List<ChecklistItem> changed = new ArrayList<>(workspace.checklist());
        changed.set(index, item);
        workspace = workspace.withChecklist(changed);
        pendingSave.playFromStart();
    }

    @FXML
    void addItem() {
        String text = newItemField.getText().strip();
        if (text.isEmpty() || workspace == null) {
            return;
        }
        List<ChecklistItem> changed = new ArrayList<>(workspace.checklist());
        changed.add(new ChecklistItem(text, LocalDate.now(clock).plusDays(3), false));
        workspace = workspace.withChecklist(changed);
        newItemField.clear();
        renderChecklist();
        pendingSave.playFromStart();
    }

    private void saveWorkspace() {
        Long offerId = workspaceOfferId;
        if (offerId != null && workspace != null) {
            FxFutures.onFx(workspaces.save(clientData.clientId(), offerId, workspace), done -> { },
                    error -> scriptStatus.setText("Could not save the plan: " + error.getMessage()));
        }
    }

    /** Saves pending changes now (before another offer opens, and before the screen is left). */
    public void flush() {
        if (pendingSave.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            pendingSave.stop();
            saveWorkspace();
        }
    }

    @Override
    public boolean confirmLeave() {
        flush();
        return true;
    }

    public TextArea scriptArea() {
        return scriptArea;
    }

    public CounterPlan plan() {
        return plan;
    }

    private StoredOffer stored(long id) {
        return clientData.offers().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    private Path chooseFile(String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("counter." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase() + " file", "*." + extension));
        var file = chooser.showSaveDialog(root.getScene().getWindow());
        return file == null ? null : file.toPath();
    }

    private static void keepOneSelected(ToggleGroup group, javafx.scene.control.Toggle was, javafx.scene.control.Toggle now) {
        if (now == null && was != null) {
            was.setSelected(true);
        }
    }

    private static Label label(String text, String id) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (id != null) {
            label.setId(id);
        }
        return label;
    }

    private static Label note(String text) {
        Label label = label(text, null);
        label.getStyleClass().add("note");
        return label;
    }

    private static String dollars(BigDecimal amount) {
        return Money.format(amount.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

}
