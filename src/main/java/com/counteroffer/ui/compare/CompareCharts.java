package com.counteroffer.ui.compare;

import com.counteroffer.ui.common.ChartPoints;
import com.counteroffer.ui.common.MoneyAxis;
import com.counteroffer.ui.common.Privacy;
import com.counteroffer.domain.compare.OfferComparison;
import com.counteroffer.domain.compare.YearTakeHome;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.compensation.YearAmounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/**
 * The comparison's three charts. A chart whose shape (series and categories) is unchanged gets
 * its values updated in place, so moving a control does not rebuild hundreds of bar nodes.
 */
final class CompareCharts {

    private static final String[] COMPONENTS = {"Base", "Bonus", "Equity", "Sign-on", "Refreshers"};
    private static final List<Function<YearAmounts, BigDecimal>> PARTS = List.of(YearAmounts::base,
            YearAmounts::bonus, YearAmounts::equity, YearAmounts::signOn, YearAmounts::refreshers);

    private final Privacy privacy;
    /** An offer's colour, by its key: its place among all the client's offers. */
    private final java.util.function.ToIntFunction<String> colorOf;
    private StackedBarChart<String, Number> components;
    private LineChart<String, Number> cumulative;
    private BarChart<String, Number> takeHome;

    CompareCharts(Privacy privacy, java.util.function.ToIntFunction<String> colorOf) {
        this.privacy = privacy;
        this.colorOf = colorOf;
    }

    /** One point of a chart: its category, value and the tooltip text. */
    private record Point(String category, long value, String tip) {
    }

    /** Stacked bars: one bar per offer per year, stacked by component. */
    StackedBarChart<String, Number> components(List<OfferComparison> offers) {
        List<String> names = List.of(COMPONENTS);
        List<List<Point>> points = new ArrayList<>();
        List<String> shortNames = shortNames(offers.stream().map(o -> o.entry().name()).toList());
        StringBuilder summary = new StringBuilder("Pay by component. ");
        for (int p = 0; p < COMPONENTS.length; p++) {
            List<Point> series = new ArrayList<>();
            for (int o = 0; o < offers.size(); o++) {
                OfferComparison offer = offers.get(o);
                for (YearAmounts year : offer.projection().years()) {
                    long value = WholeDollars.of(PARTS.get(p).apply(year));
                    // Short names are made unique, so two offers with the same name keep separate bars.
                    series.add(new Point("Y" + year.year() + " · " + shortNames.get(o), value,
                            offer.entry().name() + ", year " + year.year() + ": " + COMPONENTS[p] + " " + privacy.money(value)));
                }
            }
            points.add(series);
        }
        for (OfferComparison offer : offers) {
            summary.append(offer.entry().name()).append(": ");
            offer.projection().years().forEach(y -> summary.append("year ").append(y.year()).append(' ')
                    .append(privacy.money(y.total())).append("; "));
        }
        if (components == null || !fill(components, names, points)) {
            components = new StackedBarChart<>(new CategoryAxis(), MoneyAxis.create(privacy));
            setUp(components, "componentChart", "Pay by component, per year and offer");
            build(components, names, points);
        }
        components.setAccessibleText(summary.toString());
        return components;
    }

    /** Lines: each offer's running total over the horizon; where lines cross, the leader changes. */
    LineChart<String, Number> cumulative(List<OfferComparison> offers) {
        List<String> names = new ArrayList<>();
        List<List<Point>> points = new ArrayList<>();
        StringBuilder summary = new StringBuilder("Running totals. ");
        for (OfferComparison offer : offers) {
            names.add(offer.entry().name());
            List<Point> series = new ArrayList<>();
            summary.append(offer.entry().name()).append(": ");
            for (int i = 0; i < offer.cumulative().size(); i++) {
                long value = WholeDollars.of(offer.cumulative().get(i));
                series.add(new Point("Year " + (i + 1), value, offer.entry().name() + " by the end of year " + (i + 1)
                        + ": " + privacy.money(value)));
                summary.append(privacy.money(value)).append(' ');
            }
            points.add(series);
        }
        if (cumulative == null || !fill(cumulative, names, points)) {
            cumulative = new LineChart<>(new CategoryAxis(), MoneyAxis.create(privacy));
            setUp(cumulative, "cumulativeChart", "Running total over the horizon");
            build(cumulative, names, points);
        }
        colorByOffer(cumulative, offers);
        cumulative.setAccessibleText(summary.toString());
        return cumulative;
    }

