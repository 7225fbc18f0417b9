package com.counteroffer.domain.negotiation;

import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.market.LevelBand;
import com.counteroffer.domain.market.PayBasis;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Offer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The negotiation on one axis of annualised totals (Levels.fyi style): the walk-away point, the offer,
 * the target, the opening, each competing offer and the current job as markers, the level's band as a
 * segment, and the zone of agreement, so the user sees at a glance where the offer and their asks stand.
 * Plain data and arithmetic: the window draws it, and {@link #layout} says where each label goes.
 *
 * @param markers lowest value first (ties in {@link Kind} order)
 * @param band the level's band on the axis, or null when the plan has none
 * @param zone the zone of agreement, or null when there is none to show ({@link #zoneText} says why)
 * @param zoneText the zone in words, with the employer's limit said to be unknown; never null
 * @param axisMin the axis's lowest value, a multiple of {@link #step}, never below 0
 * @param axisMax the axis's highest value, a multiple of {@link #step}, above {@code axisMin}
 * @param step the distance between ticks: 1, 2, 2.5 or 5 times a power of ten
 * @param description the whole picture in sentences, for screen readers (figures written by {@link Money})
 */
public record NegotiationPicture(List<Marker> markers, Band band, Zone zone, String zoneText, long axisMin,
                                 long axisMax, long step, String description) {

    /** About this many tick intervals on the axis. */
    private static final int INTERVALS = 6;
    /** The steps between ticks, times a power of ten. */
    private static final double[] NICE = {1, 2, 2.5, 5};

    /** What a marker stands for. */
    public enum Kind {
        WALK_AWAY("Walk-away"),
        OFFER("Offer"),
        TARGET("Target"),
        OPENING("Opening"),
        COMPETING("Competing offer"),
        CURRENT_JOB("Current job");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** E.g. "Walk-away"; a competing offer is labelled with its company instead. */
        public String label() {
            return label;
        }

        /** The CSS-friendly id, e.g. "walk-away", "current-job". */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One value on the axis.
     *
     * @param label short, for the picture: "Walk-away", "Offer", "Northwind Cloud"
     * @param name for a sentence: "your walk-away point", "the Northwind Cloud offer"
     * @param value annualised total, whole dollars
     */
    public record Marker(Kind kind, String label, String name, long value) {

        public Marker {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The level's band on the annualised axis.
     *
     * @param from the low end on the axis
     * @param to the high end on the axis
     * @param shift what was added to the published range to put it on the axis: the offer's non-base
     *     pay for a base-salary band, 0 for a total-compensation band
     * @param label short: "Senior/Lead base salary range + this offer's bonus, equity and sign-on"
     * @param text the band in a sentence, with its figures
     */
    public record Band(long from, long to, boolean openTop, PayBasis basis, long min, long max, long shift,
                       String label, String text) {
    }

    /**
     * The zone of agreement as far as the user's side knows it.
     *
     * @param from the walk-away point, or the offer when there is none
     * @param to the opening
     * @param fromWalkAway whether {@code from} is the walk-away point (else the offer)
     */
    public record Zone(long from, long to, boolean fromWalkAway) {
    }

    /**
     * Where one marker's label goes: it starts at its marker (or, near the axis's end, as far right
     * as it fits) and sits on a row above the axis, row 0 nearest the axis.
     *
     * @param x the marker's position, 0 to the axis width
     * @param left where the label starts
     * @param width the label's width, a gap to its right included
     */
    public record PlacedLabel(Marker marker, String text, double x, double left, double width, int row) {

        public double right() {
            return left + width;
        }

        /** Whether the label was moved left of its marker to stay on the axis. */
        public boolean shifted() {
            return left < x;
        }
    }

    /** Every label placed, and how many rows they take. */
    public record Layout(List<PlacedLabel> labels, int rows) {

        public Layout {
            labels = List.copyOf(labels);
        }
    }

    public NegotiationPicture {
        markers = List.copyOf(markers);
        Objects.requireNonNull(zoneText, "zoneText");
        Objects.requireNonNull(description, "description");
        if (axisMax <= axisMin || step <= 0) {
            throw new IllegalArgumentException("an axis needs min < max and a positive step");
        }
    }

    /**
     * The picture of a plan for {@code offer}.
     *
     * @param others the competing offers and the current job ({@code offer().current()})
     * @param projection the offer's projection; its annualised total less the base is the non-base pay
     *     a base-salary band is shifted by
     */
    public static NegotiationPicture of(CounterPlan plan, List<CompetingOffer> others, Offer offer,
                                        Projection projection) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(projection, "projection");
        List<Marker> markers = new ArrayList<>();
        if (plan.walkAway() != null) {
            markers.add(new Marker(Kind.WALK_AWAY, Kind.WALK_AWAY.label(), "your walk-away point", whole(plan.walkAway())));
        }
        CounterPlan.Totals totals = plan.totals();
        long offerTotal = totals != null && totals.offer() != null ? whole(totals.offer())
                : whole(projection.tcAnnualized());
        markers.add(new Marker(Kind.OFFER, Kind.OFFER.label(), "the offer", offerTotal));
        Long opening = null;
        if (totals != null && totals.target() != null) {
            markers.add(new Marker(Kind.TARGET, Kind.TARGET.label(), "your target", whole(totals.target())));
        }
        if (totals != null && totals.opening() != null) {
            opening = whole(totals.opening());
            markers.add(new Marker(Kind.OPENING, Kind.OPENING.label(), "your opening", opening));
        }
        for (CompetingOffer other : others == null ? List.<CompetingOffer>of() : others) {
            long value = whole(other.projection().tcAnnualized());
            String company = other.offer().company();
            markers.add(other.offer().current()
                    ? new Marker(Kind.CURRENT_JOB, Kind.CURRENT_JOB.label(), "your current job at " + company, value)
                    : new Marker(Kind.COMPETING, company, "the " + company + " offer", value));
        }
        markers.sort(Comparator.comparingLong(Marker::value).thenComparing(Marker::kind));

        Band band = band(plan.band(), offer, projection);
        Long walkAway = plan.walkAway() == null ? null : whole(plan.walkAway());
        long from = walkAway != null ? walkAway : offerTotal;
        Zone zone = opening != null && opening > from ? new Zone(from, opening, walkAway != null) : null;
        String zoneText = zoneText(zone, walkAway, offerTotal, opening);

        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (Marker marker : markers) {
            lo = Math.min(lo, marker.value());
            hi = Math.max(hi, marker.value());
        }
        if (band != null) {
            lo = Math.min(lo, band.from());
            hi = Math.max(hi, band.to());
        }
        long[] axis = axis(lo, hi);
        return new NegotiationPicture(markers, band, zone, zoneText, axis[0], axis[1], axis[2],
                description(markers, band, zoneText));
    }

    /** A base band moved onto the annualised axis by this offer's non-base pay; a total-compensation band as is. */
    private static Band band(LevelBand band, Offer offer, Projection projection) {
        if (band == null) {
            return null;
        }
        String range = Money.format(band.min()) + " to " + Money.format(band.max()) + (band.openTop() ? "+" : "");
        if (band.basis() == PayBasis.TOTAL_COMP) {
            String label = band.level().label() + " " + band.basis().label() + " range";
            return new Band(band.min(), band.max(), band.openTop(), band.basis(), band.min(), band.max(), 0, label,
                    "The " + label + ": " + range + ".");
        }
        if (band.basisInDoubt() && band.likelyBasis() == PayBasis.TOTAL_COMP) {
            // Stated as base, but more likely total compensation (the seed's Senior range): drawn as a total, as read.
            String label = band.level().label() + " range, read as total compensation";
            return new Band(band.min(), band.max(), band.openTop(), PayBasis.TOTAL_COMP, band.min(), band.max(), 0,
                    label, "The " + label + ": " + range + " (the source calls it base salary, but it fits total "
                            + "compensation better, so the plan sets no base target from it).");
        }
        // The annualised total less the base: bonus, equity over its vesting years, sign-on over four.
        long shift = Math.max(0, whole(projection.tcAnnualized()) - offer.base());
        String label = band.level().label() + " base salary range + this offer's bonus, equity and sign-on";
        String text = "The " + label + ": " + Money.format(band.min() + shift) + " to "
                + Money.format(band.max() + shift) + (band.openTop() ? "+" : "") + " (the base range " + range
                + " with " + Money.format(shift) + " a year added, so that it reads as a total like the rest of the "
                + "picture).";
        return new Band(band.min() + shift, band.max() + shift, band.openTop(), band.basis(), band.min(), band.max(),
                shift, label, text);
    }

    private static String zoneText(Zone zone, Long walkAway, long offer, Long opening) {
        String unknown = " The employer's own limit is unknown: all that is known is that it is at least the offer ("
                + Money.format(offer) + ").";
        if (zone != null) {
            return "Zone of agreement: " + Money.format(zone.from()) + " to " + Money.format(zone.to()) + ", from "
                    + (zone.fromWalkAway() ? "your walk-away point" : "the offer (no walk-away point is set)")
                    + " up to your opening." + unknown;
        }
        if (opening == null) {
            return "No zone of agreement to show: the plan has no opening." + unknown;
        }
        if (walkAway != null) {
            return "No zone of agreement to show: your opening (" + Money.format(opening) + ") does not reach your "
                    + "walk-away point (" + Money.format(walkAway) + "), even if every opening ask were granted.";
        }
        return "No zone of agreement to show: the plan asks for nothing above the offer (" + Money.format(offer) + ")."
                + unknown;
    }

    private static String description(List<Marker> markers, Band band, String zoneText) {
        StringBuilder text = new StringBuilder("The negotiation on one axis of annualised totals (Levels.fyi style), "
                + "lowest first: ");
        text.append(markers.stream().map(marker -> marker.name() + " " + Money.format(marker.value()))
                .collect(Collectors.joining("; ")));
        text.append(". ");
        if (band != null) {
            text.append(band.text()).append(' ');
        }
        return text.append(zoneText).toString();
    }

    /** {min, max, step}: the values with some room either side, on whole steps, never below 0. */
    static long[] axis(long lo, long hi) {
        if (lo > hi) {
            return new long[] {0, 100_000, 20_000};
        }
        long span = hi - lo;
        long pad = Math.max(Math.max(span * 8 / 100, Math.abs(hi) / 50), 1_000);
        long low = Math.max(0, lo - pad);
        long high = hi + pad;
        long step = niceStep((high - low) / (double) INTERVALS);
        long min = Math.max(0, Math.floorDiv(low, step) * step);
        long max = -Math.floorDiv(-high, step) * step;
        return new long[] {min, max, step};
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least {@code raw} (at least $1). */
    static long niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
        for (double nice : NICE) {
            if (nice * power >= raw) {
                return Math.max(1, Math.round(nice * power));
            }
        }
        return Math.round(10 * power);
    }

    /** Where {@code value} falls on the axis, 0 at its start and 1 at its end. */
    public double fraction(long value) {
        return (value - axisMin) / (double) (axisMax - axisMin);
    }

    /** The ticks on whole steps from the axis's start to its end. */
    public List<Long> ticks() {
        List<Long> ticks = new ArrayList<>();
        for (long value = axisMin; value <= axisMax; value += step) {
            ticks.add(value);
        }
        return ticks;
    }

    /**
     * At most {@code most} ticks (at least two): the multiples of the axis's step, or of a coarser
     * step of the same kind, that fall on the axis.
     */
    public List<Long> ticks(int most) {
        int limit = Math.max(2, most);
        long coarser = step;
        for (int tries = 0; tries < 40; tries++) {
            List<Long> ticks = new ArrayList<>();
            for (long value = -Math.floorDiv(-axisMin, coarser) * coarser; value <= axisMax; value += coarser) {
                ticks.add(value);
            }
            if (ticks.size() <= limit) {
                return ticks;
            }
            coarser = niceStep(coarser * 1.0001);
        }
        return List.of(axisMin, axisMax);
    }

    /** {@link #layout(double, double, Function)} with each label's name above its figure. */
    public Layout layout(double axisWidth, double charWidth) {
        return layout(axisWidth, charWidth, marker -> marker.label() + "\n" + Money.compact(marker.value()));
    }

    /**
     * Puts every marker's label on a row so that no two labels on a row overlap. A label starts at its
     * marker and runs right (near the axis's end it is moved left to stay on the axis), and is as wide
     * as its longest line at {@code charWidth} a character, plus one character of gap. Labels are placed
     * from the right: each goes on the lowest row that is free and above the labels of the markers it
     * would otherwise cover, so a marker's line up to its label is not hidden by another label (only
     * labels moved back from the axis's end can still cover one).
     *
     * @param axisWidth the axis's length in the units of {@code charWidth}
     * @param text the label as drawn (lines separated by \n)
     */
    public Layout layout(double axisWidth, double charWidth, Function<Marker, String> text) {
        int count = markers.size();
        String[] texts = new String[count];
        double[] xs = new double[count];
        double[] lefts = new double[count];
        double[] widths = new double[count];
        for (int i = 0; i < count; i++) {
            Marker marker = markers.get(i);
            texts[i] = text.apply(marker);
            int longest = 0;
            for (String line : texts[i].split("\n", -1)) {
                longest = Math.max(longest, line.length());
            }
            widths[i] = (longest + 1) * charWidth;
            xs[i] = Math.max(0, Math.min(axisWidth, fraction(marker.value()) * axisWidth));
            lefts[i] = Math.max(0, Math.min(xs[i], axisWidth - widths[i]));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -lefts[i]).thenComparingDouble(i -> -xs[i])
                .thenComparing(Comparator.reverseOrder()));
        int[] rows = new int[count];
        boolean[] placed = new boolean[count];
        int rowCount = 0;
        for (int i : order) {
            double left = lefts[i];
            double right = left + widths[i];
            int row = 0;
            for (int j = 0; j < count; j++) {
                if (placed[j] && xs[j] >= left && xs[j] <= right) {
                    row = Math.max(row, rows[j] + 1);
                }
            }
            while (overlaps(row, left, right, rows, placed, lefts, widths)) {
                row++;
            }
            rows[i] = row;
            placed[i] = true;
            rowCount = Math.max(rowCount, row + 1);
        }
        List<PlacedLabel> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            labels.add(new PlacedLabel(markers.get(i), texts[i], xs[i], lefts[i], widths[i], rows[i]));
        }
        return new Layout(labels, rowCount);
    }

    private static boolean overlaps(int row, double left, double right, int[] rows, boolean[] placed,
                                    double[] lefts, double[] widths) {
        for (int j = 0; j < rows.length; j++) {
            if (placed[j] && rows[j] == row && lefts[j] < right && left < lefts[j] + widths[j]) {
                return true;
            }
        }
        return false;
    }

    private static long whole(BigDecimal amount) {
        return WholeDollars.of(amount);
    }
}
