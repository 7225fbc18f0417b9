package com.counteroffer.ui.common;

import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/**
 * A chart point's words: its tooltip, also read by screen readers. JavaFX's charts give each bar
 * and symbol an accessible text of their own with the raw value ("Y Axis is 123457"), which privacy
 * mode can't format; the point's own, formatted words replace it, now and whenever the chart sets it again.
 */
public final class ChartPoints {

    private ChartPoints() {
    }

    public static void describe(XYChart.Data<?, ?> datum, Tooltip tip) {
        datum.nodeProperty().addListener((o, was, node) -> {
            if (node != null) {
                attach(node, tip);
            }
        });
        if (datum.getNode() != null) {
            attach(datum.getNode(), tip);
        }
    }

    private static void attach(Node node, Tooltip tip) {
        Tooltip.install(node, tip);
        own(node, tip);
        // The chart binds the text to its raw values when it lays the point out: take it back afterwards.
        node.accessibleTextProperty().addListener(changed -> Platform.runLater(() -> own(node, tip)));
        tip.textProperty().addListener(changed -> own(node, tip));
    }

    private static void own(Node node, Tooltip tip) {
        if (node.accessibleTextProperty().isBound()) {
            node.accessibleTextProperty().unbind();
        }
        if (!Objects.equals(node.getAccessibleText(), tip.getText())) {
            node.setAccessibleText(tip.getText());
        }
    }
}
