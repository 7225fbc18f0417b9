package com.counteroffer.ui.market;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the band chart's labels go so that none overlaps another or sits under a marker line, in
 * plain numbers (pixels along the axis) so it is tested without a toolkit.
 */
final class LabelPlacement {

    /** A label's horizontal extent. */
    record Span(double start, double end) {
        double width() {
            return end - start;
        }

        boolean overlaps(Span other, double gap) {
            return start < other.end + gap && other.start < end + gap;
        }

        boolean covers(double x, double gap) {
            return x > start - gap && x < end + gap;
        }
    }

    /** A marker label in the header: which line (0 at the top) and where it starts. */
    record Stacked(int line, Span span) {
    }

    private LabelPlacement() {
    }

    /**
     * Marker labels above a group's rows: each starts at its marker ({@code anchors}), kept within
     * {@code minX..maxX}, on the first line where it overlaps no other label. The markers' lines run
     * below the header, so stacking alone keeps the labels clear of them.
     *
     * @return one placement per anchor, in the order given
     */
    static List<Stacked> stack(List<Double> anchors, List<Double> widths, double minX, double maxX, double gap) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(anchors::get));
        List<List<Span>> lines = new ArrayList<>();
        Stacked[] placed = new Stacked[anchors.size()];
        for (int i : order) {
            double width = widths.get(i);
            double start = Math.max(minX, Math.min(anchors.get(i), maxX - width));
            Span span = new Span(start, start + width);
            int line = 0;
            while (line < lines.size() && lines.get(line).stream().anyMatch(other -> other.overlaps(span, gap))) {
                line++;
            }
            if (line == lines.size()) {
                lines.add(new ArrayList<>());
            }
            lines.get(line).add(span);
            placed[i] = new Stacked(line, span);
        }
        return List.of(placed);
    }

    /** How many header lines {@link #stack} needs. */
    static int lines(List<Stacked> stacked) {
        return stacked.stream().mapToInt(Stacked::line).max().orElse(-1) + 1;
    }

    /**
     * A label in a row, moved off every marker line ({@code lines}) and every label already placed
     * in that row ({@code taken}): first rightwards from {@code preferred} (kept within
     * {@code minX..maxX}), and if that runs out of room, leftwards; if neither finds room it stays
     * where it was asked for (the row is narrower than its labels).
     */
    static Span clear(double preferred, double width, List<Double> lines, List<Span> taken, double minX, double maxX,
                      double gap) {
        return clear(preferred, width, lines, taken, minX, maxX, gap, true);
    }

    /** As {@link #clear(double, double, List, List, double, double, double)}, trying leftwards first when asked. */
    static Span clear(double preferred, double width, List<Double> lines, List<Span> taken, double minX, double maxX,
                      double gap, boolean rightFirst) {
        double start = Math.min(Math.max(minX, preferred), maxX - width);
        for (boolean rightwards : rightFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
            Span found = search(start, width, lines, taken, gap, rightwards);
            if (found != null && found.start >= minX && found.end <= maxX) {
                return found;
            }
        }
        return new Span(preferred, preferred + width);
    }

    /** Steps past whatever the span hits, in one direction, until it hits nothing. */
    private static Span search(double start, double width, List<Double> lines, List<Span> taken, double gap,
                               boolean rightwards) {
        Span span = new Span(start, start + width);
        // Each step moves past one obstacle for good, so this ends within as many steps as there are obstacles.
        for (int step = 0; step <= lines.size() + taken.size(); step++) {
            Double hit = null;
            for (double line : lines) {
                if (span.covers(line, gap)) {
                    hit = rightwards ? Math.max(hit == null ? line : hit, line) : Math.min(hit == null ? line : hit, line);
                }
            }
            for (Span other : taken) {
                if (span.overlaps(other, gap)) {
                    double edge = rightwards ? other.end : other.start;
                    hit = hit == null ? edge : rightwards ? Math.max(hit, edge) : Math.min(hit, edge);
                }
            }
            if (hit == null) {
                return span;
            }
            double next = rightwards ? hit + gap + 0.01 : hit - gap - width - 0.01;
            span = new Span(next, next + width);
        }
        return null;
    }
}