    /** Bars: each offer's net pay per year after 2026 taxes. */
    BarChart<String, Number> takeHome(List<OfferComparison> offers, Map<String, List<YearTakeHome>> byOffer) {
        List<String> names = new ArrayList<>();
        List<List<Point>> points = new ArrayList<>();
        StringBuilder summary = new StringBuilder("Net pay per year. ");
        for (OfferComparison offer : offers) {
            names.add(offer.entry().name());
            List<Point> series = new ArrayList<>();
            List<YearTakeHome> years = byOffer == null ? List.of() : byOffer.get(offer.entry().key());
            for (YearTakeHome year : years) {
                long net = WholeDollars.of(year.net());
                series.add(new Point("Year " + year.year(), net, offer.entry().name() + ", year " + year.year()
                        + ": net " + privacy.money(net) + " of " + privacy.money(year.wages())
                        + " gross. " + year.residence()));
                summary.append(offer.entry().name()).append(" year ").append(year.year()).append(' ')
                        .append(privacy.money(net)).append("; ");
            }
            points.add(series);
        }
        if (takeHome == null || !fill(takeHome, names, points)) {
            takeHome = new BarChart<>(new CategoryAxis(), MoneyAxis.create(privacy));
            setUp(takeHome, "takeHomeCompareChart", "Net pay per year after 2026 taxes");
            build(takeHome, names, points);
        }
        colorByOffer(takeHome, offers);
        takeHome.setAccessibleText(summary.toString());
        return takeHome;
    }

    /** Updates values and tooltips in place; false when the shape differs and the chart must be rebuilt. */
    private static boolean fill(XYChart<String, Number> chart, List<String> names, List<List<Point>> points) {
        if (chart.getData().size() != names.size()) {
            return false;
        }
        for (int s = 0; s < names.size(); s++) {
            XYChart.Series<String, Number> series = chart.getData().get(s);
            List<Point> wanted = points.get(s);
            if (!series.getName().equals(names.get(s)) || series.getData().size() != wanted.size()) {
                return false;
            }
            for (int i = 0; i < wanted.size(); i++) {
                if (!series.getData().get(i).getXValue().equals(wanted.get(i).category())) {
                    return false;
                }
            }
        }
        for (int s = 0; s < names.size(); s++) {
            List<XYChart.Data<String, Number>> data = chart.getData().get(s).getData();
            for (int i = 0; i < data.size(); i++) {
                Point point = points.get(s).get(i);
                XYChart.Data<String, Number> datum = data.get(i);
                if (datum.getYValue().longValue() != point.value()) {
                    datum.setYValue(point.value());
                }
                ((Tooltip) datum.getExtraValue()).setText(point.tip());
            }
        }
        return true;
    }

    private static void build(XYChart<String, Number> chart, List<String> names, List<List<Point>> points) {
        for (int s = 0; s < names.size(); s++) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(names.get(s));
            for (Point point : points.get(s)) {
                XYChart.Data<String, Number> datum = new XYChart.Data<>(point.category(), point.value());
                Tooltip tip = new Tooltip(point.tip());
                datum.setExtraValue(tip);
                ChartPoints.describe(datum, tip);
                series.getData().add(datum);
            }
            chart.getData().add(series);
        }
    }

    private static void setUp(XYChart<String, Number> chart, String id, String title) {
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
    }

    /**
     * The chart draws series in the theme's chart colours by their place in the chart; each place is
     * given the colour of its offer's place among all offers, so ticking others never recolours it.
     */
    private void colorByOffer(XYChart<String, Number> chart, List<OfferComparison> offers) {
        StringBuilder style = new StringBuilder();
        for (int s = 0; s < offers.size(); s++) {
            style.append("-color-chart-").append(s % CompareModel.PALETTE + 1).append(": -offer-color-")
                    .append(colorOf.applyAsInt(offers.get(s).entry().key())).append(';');
        }
        chart.setStyle(style.toString());
    }

    /**
     * Names short enough for a rotated axis label, whole words only: the first word, or the first two
     * when the first is very short ("AI Labs"); a name met before gets its place added ("Acme 2").
     */
    static List<String> shortNames(List<String> names) {
        List<String> shorts = new ArrayList<>();
        for (String name : names) {
            String[] words = name.strip().split("\\s+");
            String candidate = words.length > 1 && words[0].length() < 4 ? words[0] + " " + words[1] : words[0];
            String unique = candidate;
            for (int n = 2; shorts.contains(unique); n++) {
                unique = candidate + " " + n;
            }
            shorts.add(unique);
        }
        return shorts;
    }
}
