package com.counteroffer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.ui.common.Reflow.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One column keeps each caption with its field and message, the left cell of a row before the right one. */
class ReflowTest {

    @Test
    void captionsStayWithTheirFieldsAndMessages() {
        // Company (caption, field, message) | Title (caption, field); Level (caption, box) | Location (caption, box)
        List<Place> places = List.of(
                new Place(0, 0, true), new Place(0, 1, false), new Place(0, 2, false),
                new Place(1, 0, true), new Place(1, 1, false),
                new Place(0, 3, true), new Place(0, 4, false),
                new Place(1, 3, true), new Place(1, 4, false));
        assertThat(Reflow.oneColumnRows(places)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void cellsWithoutCaptionsReadLeftThenRightRowByRow() {
        List<Place> places = List.of(new Place(0, 0, false), new Place(1, 0, false),
                new Place(0, 1, false), new Place(1, 1, false), new Place(0, 2, false));
        assertThat(Reflow.oneColumnRows(places)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aRightCellThatStartsLowerComesAfterTheLeftCellsAboveIt() {
        // Left: match rate (0-2), yearly cap (3-5), benefits (6-8); right: on the first (0-2), PTO (6-8).
        List<Place> places = List.of(
                new Place(0, 6, true), new Place(0, 7, false),
                new Place(1, 6, true), new Place(1, 7, false),
                new Place(0, 0, true), new Place(0, 1, false),
                new Place(1, 0, true), new Place(1, 1, false),
                new Place(0, 3, true), new Place(0, 4, false));
        assertThat(Reflow.oneColumnRows(places)).containsExactly(6, 7, 8, 9, 0, 1, 2, 3, 4, 5);
    }
}
