package com.counteroffer.ui.negotiate;

import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * A talking point in its list: wrapped to the list's width, as tall as its lines.
 * The theme gives list cells a fixed size (-fx-cell-size), and ListCellSkin then ignores wrapping
 * in its preferred height: a point needing three lines got two (at 200 %) and ended in "…".
 * One line keeps the theme's height; each further line adds its own.
 */
final class PointCell extends TextFieldListCell<String> {

    PointCell(StringConverter<String> converter) {
        super(converter);
        setWrapText(true);
        // Never wider than the list, so the text wraps to it rather than running off its edge.
        setPrefWidth(0);
    }

    @Override
    protected double computePrefHeight(double width) {
        double themed = super.computePrefHeight(width);
        String text = getText();
        if (width < 0 || text == null || text.isEmpty() || getGraphic() != null) {
            return themed;
        }
        double wrapping = width - snappedLeftInset() - snappedRightInset();
        return themed + Math.max(0, snapSizeY(height(text, wrapping) - height("X", 0)));
    }

    private double height(String text, double wrapping) {
        Text probe = new Text(text);
        probe.setFont(getFont());
        probe.setLineSpacing(getLineSpacing());
        probe.setWrappingWidth(wrapping);
        return probe.getLayoutBounds().getHeight();
    }
}
