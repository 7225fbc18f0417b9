package com.counteroffer.ui.negotiate;

import com.counteroffer.ui.common.Notes;
import com.counteroffer.ui.common.ChartPoints;
import com.counteroffer.ui.common.MoneyAxis;
import com.counteroffer.domain.input.Dates;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.service.RoundView;
import com.counteroffer.ui.common.Converters;
import com.counteroffer.ui.common.DateField;
import com.counteroffer.ui.common.FormBinding;
import com.counteroffer.ui.common.UiContext;
import java.util.List;
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
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The rounds part: a quick form for a round, and the offer's history as a list and a chart. */
public final class RoundsController {

    private RoundsModel model;
    private UiContext ui;

    @FXML private DateField roundDate;
    @FXML private Label roundDateError;
    @FXML private ComboBox<ProposedBy> roundBy;
    @FXML private CheckBox roundAgreed;
    @FXML private TextField roundNote;
    @FXML private TextField roundBase;
    @FXML private TextField roundSignOn;
    @FXML private TextField roundGrant;
    @FXML private Label roundError;
    @FXML private Label roundStatus;
    @FXML private VBox roundList;
    @FXML private VBox roundProgress;
    @FXML private VBox roundChartBox;

    void attach(RoundsModel owner, UiContext context) {
        this.model = owner;
        this.ui = context;
        roundDate.bind(model.round().date(), roundDateError);
        roundDate.setAccessibleName(ui.text("offers.round.date"));
        roundBy.setItems(FXCollections.observableArrayList(ProposedBy.values()));
        roundBy.setConverter(Converters.labelled(p -> ui.text(p == ProposedBy.EMPLOYER ? "offers.round.employer"
                : "offers.round.candidate")));
        roundBy.valueProperty().bindBidirectional(model.round().proposedByProperty());
        roundAgreed.selectedProperty().bindBidirectional(model.round().agreedProperty());
        roundAgreed.visibleProperty().bind(model.round().proposedByProperty().isEqualTo(ProposedBy.CANDIDATE));
        roundAgreed.managedProperty().bind(roundAgreed.visibleProperty());
        roundNote.textProperty().bindBidirectional(model.round().noteProperty());
        Label unused = new Label();
        FormBinding.bindAmount(roundBase, model.base(), unused, ui.privacy(), ui.text("privacy.amountLocked"));
        FormBinding.bindAmount(roundSignOn, model.signOn(), new Label(), ui.privacy(), ui.text("privacy.amountLocked"));
        FormBinding.bindAmount(roundGrant, model.grant(), new Label(), ui.privacy(), ui.text("privacy.amountLocked"));
        roundError.textProperty().bind(model.errorProperty());
        roundStatus.textProperty().bind(model.statusProperty());
        model.rounds().addListener((ListChangeListener<RoundView>) change -> render(model.rounds()));
        ui.privacy().onProperty().addListener((o, was, now) -> render(model.rounds()));
        model.progressProperty().addListener((o, was, now) -> showProgress());
        ui.privacy().onProperty().addListener((o, was, now) -> showProgress());
        showProgress();
        render(model.rounds());
    }

    @FXML
    void recordRound() {
        model.record();
    }

    private XYChart.Series<String, Number> series(String name, List<RoundChart.Point> points) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        points.forEach(point -> {
            XYChart.Data<String, Number> datum = new XYChart.Data<>(point.round(), point.annualised());
            ChartPoints.describe(datum, new javafx.scene.control.Tooltip(name + " " + point.round() + ": annualised "
                    + ui.privacy().money(point.annualised())));
            series.getData().add(datum);
        });
        return series;
    }

    private void showProgress() {
        var progress = model.progressProperty().get();
        roundProgress.setVisible(progress != null);
        roundProgress.setManaged(progress != null);
        if (progress == null) {
            roundProgress.getChildren().clear();
            return;
        }
        Label moved = Parts.label(ui.privacy().prose(progress.moved()), "roundMoved");
        moved.getStyleClass().add("ask-headline");
        roundProgress.getChildren().setAll(moved, Parts.label(ui.text("negotiate.round.next") + " "
                + ui.privacy().prose(progress.next()), "roundNext"));
    }

    private void render(List<RoundView> rounds) {
        roundList.getChildren().clear();
        if (rounds.isEmpty()) {
            roundChartBox.getChildren().clear();
            return;
        }
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = MoneyAxis.create(ui.privacy());
        y.setForceZeroInRange(false);
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setId("roundChart");
        chart.setAnimated(false);
        chart.setPrefHeight(220);
        // Every round on the axis in order; the offer's terms and the user's asks as two lines.
        rounds.forEach(view -> x.getCategories().add("#" + view.round().number()));
        RoundChart drawn = RoundChart.of(rounds);
        chart.getData().add(series(ui.text("negotiate.round.chart.terms"), drawn.terms()));
        if (!drawn.asks().isEmpty()) {
            chart.getData().add(series(ui.text("negotiate.round.chart.asks"), drawn.asks()));
        }
        chart.setLegendVisible(!drawn.asks().isEmpty());
        for (RoundView view : rounds) {
            int number = view.round().number();
            Label title = Parts.label("#" + number + " " + view.round().label() + " — " + Dates.format(view.round().date())
                    + ", " + view.kind() + (view.round().note().isEmpty() ? "" : ": " + ui.privacy().typed(view.round().note())),
                    "round-" + number);
            VBox entry = new VBox(2, title);
            if (!view.round().setTerms()) {
                Button agreed = new Button(ui.text("negotiate.round.markAgreed"));
                agreed.setAccessibleText(ui.text("negotiate.round.markAgreed.help") + " (#" + number + ")");
                agreed.setTooltip(new javafx.scene.control.Tooltip(ui.text("negotiate.round.markAgreed.help")));
                agreed.setOnAction(event -> model.markAgreed(number));
                entry.getChildren().add(new HBox(8, Notes.note("   Your ask; the offer keeps the employer's terms."),
                        agreed));
            }
            view.changes().forEach(change -> entry.getChildren().add(Notes.note("   " + ui.privacy().prose(change))));
            roundList.getChildren().add(entry);
        }
        chart.setAccessibleText(drawn.describe(ui.privacy()::money));
        // The title is a wrapping label above the chart: a chart's own title is cut at narrow widths.
        Label title = Parts.label(ui.text("negotiate.round.chart.title"), "roundChartTitle");
        title.getStyleClass().add("chart-title-label");
        roundChartBox.getChildren().setAll(title, chart);
    }
}
