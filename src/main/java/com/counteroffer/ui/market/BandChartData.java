package com.counteroffer.ui.market;

import com.counteroffer.domain.market.PayBasis;
import java.util.List;

/** What the band chart draws, as plain records the Market screen's model builds and tests read. */
public final class BandChartData {

    private BandChartData() {
    }

    /**
     * One band: a range, an optional adjusted range drawn as an outline, and reference ticks.
     * {@code minLabel} and {@code maxLabel} are drawn outside the band's ends; null draws none.
     */
    public record Row(String title, String subtitle, long min, long max, String minLabel, String maxLabel,
                      boolean openTop, Long adjustedMin, Long adjustedMax, String styleClass, String tooltip,
                      List<Tick> ticks) {
        public Row {
            ticks = List.copyOf(ticks);
        }
    }

    /** A labelled point on a row, e.g. a prevailing-wage level or a mean. */
    public record Tick(String label, long value, String tooltip) {
    }

    /** Rows measured the same way; {@code basis} null for context rows that take no markers. */
    public record Group(String title, PayBasis basis, List<Row> rows) {
        public Group {
            rows = List.copyOf(rows);
        }
    }

    /** A figure to place, e.g. the user's base salary or an offer's total compensation. */
    public record Marker(String label, long value, PayBasis basis, String styleClass, String tooltip) {
    }

    /** Everything one drawing shows, with a summary for screen readers. */
    public record Content(List<Group> groups, List<Marker> markers, String summary) {
        public Content {
            groups = List.copyOf(groups);
            markers = List.copyOf(markers);
        }
    }
}
