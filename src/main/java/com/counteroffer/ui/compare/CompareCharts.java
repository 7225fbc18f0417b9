package com.counteroffer.ui.compare;

import com.counteroffer.domain.compare.OfferComparison;
import com.counteroffer.domain.compare.YearTakeHome;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.compensation.YearAmounts;
import com.counteroffer.domain.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/** The comparison's three charts, built from the same result the table shows. */
final class CompareCharts {

    private CompareCharts() {
    }

    /** Stacked bars: one bar per offer per year, stacked by component. */
    static StackedBarChart<String, Number> components(List<OfferComparison> offers) {
        StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), moneyAxis());
        chart.setId("componentChart");
        chart.setAnimated(false);
        chart.setTitle("Pay by component, per year and offer");
        StringBuilder summary = new StringBuilder("Pay by component. ");
        String[] names = {"Base", "Bonus", "Equity", "Sign-on", "Refreshers"};
        List<Function<YearAmounts, BigDecimal>> parts = List.of(YearAmounts::base, YearAmounts::bonus,
                YearAmounts::equity, YearAmounts::signOn, YearAmounts::refreshers);
        for (int p = 0; p < names.length; p++) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(names[p]);
            for (OfferComparison offer : offers) {
                for (YearAmounts year : offer.projection().years()) {
                    String category = "Y" + year.year() + " " + shortName(offer.entry().name());
                    long value = WholeDollars.of(parts.get(p).apply(year));
                    add(series, category, value, offer.entry().name() + ", year " + year.year() + ": " + names[p]
                            + " " + Money.format(value));
                }
            }
            chart.getData().add(series);
        }
        for (OfferComparison offer : offers) {
            summary.append(offer.entry().name()).append(": ");
            offer.projection().years().forEach(y -> summary.append("year ").append(y.year()).append(' ')
                    .append(Money.format(WholeDollars.of(y.total()))).append("; "));
        }
        chart.setAccessibleText(summary.toString());
        return chart;
    }

    /** Lines: each offer's running total over the horizon; where lines cross, the leader changes. */
    static LineChart<String, Number> cumulative(List<OfferComparison> offers) {
        LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), moneyAxis());
        chart.setId("cumulativeChart");
        chart.setAnimated(false);
        chart.setTitle("Running total over the horizon");
        StringBuilder summary = new StringBuilder("Running totals. ");
        for (OfferComparison offer : offers) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(offer.entry().name());
            summary.append(offer.entry().name()).append(": ");
            for (int i = 0; i < offer.cumulative().size(); i++) {
                long value = WholeDollars.of(offer.cumulative().get(i));
                add(series, "Year " + (i + 1), value, offer.entry().name() + " by the end of year " + (i + 1) + ": "
                        + Money.format(value));
                summary.append(Money.format(value)).append(' ');
            }
            chart.getData().add(series);
        }
        chart.setAccessibleText(summary.toString());
        return chart;
    }

    /** Bars: each offer's net pay per year after 2026 taxes. */
    static BarChart<String, Number> takeHome(List<OfferComparison> offers, Map<String, List<YearTakeHome>> takeHome) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), moneyAxis());
        chart.setId("takeHomeCompareChart");
        chart.setAnimated(false);
        chart.setTitle("Net pay per year after 2026 taxes");
        StringBuilder summary = new StringBuilder("Net pay per year. ");
        for (OfferComparison offer : offers) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(offer.entry().name());
            List<YearTakeHome> years = takeHome == null ? List.of() : takeHome.get(offer.entry().key());
            for (YearTakeHome year : years) {
                long net = WholeDollars.of(year.tax().net());
                add(series, "Year " + year.year(), net, offer.entry().name() + ", year " + year.year() + ": net "
                        + Money.format(net) + " of " + Money.format(WholeDollars.of(year.wages())) + " gross. "
                        + year.residence());
                summary.append(offer.entry().name()).append(" year ").append(year.year()).append(' ')
                        .append(Money.format(net)).append("; ");
            }
            chart.getData().add(series);
        }
        chart.setAccessibleText(summary.toString());
        return chart;
    }

    private static NumberAxis moneyAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setTickLabelFormatter(new NumberAxis.DefaultFormatter(axis) {
            @Override
            public String toString(Number value) {
                return Money.compact(value.longValue());
            }
        });
        return axis;
    }

    private static void add(XYChart.Series<String, Number> series, String category, long value, String tip) {
        XYChart.Data<String, Number> data = new XYChart.Data<>(category, value);
        data.nodeProperty().addListener((o, was, node) -> {
            if (node != null) {
                Tooltip.install(node, new Tooltip(tip));
            }
        });
        series.getData().add(data);
    }

    private static String shortName(String name) {
        return name.length() <= 12 ? name : name.substring(0, 11) + "…";
    }
}
