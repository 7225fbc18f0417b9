package com.counteroffer.ui.common;

import javafx.scene.chart.NumberAxis;

/**
 * The value axis of every chart that plots dollars: ticks read "$250k", "$1.2M", or
 * {@value Privacy#HIDDEN_AMOUNT} in privacy mode (the bars and lines keep their sizes). The ticks
 * are drawn again when the mode flips.
 */
public final class MoneyAxis {

    private MoneyAxis() {
    }

    public static NumberAxis create(Privacy privacy) {
        NumberAxis axis = new NumberAxis();
        axis.setTickLabelFormatter(new NumberAxis.DefaultFormatter(axis) {
            @Override
            public String toString(Number value) {
                return privacy.compact(value.longValue());
            }
        });
        // A new formatter makes the axis draw its tick labels again.
        javafx.beans.InvalidationListener redraw = observable -> {
            var formatter = axis.getTickLabelFormatter();
            axis.setTickLabelFormatter(null);
            axis.setTickLabelFormatter(formatter);
        };
        axis.getProperties().put(Privacy.class, redraw);
        privacy.onProperty().addListener(new javafx.beans.WeakInvalidationListener(redraw));
        return axis;
    }
}
