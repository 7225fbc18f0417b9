package com.counteroffer.ui.market;

import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.market.GlobalContext;
import com.counteroffer.domain.market.LevelBand;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.market.MarketPosition;
import com.counteroffer.domain.market.PayBasis;
import com.counteroffer.domain.market.PrevailingWage;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.service.MarketStanding;
import com.counteroffer.ui.common.UiContext;
import com.counteroffer.domain.market.Level;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the Market screen's chart draws: the bands by basis, the reference rows, and the markers. */
final class MarketChartContent {

    private final UiContext ui;

    MarketChartContent(UiContext ui) {
        this.ui = ui;
    }

    BandChartData.Content content(MarketStanding standing, List<StoredOffer> offers) {
        MarketDataset dataset = standing.dataset();
        Profile profile = standing.profile();
        MarketPosition position = standing.position();
        List<BandChartData.Row> baseRows = new ArrayList<>();
        List<BandChartData.Row> tcRows = new ArrayList<>();
        for (LevelBand band : dataset.levels()) {
            boolean mine = profile != null && profile.level() == band.level();
            boolean adjusted = mine && position != null && !position.adjustments().isEmpty();
            String subtitle = band.basis() == PayBasis.BASE
                    ? ui.text(band.openTop() ? "market.row.openTop" : "market.row.base") : ui.text("market.row.tc");
            BandChartData.Row row = new BandChartData.Row(band.level().label(), subtitle, band.min(), band.max(),
                    ui.privacy().compact(band.min()), ui.privacy().compact(band.max()) + (band.openTop() ? "+" : "")
                            + (adjusted ? " (adj. " + ui.privacy().compact(position.adjustedMax()) + (band.openTop() ? "+" : "")
                            + ")" : ""),
                    band.openTop(), adjusted ? position.adjustedMin() : null, adjusted ? position.adjustedMax() : null,
                    (band.basis() == PayBasis.BASE ? "band-base" : "band-tc") + (mine ? " band-mine" : ""),
                    bandTooltip(dataset, band), List.of());
            (band.basis() == PayBasis.BASE ? baseRows : tcRows).add(row);
        }
        if (profile != null && profile.location() != null) {
            baseRows.addAll(prevailingRows(dataset, profile.location()));
        }
        List<BandChartData.Marker> markers = markers(dataset, profile, offers);
        List<BandChartData.Group> groups = List.of(
                new BandChartData.Group(ui.text("market.group.base"), PayBasis.BASE, baseRows),
                new BandChartData.Group(ui.text("market.group.tc"), PayBasis.TOTAL_COMP, tcRows),
                new BandChartData.Group(ui.text("market.group.context"), null, List.of(globalRow(dataset))));
        return new BandChartData.Content(groups, markers, summary(dataset, markers, position));
    }

    private List<BandChartData.Row> prevailingRows(MarketDataset dataset, String location) {
        List<BandChartData.Row> rows = new ArrayList<>();
        String hubLabel = dataset.hub(location).map(h -> h.label()).orElse(location);
        for (PrevailingWage wage : dataset.prevailingWagesFor(location)) {
            String source = MarketModel.citation(dataset, wage.sourceId());
            String tip = wage.metro() + " prevailing wage, " + ui.privacy().prose(wage.note()) + " Source: " + source
                    + " (" + wage.status().id() + ").";
            rows.add(new BandChartData.Row(ui.text("market.row.prevailing", wage.metro()),
                    ui.text("market.row.prevailing.sub"), wage.level1(), wage.level4(), null, null, false, null, null,
                    "band-reference", tip + " Reference for " + hubLabel + "; not one of the seed's ranges.",
                    List.of(new BandChartData.Tick("I", wage.level1(), "Level I " + ui.privacy().money(wage.level1()) + ". " + tip),
                            new BandChartData.Tick("II", wage.level2(), "Level II " + ui.privacy().money(wage.level2()) + ". " + tip),
                            new BandChartData.Tick("III", wage.level3(), "Level III (≈ median) "
                                    + ui.privacy().money(wage.level3()) + ". " + tip),
                            new BandChartData.Tick("IV", wage.level4(), "Level IV " + ui.privacy().money(wage.level4()) + ". "
                                    + tip))));
        }
        return rows;
    }

    private BandChartData.Row globalRow(MarketDataset dataset) {
        GlobalContext global = dataset.globalContext();
        String globalTip = "AI roles in all countries: " + ui.privacy().money(global.min()) + " – "
                + (global.maxApproximate() ? "~" : "") + ui.privacy().money(global.max()) + ", mean "
                + ui.privacy().money(global.mean()) + ". " + global.scope() + ". Source: "
                + MarketModel.citation(dataset, global.sourceId()) + " (" + global.status().id() + "). " + ui.privacy().prose(global.note());
        return new BandChartData.Row(ui.text("market.row.global"), ui.text("market.row.global.sub"), global.min(),
                global.max(), ui.privacy().compact(global.min()), (global.maxApproximate() ? "~" : "")
                        + ui.privacy().compact(global.max()), false, null, null, "band-context", globalTip,
                List.of(new BandChartData.Tick("mean", global.mean(), globalTip)));
    }

