package com.counteroffer.ui.negotiate;

import com.counteroffer.domain.market.PayBasis;
import com.counteroffer.domain.negotiation.NegotiationPicture;
import com.counteroffer.domain.negotiation.NegotiationPicture.Marker;
import com.counteroffer.domain.negotiation.NegotiationPicture.PlacedLabel;
import com.counteroffer.service.NegotiationView;
import com.counteroffer.ui.common.Privacy;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * The negotiation on one axis ({@link NegotiationPicture}): the zone of agreement shaded, the band as a
 * bar, each marker a line up to its label, the labels on the rows the model gives them, ticks below the
 * axis and, under it, the band and the zone in words. Real nodes (labels are Labels), coloured by the
 * CSS classes under {@code .negotiation-picture} in app.css; every amount through {@link Privacy}. It
 * follows the Negotiate model's plan as the sliders move, and redraws when privacy mode flips.
 */
public final class NegotiationPictureView extends Region {

    private static final double SIDE = 0.6;         // em either side of the axis
    private static final double STRIP = 2.4;        // em: the band and zone strip
    private static final double BAR = 0.9;          // em: the band bar's height
    private static final double TICK = 0.45;        // em below the axis
    private static final double ROW_GAP = 0.35;     // em between label rows
    private static final double LEGEND_GAP = 0.5;   // em above and between legend lines
    private static final double SWATCH = 1.1;       // em

    private final Label title = new Label();
    private final Label caption = new Label();
    private final List<Node> drawn = new ArrayList<>();
    private final List<Label> markerLabels = new ArrayList<>();
    private final List<Line> stems = new ArrayList<>();
    private final List<Line> markerTicks = new ArrayList<>();
    private final List<Label> tickLabels = new ArrayList<>();
    private final List<Line> tickLines = new ArrayList<>();
    private final List<Long> tickValues = new ArrayList<>();
    private final Line axis = new Line();
    private final Rectangle zone = new Rectangle();
    private final Rectangle band = new Rectangle();
    private final Rectangle bandSwatch = new Rectangle();
    private final Rectangle zoneSwatch = new Rectangle();
    private final Label bandText = new Label();
    private final Label zoneText = new Label();
    private Privacy privacy = new Privacy();
    private NegotiationPicture picture;

    public NegotiationPictureView() {
        getStyleClass().add("negotiation-picture");
        setAccessibleRole(AccessibleRole.TEXT);
        setFocusTraversable(true);
        title.getStyleClass().add("picture-title");
        title.setWrapText(true);
        caption.getStyleClass().addAll("note", "picture-caption");
        caption.setWrapText(true);
        axis.getStyleClass().add("axis-line");
        zone.getStyleClass().add("zone");
        band.getStyleClass().add("band");
        bandSwatch.getStyleClass().addAll("band", "swatch");
        zoneSwatch.getStyleClass().addAll("zone", "swatch");
        bandText.getStyleClass().add("legend-text");
        bandText.setWrapText(true);
        bandText.setId("picture-band");
        zoneText.getStyleClass().add("legend-text");
        zoneText.setWrapText(true);
        zoneText.setId("picture-zone");
        setVisible(false);
        setManaged(false);
    }

    /** Follows {@code model}'s plan and its privacy mode. */
    void attach(NegotiateModel model) {
        privacy = model.ui().privacy();
        title.setText(model.ui().text("negotiate.picture"));
        caption.setText(model.ui().text("negotiate.picture.caption"));
        model.viewProperty().addListener((o, was, view) -> show(view));
        privacy.onProperty().addListener((o, was, on) -> show(model.viewProperty().get()));
        show(model.viewProperty().get());
    }

    /** Draws the picture of {@code view}'s plan, or nothing without one. */
    void show(NegotiationView view) {
        picture = view == null ? null : NegotiationPicture.of(view.plan(), view.context().others(),
                view.context().offer().offer(), view.context().projection());
        rebuild();
    }

    /** What is drawn, or null. */
    public NegotiationPicture picture() {
        return picture;
    }

    /** The markers' labels, in the picture's marker order. */
    public List<Label> markerLabels() {
        return List.copyOf(markerLabels);
    }

