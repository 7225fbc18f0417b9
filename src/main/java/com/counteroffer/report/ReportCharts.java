package com.counteroffer.report;

import com.counteroffer.domain.compare.Comparison;
import com.counteroffer.domain.compare.OfferComparison;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.market.LevelBand;
import com.counteroffer.domain.market.MarketPosition;
import com.counteroffer.domain.market.PayBasis;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.report.ReportData.OfferEntry;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The report's charts as vector drawings in black and grey. Each series differs by outline,
 * hatching, dash pattern or grey level and carries a text label, so the charts read the same
 * printed in black and white as on screen.
 */
final class ReportCharts {

    static final String MARKET_CAPTION = "Figure 1. Market position: the four level bands on one money axis";
    static final String CUMULATIVE_CAPTION = "Figure 2. Cumulative total compensation, year by year";
    static final String YEARLY_CAPTION = "Figure 3. Total compensation in each year";

    /** Dash patterns for up to six lines: solid, dashed, dotted, dash-dot, long dash, dash-dot-dot. */
    private static final float[][] DASHES = {
        {}, {6, 3}, {1.2f, 2.2f}, {7, 2.5f, 1.5f, 2.5f}, {12, 4}, {5, 2, 1.2f, 2, 1.2f, 2}};
    /** Fill grey levels for up to six bars, dark to light; every bar also has a black outline. */
    private static final float[] GREYS = {0.15f, 0.4f, 0.62f, 0.82f, 1f, 0.92f};
    private static final float SMALL = PageFlow.SMALL_SIZE;
    /** Row labels (bands and markers) wrap onto lines this far apart; a row grows to hold them. */
    private static final float LABEL_LEADING = SMALL + 1.5f;
    private static final float LABEL_COLUMN = 150;

    private ReportCharts() {
    }

    /** One marker row under the bands: a name, a base salary and a total compensation, either may be null. */
    record Marker(String name, Long base, Long totalComp) {
    }

    /** The markers: the client's current pay, then each offer's base and annualised total. */
    static List<Marker> markers(Profile profile, List<OfferEntry> offers) {
        List<Marker> markers = new ArrayList<>();
        if (profile != null && (profile.currentBase() != null || profile.currentTotalComp() != null)) {
            markers.add(new Marker("You (today)", profile.currentBase(), profile.currentTotalComp()));
        }
        for (OfferEntry entry : offers) {
            if (entry.offer().current() && !markers.isEmpty()) {
                continue;
            }
            markers.add(new Marker(entry.offer().company() + (entry.offer().current() ? " (current)" : ""),
                    entry.offer().base(), entry.projection().tcAnnualized().setScale(0, java.math.RoundingMode.HALF_UP)
                            .longValueExact()));
        }
        return markers;
    }

