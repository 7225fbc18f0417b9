package com.counteroffer.ui.offers;

import com.counteroffer.ui.common.Reflow;

import com.counteroffer.ui.common.ChartPoints;
import com.counteroffer.ui.common.MoneyAxis;
import com.counteroffer.ui.common.Privacy;
import com.counteroffer.domain.compare.YearTakeHome;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.tax.BracketShare;
import com.counteroffer.domain.tax.TaxLine;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.domain.tax.TaxResult;
import com.counteroffer.domain.tax.withholding.WithholdingResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * An offer's take-home pay: per year, gross pay stacked from net pay up through each tax, a table
 * with net and purchasing power, the bracket-by-bracket breakdown one click away, and year 1's
 * withheld vs owed (what payroll takes, the balance due in April, the safe harbour).
 */
final class TakeHomeView {

    private final Privacy privacy;

    private TakeHomeView(Privacy privacy) {
        this.privacy = privacy;
    }

    static VBox build(String company, List<YearTakeHome> years, Privacy privacy) {
        return build(company, years, null, privacy);
    }

    /** @param withholding year 1's withheld vs owed, or null to leave that part out */
    static VBox build(String company, List<YearTakeHome> years, WithholdingResult withholding, Privacy privacy) {
        VBox box = new TakeHomeView(privacy).box(company, years);
        if (withholding != null) {
            box.getChildren().add(WithheldVsOwedView.build(new WithheldVsOwed(withholding, years.get(0).year(),
                    privacy)));
        }
        return box;
    }

    private VBox box(String company, List<YearTakeHome> years) {
        VBox box = new VBox(8);
        box.setId("takeHome");
        Label residence = new Label(years.get(0).residence());
        residence.setWrapText(true);
        residence.setId("takeHomeResidence");
        box.getChildren().add(residence);
        BigDecimal spouse = years.get(0).tax().input().spouseWages();
        if (spouse.signum() > 0) {
            Label household = new Label(privacy.prose("With your spouse's " + dollars(spouse) + " on the joint return: "
                    + "net and total tax here are what this offer adds to the household (the household's tax less the "
                    + "tax on the spouse's pay alone); the breakdown below is the household's."));
            household.setWrapText(true);
            household.setId("takeHomeHousehold");
            box.getChildren().add(household);
        }
        box.getChildren().addAll(chart(company, years), table(years), breakdown(years.get(0)));
        for (String note : years.get(0).tax().notes()) {
            Label line = new Label("• " + privacy.prose(note));
            line.getStyleClass().add("note");
            line.setWrapText(true);
            box.getChildren().add(line);
        }
        return box;
    }

    private StackedBarChart<String, Number> chart(String company, List<YearTakeHome> years) {
        CategoryAxis yearAxis = new CategoryAxis();
        NumberAxis money = MoneyAxis.create(privacy);
        money.setLabel("Dollars");
        StackedBarChart<String, Number> chart = new StackedBarChart<>(yearAxis, money);
        chart.setId("takeHomeChart");
        chart.setTitle("From gross to net pay, per year");
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        chart.setMinHeight(240);
        XYChart.Series<String, Number> net = series("Net pay");
        XYChart.Series<String, Number> federal = series("Federal income tax");
        XYChart.Series<String, Number> fica = series("Social Security and Medicare");
        XYChart.Series<String, Number> state = series("State and local income tax");
        XYChart.Series<String, Number> payroll = series("State payroll premiums");
        StringBuilder summary = new StringBuilder("Take-home pay of " + company + " by year. ");
        boolean household = years.get(0).tax().input().spouseWages().signum() > 0;
        XYChart.Series<String, Number> added = series("Tax this offer adds to the household's");
        for (YearTakeHome year : years) {
            String label = "Year " + year.year();
            TaxResult tax = year.tax();
            add(net, label, year.net(), label + ": net pay " + dollars(year.net()) + " of " + dollars(year.wages()) + " gross");
            if (household) {
                // The household's taxes would not stack onto this offer's gross: show what the offer adds.
                add(added, label, year.taxOnOffer(), label + ": the household's tax " + dollars(tax.totalTax())
                        + " less the tax on the spouse's pay alone = " + dollars(year.taxOnOffer()));
                summary.append(label).append(": gross ").append(dollars(year.wages())).append(", net ")
                        .append(dollars(year.net())).append(". ");
                continue;
            }
            add(federal, label, tax.federalIncomeTax(), label + ": federal income tax " + dollars(tax.federalIncomeTax()));
            BigDecimal ficaTotal = tax.socialSecurity().add(tax.medicare()).add(tax.additionalMedicare());
            add(fica, label, ficaTotal, label + ": Social Security " + dollars(tax.socialSecurity()) + ", Medicare "
                    + dollars(tax.medicare()) + ", additional Medicare " + dollars(tax.additionalMedicare()));
            BigDecimal stateLocal = tax.stateIncomeTax().add(tax.localIncomeTax()).add(tax.workStateTax());
            StateCode work = tax.input().workState();
            add(state, label, stateLocal, label + ": state income tax " + dollars(tax.stateIncomeTax()) + ", local "
                    + dollars(tax.localIncomeTax()) + (work == null ? "" : ", " + work.label() + " (where the job is) "
                    + dollars(tax.workStateTax())));
            add(payroll, label, tax.statePayroll(), label + ": state payroll premiums " + dollars(tax.statePayroll()));
            summary.append(label).append(": gross ").append(dollars(year.wages())).append(", net ")
                    .append(dollars(year.net())).append(". ");
        }
        chart.getData().setAll(household ? List.of(net, added) : List.of(net, federal, fica, state, payroll));
        chart.setAccessibleText(summary.toString());
        return chart;
    }

