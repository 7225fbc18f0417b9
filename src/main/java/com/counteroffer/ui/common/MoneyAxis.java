package com.counteroffer.ui.common;

import com.counteroffer.domain.money.Money;
import javafx.scene.chart.NumberAxis;

/** The value axis of every chart that plots dollars: ticks read "$250k", "$1.2M". */
public final class MoneyAxis {

    private MoneyAxis() {
    }

    public static NumberAxis create() {
        NumberAxis axis = new NumberAxis();
        axis.setTickLabelFormatter(new NumberAxis.DefaultFormatter(axis) {
            @Override
            public String toString(Number value) {
                return Money.compact(value.longValue());
            }
        });
        return axis;
    }
}