    /** Figure 1: the four bands as rows, then a row per marker, all on one dollar axis. */
    static void market(PageFlow flow, List<LevelBand> bands, Level clientLevel, MarketPosition position,
                       List<Marker> markers) throws IOException {
        float rowHeight = 17;
        List<List<String>> bandLabels = new ArrayList<>();
        for (LevelBand band : bands) {
            boolean mine = band.level() == clientLevel;
            String label = band.level().label() + (band.basis() == PayBasis.BASE ? " (base)" : " (total comp)")
                    + (mine ? " - your level" : "");
            bandLabels.add(PdfText.wrap(label, mine ? PageFlow.BOLD : PageFlow.REGULAR, SMALL, LABEL_COLUMN - 6));
        }
        List<List<String>> markerLabels = markers.stream()
                .map(marker -> PdfText.wrap(marker.name(), PageFlow.REGULAR, SMALL, LABEL_COLUMN - 6)).toList();
        float height = 80;
        for (List<String> lines : bandLabels) {
            height += rowHeight(lines, rowHeight);
        }
        for (List<String> lines : markerLabels) {
            height += rowHeight(lines, rowHeight);
        }
        flow.ensure(height + 20);
        caption(flow, MARKET_CAPTION);
        PDPageContentStream c = flow.content();
        float plotLeft = flow.left() + LABEL_COLUMN;
        float plotRight = flow.right() - 12;
        long low = Long.MAX_VALUE;
        long high = 0;
        for (LevelBand band : bands) {
            low = Math.min(low, band.min());
            high = Math.max(high, band.openTop() ? band.max() + (band.max() - band.min()) / 5 : band.max());
        }
        if (position != null) {
            low = Math.min(low, position.adjustedMin());
            high = Math.max(high, position.adjustedMax());
        }
        for (Marker marker : markers) {
            for (Long value : new Long[] {marker.base(), marker.totalComp()}) {
                if (value != null) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
        }
        long step = niceStep(high - low, 7);
        long axisMin = Math.max(0, Math.floorDiv(low, step) * step);
        long axisMax = (high / step + 1) * step;
        Scale x = new Scale(axisMin, axisMax, plotLeft, plotRight);

        float top = flow.y();
        float bandsHeight = 0;
        for (List<String> lines : bandLabels) {
            bandsHeight += rowHeight(lines, rowHeight);
        }
        float markersHeight = 0;
        for (List<String> lines : markerLabels) {
            markersHeight += rowHeight(lines, rowHeight);
        }
        float bandsBottom = top - bandsHeight;
        float bottom = bandsBottom - markersHeight;
        gridLines(c, x, axisMin, axisMax, step, top, bottom);

        float rowTop = top;
        for (int row = 0; row < bands.size(); row++) {
            LevelBand band = bands.get(row);
            float thisRow = rowHeight(bandLabels.get(row), rowHeight);
            float mid = rowTop - thisRow / 2;
            boolean mine = band.level() == clientLevel;
            label(flow, bandLabels.get(row), mid, mine ? PageFlow.BOLD : PageFlow.REGULAR);
            float x0 = x.at(band.min());
            float x1 = x.at(band.max());
            float barHeight = rowHeight - 6;
            float barTop = mid + barHeight / 2;
            if (band.basis() == PayBasis.BASE) {
                c.setNonStrokingColor(0.82f);
                c.addRect(x0, barTop - barHeight, x1 - x0, barHeight);
                c.fill();
            } else {
                hatch(c, x0, barTop - barHeight, x1 - x0, barHeight);
            }
            c.setStrokingColor(0f);
            c.setLineWidth(mine ? 1.6f : 0.8f);
            c.setLineDashPattern(new float[] {}, 0);
            c.addRect(x0, barTop - barHeight, x1 - x0, barHeight);
            c.stroke();
            if (band.openTop()) {
                // The source gives the top as "max+": a dashed run-on says pay above it is still in range.
                c.setLineWidth(0.8f);
                c.setLineDashPattern(new float[] {3, 2}, 0);
                c.moveTo(x1, barTop - barHeight / 2);
                c.lineTo(x1 + (x.at(band.max() + (band.max() - band.min()) / 5) - x1), barTop - barHeight / 2);
                c.stroke();
                c.setLineDashPattern(new float[] {}, 0);
            }
            String range = money(band.min()) + " - " + money(band.max()) + (band.openTop() ? "+" : "");
            float rangeWidth = PdfText.width(range, PageFlow.REGULAR, SMALL);
            boolean inside = rangeWidth + 6 < x1 - x0;
            whiteBox(c, inside ? (x0 + x1 - rangeWidth) / 2 - 2 : x0 - rangeWidth - 6, mid - 4, rangeWidth + 4, 9);
            flow.text(inside ? (x0 + x1 - rangeWidth) / 2 : x0 - rangeWidth - 4, mid - 2.5f, range,
                    PageFlow.REGULAR, SMALL);
            if (mine && position != null && !position.adjustments().isEmpty()) {
                float a0 = x.at(position.adjustedMin());
                float a1 = x.at(position.adjustedMax());
                c.setLineWidth(1f);
                c.setLineDashPattern(new float[] {4, 2}, 0);
                c.addRect(a0, barTop - barHeight - 1.5f, a1 - a0, barHeight + 3);
                c.stroke();
                c.setLineDashPattern(new float[] {}, 0);
            }
            rowTop -= thisRow;
        }
        c.setLineWidth(0.5f);
        c.moveTo(flow.left(), bandsBottom);
        c.lineTo(plotRight, bandsBottom);
        c.stroke();

        for (int row = 0; row < markers.size(); row++) {
            Marker marker = markers.get(row);
            float thisRow = rowHeight(markerLabels.get(row), rowHeight);
            float mid = rowTop - thisRow / 2;
            label(flow, markerLabels.get(row), mid, PageFlow.REGULAR);
            if (marker.base() != null && marker.totalComp() != null) {
                c.setLineWidth(0.6f);
                c.setStrokingColor(0f);
                c.moveTo(x.at(marker.base()), mid);
                c.lineTo(x.at(marker.totalComp()), mid);
                c.stroke();
            }
            if (marker.base() != null) {
                c.setNonStrokingColor(0f);
                c.addRect(x.at(marker.base()) - 3, mid - 3, 6, 6);
                c.fill();
            }
            if (marker.totalComp() != null) {
                circle(c, x.at(marker.totalComp()), mid, 3.4f);
            }
            rowTop -= thisRow;
        }

        float axisY = bottom - 2;
        axis(flow, x, axisMin, axisMax, step, axisY);
        float legendY = axisY - 24;
        // Each legend entry starts after the previous one's text, so labels never run into each other.
        float at = flow.left();
        c.setNonStrokingColor(0.82f);
        c.addRect(at, legendY, 14, 7);
        c.fill();
        outline(c, at, legendY, 14, 7);
        at = legendText(flow, at + 18, legendY, "base salary range");
        hatch(c, at, legendY, 14, 7);
        outline(c, at, legendY, 14, 7);
        at = legendText(flow, at + 18, legendY, "total comp range");
        c.setNonStrokingColor(0f);
        c.addRect(at, legendY + 0.5f, 6, 6);
        c.fill();
        at = legendText(flow, at + 10, legendY, "base salary");
        circle(c, at + 3, legendY + 3.5f, 3.4f);
        legendText(flow, at + 10, legendY, "total comp (offers: annualised)");
        flow.advance(top - legendY + 10);
    }

    /** Draws a legend label and returns where the next entry starts. */
    private static float legendText(PageFlow flow, float x, float y, String text) throws IOException {
        flow.text(x, y + 0.5f, text, PageFlow.REGULAR, SMALL);
        return x + PdfText.width(text, PageFlow.REGULAR, SMALL) + 14;
    }

    /** A row tall enough for its wrapped label. */
    private static float rowHeight(List<String> labelLines, float minimum) {
        return Math.max(minimum, labelLines.size() * LABEL_LEADING + 6);
    }

    /** A row's label, its lines centred on the row's middle. */
    private static void label(PageFlow flow, List<String> lines, float mid, org.apache.pdfbox.pdmodel.font.PDFont font)
            throws IOException {
        float firstBaseline = mid + (lines.size() - 1) * LABEL_LEADING / 2 - 3;
        for (int i = 0; i < lines.size(); i++) {
            flow.text(flow.left(), firstBaseline - i * LABEL_LEADING, lines.get(i), font, SMALL);
        }
    }

    /** Figure 2: each offer's running total as a line with its own dash pattern, named at its end. */
    static void cumulative(PageFlow flow, Comparison comparison) throws IOException {
        float chartHeight = 170;
        flow.ensure(chartHeight + 80);
        caption(flow, CUMULATIVE_CAPTION);
        PDPageContentStream c = flow.content();
        List<OfferComparison> offers = comparison.offers();
        int years = offers.get(0).cumulative().size();
        double max = offers.stream().flatMap(o -> o.cumulative().stream()).mapToDouble(BigDecimal::doubleValue).max()
                .orElse(1);
        long step = niceStep((long) max, 5);
        long axisMax = ((long) max / step + 1) * step;
        float plotLeft = flow.left() + 48;
        float plotRight = flow.right() - 120;
        float top = flow.y() - 4;
        float bottom = top - chartHeight;
        Scale yScale = new Scale(0, axisMax, bottom, top);
        valueAxis(flow, yScale, axisMax, step, plotLeft, plotRight);
        float xStep = (plotRight - plotLeft - 20) / Math.max(1, years - 1);
        for (int year = 1; year <= years; year++) {
            float at = plotLeft + 10 + (year - 1) * xStep;
            String label = "Year " + year;
            flow.text(at - PdfText.width(label, PageFlow.REGULAR, SMALL) / 2, bottom - 11, label, PageFlow.REGULAR, SMALL);
        }
        List<float[]> ends = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            OfferComparison offer = offers.get(i);
            c.setStrokingColor(0f);
            c.setLineWidth(1.5f);
            c.setLineDashPattern(DASHES[i % DASHES.length], 0);
            for (int year = 1; year <= years; year++) {
                float px = plotLeft + 10 + (year - 1) * xStep;
                float py = yScale.at(offer.cumulative().get(year - 1).doubleValue());
                if (year == 1) {
                    c.moveTo(px, py);
                } else {
                    c.lineTo(px, py);
                }
            }
            c.stroke();
            c.setLineDashPattern(new float[] {}, 0);
            for (int year = 1; year <= years; year++) {
                pointMarker(c, i, plotLeft + 10 + (year - 1) * xStep,
                        yScale.at(offer.cumulative().get(year - 1).doubleValue()));
            }
            ends.add(new float[] {yScale.at(offer.cumulative().get(years - 1).doubleValue()), i});
        }
        // End labels sorted by height and pushed apart so that close lines keep readable names.
        ends.sort(Comparator.comparingDouble(end -> -end[0]));
        float previous = Float.MAX_VALUE;
        float lastX = plotLeft + 10 + (years - 1) * xStep;
        float labelWidth = flow.right() - lastX - 16;
        for (float[] end : ends) {
            OfferComparison offer = offers.get((int) end[1]);
            // The name and total wrap onto a second line rather than being cut; a name longer still is shortened.
            String money = money(offer.horizonTotal().longValue());
            List<String> lines = PdfText.wrap(offer.entry().name() + " " + money, PageFlow.REGULAR, SMALL, labelWidth);
            if (lines.size() > 2) {
                lines = List.of(PdfText.fit(offer.entry().name(), PageFlow.REGULAR, SMALL, labelWidth), money);
            }
            float labelY = Math.min(end[0] - 3, previous - LABEL_LEADING);
            previous = labelY - (lines.size() - 1) * LABEL_LEADING;
            c.setLineWidth(0.4f);
            c.moveTo(lastX + 4, end[0]);
            c.lineTo(lastX + 14, labelY + 3);
            c.stroke();
            for (int line = 0; line < lines.size(); line++) {
                flow.text(lastX + 16, labelY - line * LABEL_LEADING, lines.get(line), PageFlow.REGULAR, SMALL);
            }
        }
        flow.advance(top - bottom + 20);
        legend(flow, offers, true);
    }