    /** The levels the seed gives as total compensation: only against these is a total drawn. */
    private static Set<Level> totalPayLevels(MarketDataset dataset) {
        Set<Level> levels = EnumSet.noneOf(Level.class);
        dataset.levels().stream().filter(band -> band.basis() == PayBasis.TOTAL_COMP).forEach(band -> levels.add(band.level()));
        return levels;
    }

    private List<BandChartData.Marker> markers(MarketDataset dataset, Profile profile, List<StoredOffer> offers) {
        Set<Level> totalPay = totalPayLevels(dataset);
        List<BandChartData.Marker> markers = new ArrayList<>();
        if (profile != null && profile.currentBase() != null) {
            markers.add(new BandChartData.Marker(ui.text("market.marker.base"), profile.currentBase(), PayBasis.BASE,
                    "marker-base", "Your current base salary, " + ui.privacy().money(profile.currentBase())
                            + ", from your profile. Drawn only on base-salary ranges."));
        }
        if (profile != null && profile.currentTotalComp() != null && totalPay.contains(profile.level())) {
            markers.add(new BandChartData.Marker(ui.text("market.marker.tc"), profile.currentTotalComp(),
                    PayBasis.TOTAL_COMP, "marker-tc", "Your current total compensation, "
                            + ui.privacy().money(profile.currentTotalComp()) + " = base + bonus + yearly equity, from your "
                            + "profile, against the " + profile.level().label() + " total-pay range."));
        }
        for (StoredOffer stored : offers) {
            Offer offer = stored.offer();
            if (!drawn(offer)) {
                continue;
            }
            markers.add(new BandChartData.Marker(offer.company(), offer.base(), PayBasis.BASE, "marker-offer",
                    offer.company() + " offers a base salary of " + ui.privacy().money(offer.base()) + " (from the offer)."));
            if (!totalPay.contains(offer.level())) {
                continue;
            }
            long annualized = annualized(offer);
            markers.add(new BandChartData.Marker(offer.company(), annualized, PayBasis.TOTAL_COMP, "marker-offer",
                    offer.company() + ": annualised total compensation " + ui.privacy().money(annualized)
                            + " = base + grant ÷ vesting years + target bonus + sign-on ÷ 4 (Levels-style), against the "
                            + offer.level().label() + " total-pay range, the offer's level."));
        }
        return markers;
    }

    private boolean drawn(Offer offer) {
        return !offer.current() && ui.services().offers().problems(offer).isEmpty();
    }

    private long annualized(Offer offer) {
        return WholeDollars.of(ui.services().offers().project(offer).tcAnnualized());
    }

    /**
     * Why totals are missing from the chart: a total is drawn only against the total-pay range of
     * its own level, and the seed gives total pay for some levels only. "" when every total is drawn.
     */
    String totalsLeftOut(MarketStanding standing, List<StoredOffer> offers) {
        MarketDataset dataset = standing.dataset();
        Profile profile = standing.profile();
        Set<Level> totalPay = totalPayLevels(dataset);
        List<String> missing = new ArrayList<>();
        if (profile != null && profile.currentTotalComp() != null && !totalPay.contains(profile.level())) {
            missing.add(ui.text("market.tc.leftOut.item", ui.text("market.marker.tc"),
                    ui.privacy().compact(profile.currentTotalComp()), levelName(profile.level())));
        }
        for (StoredOffer stored : offers) {
            Offer offer = stored.offer();
            if (drawn(offer) && !totalPay.contains(offer.level())) {
                missing.add(ui.text("market.tc.leftOut.item", offer.company(), ui.privacy().compact(annualized(offer)),
                        levelName(offer.level())));
            }
        }
        if (missing.isEmpty()) {
            return "";
        }
        String levels = totalPay.stream().map(Level::label).collect(Collectors.joining(", "));
        return ui.text(totalPay.isEmpty() ? "market.tc.leftOut.none" : "market.tc.leftOut", levels,
                String.join("; ", missing));
    }

    private String levelName(Level level) {
        return level == null ? ui.text("market.tc.leftOut.noLevel") : level.label();
    }

    private String bandTooltip(MarketDataset dataset, LevelBand band) {
        return band.level().label() + ": " + ui.privacy().money(band.min()) + " – " + ui.privacy().money(band.max())
                + (band.openTop() ? "+ (open top)" : "") + ", " + band.basis().label() + ". Source: "
                + MarketModel.citation(dataset, band.sourceId()) + " (" + band.status().id() + ")."
                + (band.note().isEmpty() ? "" : " " + ui.privacy().prose(band.note()));
    }

    private String summary(MarketDataset dataset, List<BandChartData.Marker> markers, MarketPosition position) {
        StringBuilder text = new StringBuilder("Chart of the " + dataset.year() + " ranges. ");
        for (LevelBand band : dataset.levels()) {
            text.append(band.level().label()).append(' ').append(ui.privacy().money(band.min())).append(" to ")
                    .append(ui.privacy().money(band.max())).append(band.openTop() ? " or more" : "").append(", ")
                    .append(band.basis().label()).append(". ");
        }
        for (BandChartData.Marker marker : markers) {
            text.append(marker.label()).append(' ').append(ui.privacy().money(marker.value())).append(". ");
        }
        if (position != null) {
            text.append(ui.privacy().prose(MarketModel.capitalise(position.describe()))).append('.');
        }
        return text.toString();
    }
}
