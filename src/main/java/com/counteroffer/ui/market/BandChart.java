package com.counteroffer.ui.market;

import com.counteroffer.domain.market.PayBasis;
import com.counteroffer.ui.common.Privacy;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * Pay ranges as horizontal bands on one money axis. Rows are grouped by what they measure (base
 * salary, total compensation, context), and a marker is drawn only across the rows of its own
 * basis, so a base salary is never shown against a total-compensation range.
 */
public final class BandChart extends Region {

    // The chart draws what the Market screen's model describes.

    private static final double ROW_HEIGHT = 3.4;      // in em
    private static final double LABEL_WIDTH = 15.5;    // in em
    private static final double HEADER_LINE = 1.35;    // in em
    private static final double AXIS_HEIGHT = 2.2;     // in em
    private static final double GROUP_GAP = 1.4;       // in em
    private static final double GAP = 0.35;            // in em: the least room between a label and a line or label

    private final List<Placed> placed = new ArrayList<>();
    /** Per group, the labels of its markers, in the order of its markers: their widths decide the header's lines. */
    private final List<List<Text>> markerLabels = new ArrayList<>();
    private List<BandChartData.Group> groups = List.of();
    private List<BandChartData.Marker> markers = List.of();
    private long axisMax = 600_000;
    private Privacy privacy = new Privacy();