    /** Figure 3: each year's total per offer as grouped bars, each offer its own grey, named in the legend. */
    static void yearly(PageFlow flow, Comparison comparison) throws IOException {
        float chartHeight = 160;
        flow.ensure(chartHeight + 80);
        caption(flow, YEARLY_CAPTION);
        PDPageContentStream c = flow.content();
        List<OfferComparison> offers = comparison.offers();
        int years = offers.get(0).projection().years().size();
        double max = offers.stream().flatMap(o -> o.projection().years().stream())
                .mapToDouble(year -> year.total().doubleValue()).max().orElse(1);
        long step = niceStep((long) max, 5);
        long axisMax = ((long) max / step + 1) * step;
        float plotLeft = flow.left() + 48;
        float plotRight = flow.right() - 10;
        float top = flow.y() - 4;
        float bottom = top - chartHeight;
        Scale yScale = new Scale(0, axisMax, bottom, top);
        valueAxis(flow, yScale, axisMax, step, plotLeft, plotRight);
        float groupWidth = (plotRight - plotLeft) / years;
        float barWidth = Math.min(26, (groupWidth - 16) / offers.size());
        for (int year = 1; year <= years; year++) {
            float groupLeft = plotLeft + (year - 1) * groupWidth + (groupWidth - barWidth * offers.size()) / 2;
            for (int i = 0; i < offers.size(); i++) {
                float value = yScale.at(offers.get(i).projection().year(year).total().doubleValue());
                float x0 = groupLeft + i * barWidth;
                swatch(c, i, x0, bottom, barWidth, value - bottom);
            }
            String label = "Year " + year;
            flow.text(plotLeft + (year - 0.5f) * groupWidth - PdfText.width(label, PageFlow.REGULAR, SMALL) / 2,
                    bottom - 11, label, PageFlow.REGULAR, SMALL);
        }
        flow.advance(top - bottom + 20);
        legend(flow, offers, false);
    }