    /** Every text the picture shows: title, labels, ticks and the legend. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (Node node : getChildren()) {
            if (node instanceof Label label && !label.getText().isEmpty()) {
                texts.add(label.getText());
            }
        }
        return texts;
    }

    /** The nodes, made once per change of picture or privacy; {@link #layoutChildren} only places them. */
    private void rebuild() {
        getChildren().clear();
        drawn.clear();
        markerLabels.clear();
        stems.clear();
        markerTicks.clear();
        tickLabels.clear();
        tickLines.clear();
        tickValues.clear();
        boolean shown = picture != null;
        setVisible(shown);
        setManaged(shown);
        if (!shown) {
            setAccessibleText(null);
            return;
        }
        getChildren().addAll(title, caption, zone);
        zone.setVisible(picture.zone() != null);
        NegotiationPicture.Band range = picture.band();
        band.getStyleClass().removeAll("band-base", "band-tc");
        bandSwatch.getStyleClass().removeAll("band-base", "band-tc");
        if (range != null) {
            String basis = range.basis() == PayBasis.BASE ? "band-base" : "band-tc";
            band.getStyleClass().add(basis);
            bandSwatch.getStyleClass().add(basis);
            getChildren().add(band);
            tip(band, privacy.prose(range.text()));
        }
        getChildren().add(axis);
        for (int i = 0; i < picture.markers().size(); i++) {
            Marker marker = picture.markers().get(i);
            String kind = marker.kind().id();
            Line stem = new Line();
            stem.getStyleClass().addAll("stem", kind);
            Line tick = new Line();
            tick.getStyleClass().addAll("marker-tick", kind);
            Label label = new Label(text(marker));
            label.getStyleClass().addAll("marker-label", kind);
            label.setId("picture-" + kind + (marker.kind() == NegotiationPicture.Kind.COMPETING ? "-" + i : ""));
            label.setMinWidth(USE_PREF_SIZE);
            String tooltip = Parts.capitalise(marker.name()) + ": " + privacy.money(marker.value())
                    + " a year (annualised)";
            tip(label, tooltip);
            tip(tick, tooltip);
            stems.add(stem);
            markerTicks.add(tick);
            markerLabels.add(label);
        }
        getChildren().addAll(stems);
        getChildren().addAll(markerTicks);
        getChildren().addAll(markerLabels);
        if (range != null) {
            bandText.setText(privacy.prose(range.text()));
            getChildren().addAll(bandSwatch, bandText);
        }
        zoneText.setText(privacy.prose(picture.zoneText()));
        getChildren().add(zoneText);
        if (picture.zone() != null) {
            getChildren().add(zoneSwatch);
            tip(zone, zoneText.getText());
        }
        setAccessibleText(privacy.prose(picture.description()));
        requestLayout();
    }

    /** A marker's label as drawn: its name above its figure. */
    private String text(Marker marker) {
        return marker.label() + "\n" + privacy.compact(marker.value());
    }

    /** The ticks for an axis this long: as many as fit side by side, labels apart. */
    private void ticks(double axisWidth, double charWidth, double em) {
        double labelWidth = (privacy.compact(picture.axisMax()).length() + 2) * charWidth + em;
        List<Long> values = picture.ticks(Math.max(2, (int) Math.floor(axisWidth / labelWidth) + 1));
        if (values.equals(tickValues)) {
            return;
        }
        getChildren().removeAll(tickLines);
        getChildren().removeAll(tickLabels);
        tickLines.clear();
        tickLabels.clear();
        tickValues.clear();
        tickValues.addAll(values);
        for (long value : values) {
            Line line = new Line();
            line.getStyleClass().add("tick");
            Label label = new Label(privacy.compact(value));
            label.getStyleClass().add("tick-label");
            label.setMinWidth(USE_PREF_SIZE);
            tickLines.add(line);
            tickLabels.add(label);
        }
        getChildren().addAll(tickLines);
        getChildren().addAll(tickLabels);
        // Made during layout: styled now, so that they are measured in their own type.
        tickLabels.forEach(Label::applyCss);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 40 * em() + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 14 * em() + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return picture == null ? 0 : arrange(width > 0 ? width : computePrefWidth(-1), false);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        if (picture != null) {
            arrange(getWidth(), true);
        }
    }