    public BandChart() {
        getStyleClass().add("band-chart");
        setAccessibleRole(AccessibleRole.TEXT);
        setFocusTraversable(true);
        setMinHeight(200);
        // Content set while the screen was away leaves this node needing layout under ancestors
        // that think they are clean; asking again once back in a scene marks the whole chain.
        sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                requestLayout();
            }
        });
    }

    /** Where the chart's own labels (axis, markers) get their amounts written, hidden in privacy mode. */
    public void setPrivacy(Privacy privacy) {
        this.privacy = privacy;
    }

    public void setContent(BandChartData.Content content) {
        setContent(content.groups(), content.markers(), content.summary());
    }

    public void setContent(List<BandChartData.Group> newGroups, List<BandChartData.Marker> newMarkers,
                           String accessibleSummary) {
        groups = List.copyOf(newGroups);
        markers = List.copyOf(newMarkers);
        long largest = 0;
        for (BandChartData.Group group : groups) {
            for (BandChartData.Row row : group.rows()) {
                largest = Math.max(largest, Math.max(row.max(), row.adjustedMax() == null ? 0 : row.adjustedMax()));
                for (BandChartData.Tick tick : row.ticks()) {
                    largest = Math.max(largest, tick.value());
                }
            }
        }
        for (BandChartData.Marker marker : markers) {
            largest = Math.max(largest, marker.value());
        }
        axisMax = Math.max(100_000, (long) Math.ceil(largest * 1.08 / 100_000.0) * 100_000);
        setAccessibleText(accessibleSummary);
        rebuild();
        // The nodes are unmanaged, so adding them asks for no layout: without this they stay at 0,0
        // (a pile of labels at the top left) until something else lays the screen out.
        requestLayout();
    }

    public List<BandChartData.Marker> markers() {
        return markers;
    }

    public List<BandChartData.Group> groups() {
        return groups;
    }

    /** Builds the nodes once per content change; {@link #layoutChildren} only moves them. */
    private void rebuild() {
        getChildren().clear();
        placed.clear();
        markerLabels.clear();
        for (long value = 0; value <= axisMax; value += 100_000) {
            long at = value;
            Line grid = styled(new Line(), "grid-line");
            Text label = text(privacy.compact(value), "axis-label");
            placed.add((x, top, width, height, em) -> {
                double px = x.apply(at);
                grid.setStartX(px);
                grid.setEndX(px);
                grid.setStartY(top.apply(0));
                grid.setEndY(height - AXIS_HEIGHT * em);
                label.setX(px - label.getLayoutBounds().getWidth() / 2);
                label.setY(height - AXIS_HEIGHT * em + 0.5 * em);
            });
        }
        for (int g = 0; g < groups.size(); g++) {
            buildGroup(g);
        }
    }

    private void buildGroup(int groupIndex) {
        BandChartData.Group group = groups.get(groupIndex);
        Text title = text(group.title(), "group-title");
        placed.add((x, top, width, height, em) -> {
            title.setX(0);
            title.setY(top.apply(groupIndex));
        });
        List<BandChartData.Marker> own = own(group);
        markerLabels.add(new ArrayList<>());
        for (int r = 0; r < group.rows().size(); r++) {
            buildRow(groupIndex, r, group.rows().get(r), own);
        }
        for (int m = 0; m < own.size(); m++) {
            buildMarker(groupIndex, own.get(m), m);
        }
    }

    /** The markers drawn across a group: those of its basis (context groups take none). */
    private List<BandChartData.Marker> own(BandChartData.Group group) {
        return markers.stream().filter(m -> group.basis() != null && m.basis() == group.basis()).toList();
    }

    private void buildRow(int groupIndex, int rowIndex, BandChartData.Row row, List<BandChartData.Marker> own) {
        Text title = text(row.title(), "row-title");
        Text subtitle = text(row.subtitle(), "row-subtitle");
        Rectangle band = styled(new Rectangle(), "band");
        band.getStyleClass().addAll(row.styleClass().split(" "));
        install(band, row.tooltip());
        Text minLabel = text(row.minLabel() == null ? "" : row.minLabel(), "band-label");
        Text maxLabel = text(row.maxLabel() == null ? "" : row.maxLabel(), "band-label");
        Rectangle adjusted = row.adjustedMin() == null ? null : styled(new Rectangle(), "band-adjusted");
        Text arrow = row.openTop() ? text("→", "band-open") : null;
        if (adjusted != null) {
            install(adjusted, "Adjusted range " + privacy.money(row.adjustedMin()) + " – "
                    + privacy.money(row.adjustedMax()) + (row.openTop() ? "+" : "")
                    + ": the published range scaled by the adjustments you switched on.");
        }
        placed.add((x, top, width, height, em) -> {
            double y = rowTop(groupIndex, rowIndex, top, em);
            double rowHeight = ROW_HEIGHT * em;
            title.setX(0);
            title.setY(y + rowHeight * 0.42);
            subtitle.setX(0);
            subtitle.setY(y + rowHeight * 0.42 + 1.15 * em);
            double left = x.apply(row.min());
            double right = x.apply(row.max());
            band.setX(left);
            band.setY(y + rowHeight * 0.18);
            band.setWidth(Math.max(2, right - left));
            band.setHeight(rowHeight * 0.5);
            // The ends' labels go beside the band, off every marker line crossing the row, off the row's own
            // ticks (a mean drawn across the band, at the labels' height) and off each other.
            List<Double> lines = new ArrayList<>(own.stream().map(marker -> x.apply(marker.value())).toList());
            row.ticks().forEach(tick -> lines.add(x.apply(tick.value())));
            // A row title or subtitle longer than the gutter runs into the plot: the labels start after it.
            double plotLeft = Math.max(LABEL_WIDTH * em, Math.max(title.getLayoutBounds().getWidth(),
                    subtitle.getLayoutBounds().getWidth()) + GAP * em);
            double minWidth = minLabel.getLayoutBounds().getWidth();
            double outside = left - minWidth - 0.4 * em;
            // Near the axis start there is no room outside the band: write the label inside it.
            // It moves away from the band first (leftwards) so it stays beside the band rather than on it.
            boolean inside = outside < plotLeft;
            LabelPlacement.Span minSpan = LabelPlacement.clear(inside ? left + 0.4 * em : outside, minWidth,
                    lines, List.of(), plotLeft, width, GAP * em, inside);
            minLabel.setX(minSpan.start());
            minLabel.setY(y + rowHeight * 0.18 + rowHeight * 0.25 + 0.35 * em);
            double furthest = row.adjustedMax() == null ? right : Math.max(right, x.apply(row.adjustedMax()));
            double maxWidth = maxLabel.getLayoutBounds().getWidth()
                    + (arrow == null ? 0 : 0.3 * em + arrow.getLayoutBounds().getWidth());
            LabelPlacement.Span maxSpan = LabelPlacement.clear(furthest + 0.4 * em, maxWidth, lines,
                    row.minLabel() == null ? List.of() : List.of(minSpan), plotLeft, width, GAP * em);
            maxLabel.setX(maxSpan.start());
            maxLabel.setY(minLabel.getY());
            if (adjusted != null) {
                double adjustedLeft = x.apply(row.adjustedMin());
                adjusted.setX(adjustedLeft);
                adjusted.setY(y + rowHeight * 0.12);
                adjusted.setWidth(Math.max(2, x.apply(row.adjustedMax()) - adjustedLeft));
                adjusted.setHeight(rowHeight * 0.62);
            }
        });
        if (arrow != null) {
            install(arrow, "The top of this range is open: the source gives it as " + privacy.money(row.max()) + "+.");
            placed.add((x, top, width, height, em) -> {
                double y = rowTop(groupIndex, rowIndex, top, em);
                arrow.setX(maxLabel.getX() + maxLabel.getLayoutBounds().getWidth() + 0.3 * em);
                arrow.setY(y + ROW_HEIGHT * em * 0.43 + 0.35 * em);
            });
        }
        List<Line> tickLines = new ArrayList<>();
        List<Text> tickLabels = new ArrayList<>();
        for (BandChartData.Tick tick : row.ticks()) {
            Line line = styled(new Line(), "tick");
            Text label = text(tick.label(), "tick-label");
            install(line, tick.tooltip());
            install(label, tick.tooltip());
            tickLines.add(line);
            tickLabels.add(label);
        }
        if (!row.ticks().isEmpty()) {
            placed.add((x, top, width, height, em) -> {
                double y = rowTop(groupIndex, rowIndex, top, em);
                List<Double> lines = own.stream().map(marker -> x.apply(marker.value())).toList();
                List<LabelPlacement.Span> taken = new ArrayList<>();
                for (int t = 0; t < row.ticks().size(); t++) {
                    double px = x.apply(row.ticks().get(t).value());
                    Line line = tickLines.get(t);
                    Text label = tickLabels.get(t);
                    line.setStartX(px);
                    line.setEndX(px);
                    line.setStartY(y + ROW_HEIGHT * em * 0.14);
                    line.setEndY(y + ROW_HEIGHT * em * 0.72);
                    double labelWidth = label.getLayoutBounds().getWidth();
                    LabelPlacement.Span span = LabelPlacement.clear(px - labelWidth / 2, labelWidth, lines, taken,
                            LABEL_WIDTH * em, width, GAP * em);
                    taken.add(span);
                    label.setX(span.start());
                    label.setY(y + ROW_HEIGHT * em * 0.72 + 0.95 * em);
                }
            });
        }
    }

    private void buildMarker(int groupIndex, BandChartData.Marker marker, int index) {
        Line line = styled(new Line(), "marker");
        line.getStyleClass().add(marker.styleClass());
        Text label = text(marker.label() + " " + privacy.compact(marker.value()), "marker-label");
        label.getStyleClass().add(marker.styleClass());
        markerLabels.get(groupIndex).add(label);
        install(line, marker.tooltip());
        install(label, marker.tooltip());
        placed.add((x, top, width, height, em) -> {
            BandChartData.Group group = groups.get(groupIndex);
            double px = x.apply(marker.value());
            List<LabelPlacement.Stacked> stacked = stacking(groupIndex, x, width, em);
            LabelPlacement.Stacked mine = stacked.get(index);
            label.setX(mine.span().start());
            label.setY(top.apply(groupIndex) + (mine.line() + 1) * HEADER_LINE * em + 0.2 * em);
            line.setStartX(px);
            line.setEndX(px);
            // From below the lowest label line, so no label sits on a marker line.
            line.setStartY(top.apply(groupIndex) + (LabelPlacement.lines(stacked) + 1) * HEADER_LINE * em
                    - 0.7 * em);
            line.setEndY(rowTop(groupIndex, group.rows().size(), top, em) - 0.2 * em);
        });
    }

    /** The group's marker labels on header lines: each starts at its marker, none overlapping another. */
    private List<LabelPlacement.Stacked> stacking(int groupIndex, java.util.function.LongFunction<Double> x,
                                                  double width, double em) {
        List<BandChartData.Marker> own = own(groups.get(groupIndex));
        List<Text> labels = groupIndex < markerLabels.size() ? markerLabels.get(groupIndex) : List.of();
        List<Double> anchors = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (int m = 0; m < own.size() && m < labels.size(); m++) {
            anchors.add(x.apply(own.get(m).value()) - 0.2 * em);
            widths.add(labels.get(m).getLayoutBounds().getWidth());
        }
        return LabelPlacement.stack(anchors, widths, LABEL_WIDTH * em - 0.2 * em, width, GAP * em);
    }


    @Override
    protected void layoutChildren() {
        double em = emSize();
        double width = getWidth();
        double plotLeft = LABEL_WIDTH * em;
        double plotWidth = Math.max(50, width - plotLeft - 2.2 * em);
        java.util.function.LongFunction<Double> x = value -> plotLeft + plotWidth * value / (double) axisMax;
        double[] groupTops = new double[groups.size() + 1];
        double y = 1.2 * em;
        for (int g = 0; g < groups.size(); g++) {
            groupTops[g] = y;
            y += headerHeight(g, x, width, em) + groups.get(g).rows().size() * ROW_HEIGHT * em + GROUP_GAP * em;
        }
        groupTops[groups.size()] = y;
        java.util.function.IntFunction<Double> top = g -> groupTops[g];
        double height = getHeight();
        for (Placed item : placed) {
            item.place(x, top, width, height, em);
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        double em = emSize();
        double total = 1.2 * em;
        double plotLeft = LABEL_WIDTH * em;
        double plotWidth = Math.max(50, (width > 0 ? width : 900) - plotLeft - 2.2 * em);
        java.util.function.LongFunction<Double> x = value -> plotLeft + plotWidth * value / (double) axisMax;
        for (int g = 0; g < groups.size(); g++) {
            total += headerHeight(g, x, width > 0 ? width : 900, em) + groups.get(g).rows().size() * ROW_HEIGHT * em + GROUP_GAP * em;
        }
        return total + AXIS_HEIGHT * em + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 60 * emSize();
    }

    private double headerHeight(int groupIndex, java.util.function.LongFunction<Double> x, double width, double em) {
        return (1 + LabelPlacement.lines(stacking(groupIndex, x, width, em))) * HEADER_LINE * em + 0.4 * em;
    }

    /** Rows below the group header: header height depends on how many marker label lines it needs. */
    private double rowTop(int groupIndex, int rowIndex, java.util.function.IntFunction<Double> top, double em) {
        double plotLeft = LABEL_WIDTH * em;
        double plotWidth = Math.max(50, getWidth() - plotLeft - 2.2 * em);
        java.util.function.LongFunction<Double> x = value -> plotLeft + plotWidth * value / (double) axisMax;
        return top.apply(groupIndex) + headerHeight(groupIndex, x, getWidth(), em) + rowIndex * ROW_HEIGHT * em;
    }

    private double emSize() {
        return javafx.scene.text.Font.getDefault().getSize();
    }

    private <N extends Node> N styled(N node, String styleClass) {
        node.getStyleClass().add(styleClass);
        node.setManaged(false);
        getChildren().add(node);
        return node;
    }

    private Text text(String content, String styleClass) {
        Text text = styled(new Text(content), styleClass);
        text.setTextOrigin(VPos.BASELINE);
        return text;
    }

    private static void install(Node node, String tooltip) {
        if (tooltip == null || tooltip.isBlank()) {
            return;
        }
        Tooltip tip = new Tooltip(tooltip);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(250));
        tip.setShowDuration(Duration.seconds(30));
        Tooltip.install(node, tip);
    }

    /** Positions one group of nodes for the current size. */
    @FunctionalInterface
    private interface Placed {
        void place(java.util.function.LongFunction<Double> x, java.util.function.IntFunction<Double> groupTop,
                   double width, double height, double em);
    }
}