    private static void legend(PageFlow flow, List<OfferComparison> offers, boolean lines) throws IOException {
        PDPageContentStream c = flow.content();
        float x0 = flow.left() + 48;
        float x = x0;
        float rowY = flow.y() - 8;
        for (int i = 0; i < offers.size(); i++) {
            // Whole names: an entry that does not fit the row starts the next one; only a name wider than a row is shortened.
            String name = PdfText.fit(offers.get(i).entry().name(), PageFlow.REGULAR, SMALL, flow.right() - x0 - 48);
            float entryWidth = 34 + PdfText.width(name, PageFlow.REGULAR, SMALL) + 14;
            if (x + entryWidth > flow.right()) {
                x = flow.left() + 48;
                rowY -= 12;
            }
            if (lines) {
                c.setStrokingColor(0f);
                c.setLineWidth(1.5f);
                c.setLineDashPattern(DASHES[i % DASHES.length], 0);
                c.moveTo(x, rowY + 3);
                c.lineTo(x + 28, rowY + 3);
                c.stroke();
                c.setLineDashPattern(new float[] {}, 0);
                pointMarker(c, i, x + 14, rowY + 3);
            } else {
                swatch(c, i, x + 6, rowY - 1, 16, 8);
            }
            flow.text(x + 34, rowY, name, PageFlow.REGULAR, SMALL);
            x += entryWidth;
        }
        flow.advance(flow.y() - rowY + 12);
    }

