package com.counteroffer.ui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Two-column form grids that become one column where space runs out (large type, a small window),
 * so captions keep their room instead of being cut. A cell is a caption and what follows it in its
 * column (field, message); in one column each row's left cell comes before its right one.
 */
public final class Reflow {

    /** Below this width of the grid itself its two columns would squeeze captions: one column then. */
    public static final double ONE_COLUMN_BELOW = 560;

    private static final String PLACE = "reflow.place";
    private static final String HEADING = "form-heading";

    private Reflow() {
    }

    /**
     * Keeps every one-line label of a figures table whole: a table wider than its place makes the
     * scroll pane around it scroll sideways, rather than a figure turning into "$1,250,...".
     */
    public static GridPane keepWhole(GridPane table) {
        for (Node child : table.getChildren()) {
            if (child instanceof javafx.scene.control.Labeled labeled && !labeled.isWrapText()) {
                labeled.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        return table;
    }

    /** Where a child sits in two columns, and whether it starts a cell (a caption or a heading row). */
    public record Place(int column, int row, boolean starts) {
    }

    /** Each child's row in one column, in the order given; cells keep their parts together. */
    public static List<Integer> oneColumnRows(List<Place> places) {
        record Keyed(int index, int band, int column, int row) {
        }
        List<Keyed> keyed = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            int band = place.row();
            int best = -1;
            for (Place other : places) {
                if (other.starts() && other.column() == place.column() && other.row() <= place.row() && other.row() > best) {
                    best = other.row();
                }
            }
            keyed.add(new Keyed(i, best < 0 ? band : best, place.column(), place.row()));
        }
        keyed.sort(Comparator.comparingInt(Keyed::band).thenComparingInt(Keyed::column).thenComparingInt(Keyed::row));
        Integer[] rows = new Integer[places.size()];
        for (int i = 0; i < keyed.size(); i++) {
            rows[keyed.get(i).index()] = i;
        }
        return List.of(rows);
    }

    /** Makes {@code grid} one column while it is narrower than {@link #ONE_COLUMN_BELOW}, children added later too. */
    public static void grid(GridPane grid) {
        List<ColumnConstraints> wide = new ArrayList<>(grid.getColumnConstraints());
        ColumnConstraints whole = new ColumnConstraints();
        whole.setPercentWidth(100);
        whole.setHgrow(Priority.ALWAYS);
        boolean[] narrow = {false};
        Runnable apply = () -> apply(grid, narrow[0], wide, whole);
        grid.widthProperty().addListener((o, was, width) -> {
            boolean now = width.doubleValue() > 0 && width.doubleValue() < ONE_COLUMN_BELOW;
            if (now != narrow[0]) {
                narrow[0] = now;
                apply.run();
            }
        });
        grid.getChildren().addListener((ListChangeListener<Node>) change -> apply.run());
    }

    private static void apply(GridPane grid, boolean narrow, List<ColumnConstraints> wide, ColumnConstraints whole) {
        List<Node> children = grid.getChildren();
        List<Place> places = new ArrayList<>();
        for (Node child : children) {
            places.add(placeOf(child));
        }
        List<Integer> rows = oneColumnRows(places);
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            Place place = places.get(i);
            GridPane.setColumnIndex(child, narrow ? 0 : place.column());
            GridPane.setRowIndex(child, narrow ? rows.get(i) : place.row());
            Object span = child.getProperties().get(PLACE + ".span");
            GridPane.setRowSpan(child, narrow ? null : (Integer) span);
        }
        if (!wide.isEmpty()) {
            grid.getColumnConstraints().setAll(narrow ? List.of(whole) : wide);
        }
    }

    /** The child's place as laid out for two columns, remembered the first time it is seen. */
    private static Place placeOf(Node child) {
        Object known = child.getProperties().get(PLACE);
        if (known instanceof Place place) {
            return place;
        }
        Integer column = GridPane.getColumnIndex(child);
        Integer row = GridPane.getRowIndex(child);
        boolean starts = child instanceof Label label ? !label.getStyleClass().contains("field-error")
                : child.getStyleClass().contains(HEADING);
        Place place = new Place(column == null ? 0 : column, row == null ? 0 : row, starts);
        child.getProperties().put(PLACE, place);
        child.getProperties().put(PLACE + ".span", GridPane.getRowSpan(child));
        return place;
    }
}
