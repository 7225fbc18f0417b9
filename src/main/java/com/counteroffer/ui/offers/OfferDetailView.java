package com.counteroffer.ui.offers;

import com.counteroffer.ui.common.Reflow;

import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.compensation.YearAmounts;
import com.counteroffer.domain.input.Dates;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.service.RoundView;
import com.counteroffer.ui.common.UiContext;
import com.counteroffer.ui.offers.equity.StartupEquityView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import com.counteroffer.ui.common.Notes;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Draws the selected offer's detail: the named views, the startup equity section (options and
 * private shares only), year by year, after tax and its rounds.
 */
final class OfferDetailView {

    private final UiContext ui;
    private final StartupEquityView equity;

    OfferDetailView(UiContext ui, StartupEquityView equity) {
        this.ui = ui;
        this.equity = equity;
    }

    List<Node> nodes(OfferDetail detail, LocalDate today) {
        List<Node> nodes = new ArrayList<>();
        if (detail == null) {
            nodes.add(Notes.note(ui.text("offers.detail.none")));
            return nodes;
        }
        Offer offer = detail.row().offer();
        Projection projection = detail.row().projection();
        Label heading = new Label(offer.company() + (offer.title().isEmpty() ? "" : " — " + offer.title()));
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        String deadline = offer.deadline() == null ? "" : " · deadline " + Deadlines.countdown(offer.deadline(), today);
        nodes.add(heading);
        nodes.add(Notes.note(offer.status().label() + deadline));

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
        addView(views, 4, "Guaranteed / at risk", null, ui.privacy().money(projection.guaranteed())
                + " guaranteed (base + sign-on) · " + ui.privacy().money(projection.atRisk())
                + " at risk (bonus + equity + refreshers)");
        nodes.add(sectionTitle(ui.text("offers.detail.views")));
        nodes.add(Reflow.keepWhole(views));
        // The same node each time, so what is being typed in it survives a redraw; none for public RSUs.
        Node startupEquity = equity.node();
        if (startupEquity != null) {
            nodes.add(startupEquity);
        }
        nodes.add(sectionTitle(ui.text("offers.detail.years")));
        nodes.add(yearTable(projection));
        VBox conventions = new VBox(2);
        projection.conventions().forEach(text -> conventions.getChildren().add(Notes.note("• " + ui.privacy().prose(text))));
        nodes.add(sectionTitle(ui.text("offers.detail.conventions")));
        nodes.add(conventions);
        nodes.add(sectionTitle(ui.text("offers.detail.takeHome")));
        if (detail.takeHome() != null) {
            nodes.add(TakeHomeView.build(offer.company(), detail.takeHome(), detail.withholding(), ui.privacy()));
        } else {
            nodes.add(error(detail.problem() == null ? "Working out the 2026 taxes…" : detail.problem()));
        }
        VBox history = new VBox(6);
        history.setId("roundHistory");
        history.getChildren().setAll(rounds(detail.rounds()));
        nodes.add(sectionTitle(ui.text("offers.detail.rounds")));
        nodes.add(history);
        return nodes;
    }

    /** Each round labelled with who proposed it and whether it set the offer's terms, then what changed. */
    private List<Node> rounds(List<RoundView> rounds) {
        List<Node> entries = new ArrayList<>();
        for (RoundView view : rounds) {
            Label title = new Label("#" + view.round().number() + " " + view.round().label() + " — "
                    + Dates.format(view.round().date()) + ", " + view.kind()
                    + (view.round().setTerms() ? "" : " (the offer's terms stay the employer's)")
                    + " · annualised " + ui.privacy().money(view.annualised())
                    + (view.round().note().isEmpty() ? "" : ". " + ui.privacy().typed(view.round().note())));
            title.setWrapText(true);
            title.getStyleClass().add("round-title");
            title.setId("round-" + view.round().number());
            VBox entry = new VBox(2, title);
            if (view.round().number() > 1 && view.changes().isEmpty()) {
                entry.getChildren().add(Notes.note(ui.text("offers.detail.noChanges")));
            }
            for (String change : view.changes()) {
                Label line = new Label("   " + ui.privacy().prose(change));
                line.setWrapText(true);
                line.getStyleClass().add("round-changes");
                entry.getChildren().add(line);
            }
            entries.add(entry);
        }
        return entries;
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
                Label cell = new Label(ui.privacy().money(values[c]));
                if (c == 5) {
                    cell.getStyleClass().add("total");
                }
                grid.add(cell, c + 1, r);
            }
            r++;
        }
        grid.add(Notes.note("401(k) match and benefits are shown apart from the total; relocation "
                + "(year 1) likewise."), 0, r, headers.length, 1);
        grid.setPadding(new Insets(0, 0, 4, 0));
        return Reflow.keepWhole(grid);
    }

    private void addView(GridPane grid, int row, String name, BigDecimal value, String formula) {
        Label label = new Label(name);
        label.getStyleClass().add("field-label");
        grid.add(label, 0, row);
        if (value != null) {
            Label amount = new Label(ui.privacy().money(value));
            amount.getStyleClass().add("view-value");
            grid.add(amount, 1, row);
        }
        grid.add(Notes.note(formula), value == null ? 1 : 2, row, value == null ? 2 : 1, 1);
    }

    static Label error(String text) {
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
}