    private static void caption(PageFlow flow, String text) throws IOException {
        flow.text(flow.left(), flow.y() - 10, PdfText.safe(text), PageFlow.BOLD, PageFlow.BODY_SIZE);
        flow.advance(18);
    }

    private static void gridLines(PDPageContentStream c, Scale x, long min, long max, long step, float top,
                                  float bottom) throws IOException {
        c.setStrokingColor(0.75f);
        c.setLineWidth(0.3f);
        for (long tick = min; tick <= max; tick += step) {
            c.moveTo(x.at(tick), top);
            c.lineTo(x.at(tick), bottom);
        }
        c.stroke();
        c.setStrokingColor(0f);
    }

    private static void axis(PageFlow flow, Scale x, long min, long max, long step, float at) throws IOException {
        PDPageContentStream c = flow.content();
        c.setStrokingColor(0f);
        c.setLineWidth(0.7f);
        c.moveTo(x.at(min), at);
        c.lineTo(x.at(max), at);
        for (long tick = min; tick <= max; tick += step) {
            c.moveTo(x.at(tick), at);
            c.lineTo(x.at(tick), at - 3);
        }
        c.stroke();
        for (long tick = min; tick <= max; tick += step) {
            String label = money(tick);
            flow.text(x.at(tick) - PdfText.width(label, PageFlow.REGULAR, SMALL) / 2, at - 11, label,
                    PageFlow.REGULAR, SMALL);
        }
    }

    /** The y axis with dollar ticks and light horizontal grid lines. */
    private static void valueAxis(PageFlow flow, Scale y, long max, long step, float left, float right)
            throws IOException {
        PDPageContentStream c = flow.content();
        c.setStrokingColor(0.8f);
        c.setLineWidth(0.3f);
        for (long tick = step; tick <= max; tick += step) {
            c.moveTo(left, y.at(tick));
            c.lineTo(right, y.at(tick));
        }
        c.stroke();
        c.setStrokingColor(0f);
        c.setLineWidth(0.7f);
        c.moveTo(left, y.at(max));
        c.lineTo(left, y.at(0));
        c.lineTo(right, y.at(0));
        c.stroke();
        for (long tick = 0; tick <= max; tick += step) {
            String label = money(tick);
            flow.text(left - 4 - PdfText.width(label, PageFlow.REGULAR, SMALL), y.at(tick) - 2.5f, label,
                    PageFlow.REGULAR, SMALL);
        }
    }