    /** Works out (and, with {@code place}, sets) where everything goes at {@code width}; returns the height needed. */
    private double arrange(double width, boolean place) {
        double em = em();
        double left = snappedLeftInset();
        double inner = Math.max(10 * em, width - left - snappedRightInset());
        double y = snappedTopInset();
        y = text(title, left, y, inner, place);
        y = text(caption, left, y, inner, place) + 0.4 * em;

        double x0 = left + SIDE * em;
        double axisWidth = Math.max(4 * em, inner - 2 * SIDE * em);
        double charWidth = charWidth(em);
        NegotiationPicture.Layout layout = picture.layout(axisWidth, charWidth, this::text);
        double rowHeight = rowHeight(em);
        double rowsTop = y;
        double stripTop = rowsTop + layout.rows() * rowHeight + 0.2 * em;
        double axisY = stripTop + STRIP * em;
        if (place) {
            ticks(axisWidth, charWidth, em);
            for (int i = 0; i < layout.labels().size(); i++) {
                PlacedLabel placed = layout.labels().get(i);
                Label label = markerLabels.get(i);
                double labelY = rowsTop + (layout.rows() - 1 - placed.row()) * rowHeight;
                double height = label.prefHeight(-1);
                double stemX = snap(x0 + placed.x());
                label.resizeRelocate(snap(x0 + placed.left()) - 1, labelY, label.prefWidth(-1), height);
                line(stems.get(i), stemX, labelY + height, stemX, axisY);
                line(markerTicks.get(i), stemX, stripTop, stemX, axisY + TICK * em);
            }
            if (picture.zone() != null) {
                double from = x0 + picture.fraction(picture.zone().from()) * axisWidth;
                double to = x0 + picture.fraction(picture.zone().to()) * axisWidth;
                zone.setX(snap(from));
                zone.setY(stripTop);
                zone.setWidth(Math.max(1, snap(to) - snap(from)));
                zone.setHeight(STRIP * em);
            }
            NegotiationPicture.Band range = picture.band();
            if (range != null) {
                double from = x0 + clamp(picture.fraction(range.from())) * axisWidth;
                double to = x0 + clamp(picture.fraction(range.to())) * axisWidth;
                band.setX(snap(from));
                band.setY(stripTop + (STRIP - BAR) / 2 * em);
                band.setWidth(Math.max(2, snap(to) - snap(from)));
                band.setHeight(BAR * em);
            }
            line(axis, snap(x0), axisY, snap(x0 + axisWidth), axisY);
            for (int i = 0; i < tickValues.size(); i++) {
                double x = snap(x0 + picture.fraction(tickValues.get(i)) * axisWidth);
                line(tickLines.get(i), x, axisY, x, axisY + TICK * em);
                Label label = tickLabels.get(i);
                double labelWidth = label.prefWidth(-1);
                double labelX = Math.max(left, Math.min(left + inner - labelWidth, x - labelWidth / 2));
                label.resizeRelocate(snap(labelX), axisY + TICK * em + 0.1 * em, labelWidth, label.prefHeight(-1));
            }
        }
        double tickLabelHeight = tickLabels.isEmpty() ? 1.4 * em : tickLabels.get(0).prefHeight(-1);
        y = axisY + TICK * em + 0.1 * em + tickLabelHeight + LEGEND_GAP * em;
        if (picture.band() != null) {
            y = legend(bandSwatch, bandText, left, y, inner, em, place) + LEGEND_GAP * em;
        }
        y = legend(picture.zone() == null ? null : zoneSwatch, zoneText, left, y, inner, em, place);
        return y + snappedBottomInset();
    }

    /** A wrapping label across the width at {@code y}; returns the y below it. */
    private static double text(Label label, double x, double y, double width, boolean place) {
        double height = label.prefHeight(width);
        if (place) {
            label.resizeRelocate(x, y, width, height);
        }
        return y + height;
    }

    /** A swatch (or none) and its wrapping text; returns the y below them. */
    private static double legend(Rectangle swatch, Label text, double x, double y, double width, double em,
                                 boolean place) {
        double indent = (SWATCH + 0.6) * em;
        double height = text.prefHeight(width - indent);
        if (place) {
            if (swatch != null) {
                swatch.setX(x);
                swatch.setY(y + 0.2 * em);
                swatch.setWidth(SWATCH * em);
                swatch.setHeight(0.8 * em);
            }
            text.resizeRelocate(x + indent, y, width - indent, height);
        }
        return y + height;
    }

    /**
     * The width of one character of the marker labels, as drawn: the widest share of any label, so
     * that the model's estimate never falls short of a real label (never under 0.55 em).
     */
    private double charWidth(double em) {
        double widest = 0.55 * em;
        for (Label label : markerLabels) {
            int longest = 0;
            for (String line : label.getText().split("\n", -1)) {
                longest = Math.max(longest, line.length());
            }
            if (longest > 0) {
                widest = Math.max(widest, label.prefWidth(-1) / longest);
            }
        }
        return widest;
    }

    private double rowHeight(double em) {
        double tallest = 2.6 * em;
        for (Label label : markerLabels) {
            tallest = Math.max(tallest, label.prefHeight(-1));
        }
        return tallest + ROW_GAP * em;
    }

    /** The size of the type this picture is drawn in (it follows presentation mode's larger type). */
    private double em() {
        return title.getFont() == null ? 13 : title.getFont().getSize();
    }

    private static void line(Line line, double startX, double startY, double endX, double endY) {
        line.setStartX(startX);
        line.setStartY(startY);
        line.setEndX(endX);
        line.setEndY(endY);
    }

    private double snap(double value) {
        return snapPositionX(value);
    }

    private static double clamp(double fraction) {
        return Math.max(0, Math.min(1, fraction));
    }

    private static void tip(Node node, String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(250));
        tip.setShowDuration(Duration.seconds(30));
        Tooltip.install(node, tip);
    }
}