    private GridPane table(List<YearTakeHome> years) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("year-table");
        grid.setHgap(14);
        grid.setVgap(3);
        String[] headers = {"Year", "Gross (wages)", "Total tax", "Net", "Effective rate", "Marginal rate",
            "Purchasing power"};
        for (int c = 0; c < headers.length; c++) {
            Label header = new Label(headers[c]);
            header.getStyleClass().add("header");
            grid.add(header, c, 0);
        }
        int r = 1;
        for (YearTakeHome year : years) {
            TaxResult tax = year.tax();
            grid.add(new Label(Integer.toString(year.year())), 0, r);
            grid.add(new Label(dollars(year.wages())), 1, r);
            grid.add(new Label(dollars(year.taxOnOffer())), 2, r);
            Label net = new Label(dollars(year.net()));
            net.getStyleClass().add("total");
            grid.add(net, 3, r);
            grid.add(new Label(percent(year.effectiveRate())), 4, r);
            grid.add(new Label(percent(tax.marginalRate())), 5, r);
            Label power = new Label(dollars(year.purchasingPower()));
            Tooltip.install(power, new Tooltip("Net " + dollars(year.net()) + " ÷ (" + year.rpp().stripTrailingZeros()
                    .toPlainString() + " ÷ 100), the BEA 2023 regional price parity of " + year.rppPlace()
                    + ": what the net buys at US-average prices."));
            grid.add(power, 6, r);
            r++;
        }
        Label rpp = new Label("Purchasing power = net ÷ (regional price parity ÷ 100), BEA 2023, " + years.get(0).rppPlace()
                + " = " + years.get(0).rpp().stripTrailingZeros().toPlainString() + " (US = 100).");
        rpp.getStyleClass().add("note");
        rpp.setWrapText(true);
        Reflow.keepWhole(grid);
        grid.add(rpp, 0, r, headers.length, 1);
        return grid;
    }

    private TitledPane breakdown(YearTakeHome year) {
        VBox lines = new VBox(2);
        TaxResult tax = year.tax();
        for (BracketShare share : tax.brackets()) {
            lines.getChildren().add(new Label(share.jurisdiction() + ": " + percent(share.rate()) + " on "
                    + dollars(share.from()) + (share.to() == null ? "+" : " – " + dollars(share.to())) + " → "
                    + dollars(share.taxable()) + " taxed, " + dollars(share.tax())));
        }
        for (TaxLine line : tax.components()) {
            lines.getChildren().add(new Label(line.jurisdiction() + ": " + privacy.prose(line.label()) + " " + dollars(line.amount())));
        }
        lines.getChildren().add(new Label("Social Security " + dollars(tax.socialSecurity()) + " · Medicare "
                + dollars(tax.medicare()) + " · additional Medicare " + dollars(tax.additionalMedicare())));
        TitledPane pane = new TitledPane("Year 1 breakdown, bracket by bracket", lines);
        pane.setId("takeHomeBreakdown");
        pane.setExpanded(false);
        return pane;
    }

    private static XYChart.Series<String, Number> series(String name) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        return series;
    }

    private void add(XYChart.Series<String, Number> series, String year, BigDecimal amount, String tip) {
        XYChart.Data<String, Number> data = new XYChart.Data<>(year, WholeDollars.of(amount));
        series.getData().add(data);
        ChartPoints.describe(data, new Tooltip(tip));
    }

    private String dollars(BigDecimal amount) {
        return privacy.money(amount);
    }

    static String percent(BigDecimal fraction) {
        return fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + " %";
    }
}