    /** A bar filled with the series' grey (the sixth also hatched) and outlined in black. */
    private static void swatch(PDPageContentStream c, int series, float x, float y, float w, float h)
            throws IOException {
        c.setNonStrokingColor(GREYS[series % GREYS.length]);
        c.addRect(x, y, w, h);
        c.fill();
        if (series % GREYS.length == 5) {
            hatch(c, x, y, w, h);
        }
        outline(c, x, y, w, h);
    }

    /** Diagonal hatching inside a rectangle, for total-compensation bands and the sixth bar series. */
    private static void hatch(PDPageContentStream c, float x, float y, float w, float h) throws IOException {
        c.saveGraphicsState();
        c.addRect(x, y, w, h);
        c.clip();
        c.setStrokingColor(0.25f);
        c.setLineWidth(0.5f);
        for (float offset = -h; offset < w; offset += 4) {
            c.moveTo(x + offset, y);
            c.lineTo(x + offset + h, y + h);
        }
        c.stroke();
        c.restoreGraphicsState();
    }

    private static void outline(PDPageContentStream c, float x, float y, float w, float h) throws IOException {
        c.setStrokingColor(0f);
        c.setLineWidth(0.6f);
        c.addRect(x, y, w, h);
        c.stroke();
    }

    private static void whiteBox(PDPageContentStream c, float x, float y, float w, float h) throws IOException {
        c.setNonStrokingColor(1f);
        c.addRect(x, y, w, h);
        c.fill();
        c.setNonStrokingColor(0f);
    }

    /** A hollow circle: white inside, black outline, so it stands out on grey and hatching. */
    private static void circle(PDPageContentStream c, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        c.setNonStrokingColor(1f);
        c.setStrokingColor(0f);
        c.setLineWidth(1.1f);
        c.moveTo(cx + r, cy);
        c.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        c.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        c.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        c.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        c.closePath();
        c.fillAndStroke();
        c.setNonStrokingColor(0f);
    }

    /** A point on a line, its shape telling the series apart where dash patterns are too short to see. */
    private static void pointMarker(PDPageContentStream c, int series, float x, float y) throws IOException {
        c.setNonStrokingColor(0f);
        c.setStrokingColor(0f);
        c.setLineWidth(0.8f);
        switch (series % 3) {
            case 0 -> {
                c.addRect(x - 2.2f, y - 2.2f, 4.4f, 4.4f);
                c.fill();
            }
            case 1 -> circle(c, x, y, 2.4f);
            default -> {
                c.moveTo(x, y + 2.8f);
                c.lineTo(x + 2.6f, y - 2f);
                c.lineTo(x - 2.6f, y - 2f);
                c.closePath();
                c.fill();
            }
        }
    }

    /** A round tick step (1, 2, 2.5 or 5 times a power of ten) giving about {@code ticks} intervals. */
    static long niceStep(long range, int ticks) {
        double raw = Math.max(1, range) / (double) ticks;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power >= raw) {
                return Math.max(1, Math.round(factor * power));
            }
        }
        return Math.round(10 * power);
    }

    /** "$185k", "$1.25M": axis and label money. */
    static String money(long amount) {
        if (Math.abs(amount) >= 1_000_000) {
            return "$" + new BigDecimal(amount).movePointLeft(6).setScale(2, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString() + "M";
        }
        if (Math.abs(amount) >= 1_000) {
            return String.format(Locale.US, "$%sk", new BigDecimal(amount).movePointLeft(3)
                    .setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        }
        return "$" + amount;
    }

    /** Maps dollars to points along one axis. */
    private record Scale(double from, double to, float start, float end) {
        float at(double value) {
            return (float) (start + (value - from) / (to - from) * (end - start));
        }
    }
}
