package com.counteroffer.report;

import com.counteroffer.domain.ProgressListener;
import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.domain.client.Client;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.input.GrowthRates;
import com.counteroffer.domain.negotiation.PlanSettings;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.service.ActiveDataset;
import com.counteroffer.service.CompareResult;
import com.counteroffer.service.MarketService;
import com.counteroffer.service.MarketStanding;
import com.counteroffer.service.NegotiationView;
import com.counteroffer.service.Services;
import com.counteroffer.service.UnreadableRowService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A client's PDF report: its figures come from the services the screens use, with the client's
 * saved scenario, market switches and plan settings, so the report says what the screens say.
 */
public final class ReportService {

    private final Services services;

    public ReportService(Services services) {
        this.services = services;
    }

    /** Works out everything the report shows, dated today. Blocks on the store: call it off the UI thread. */
    public ReportData data(long clientId) {
        return data(clientId, LocalDate.now(services.clock()));
    }

    /**
     * Works out everything the report shows for the session on {@code sessionDate} (deadlines and
     * next steps are counted from it). Blocks on the store: call it off the UI thread.
     */
    public ReportData data(long clientId, LocalDate sessionDate) {
        Client client = services.clients().byId(clientId)
                .orElseThrow(() -> new IllegalArgumentException("there is no client with id " + clientId));
        Profile profile = services.profiles().load(clientId).orElse(null);
        ActiveDataset active = services.market().active();
        MarketStanding standing = MarketService.standing(profile, active.dataset());
        List<StoredOffer> stored = services.offers().list(clientId);
        SavedComparison scenario = services.compare().scenario(clientId);
        LocalDate today = sessionDate;

        List<String> notes = new ArrayList<>();
        // An offer whose saved row can't be read is left out of every page; say which.
        services.unreadableRows().of(clientId).stream().filter(row -> row.table() == UnreadableRow.Table.OFFER)
                .map(UnreadableRowService::leftOut).forEach(notes::add);
        List<ReportData.OfferEntry> offers = new ArrayList<>();
        for (StoredOffer offer : stored) {
            List<String> problems = services.offers().problems(offer.offer());
            if (!problems.isEmpty()) {
                notes.add("Offer " + offer.id() + " (" + offer.offer().company() + ") is left out: it can't be "
                        + "projected until it is fixed (" + String.join("; ", problems) + ").");
                continue;
            }
            Projection projection = services.compare().project(offer, scenario);
            offers.add(new ReportData.OfferEntry(offer.id(), offer.offer(), projection,
                    profile == null ? null : services.offers().takeHome(offer.offer(), projection, profile)));
        }
        Optional<CompareResult> comparison = services.compare().compare(clientId, scenario);
        long inScenario = scenario.offerIds().stream().filter(id -> offers.stream().anyMatch(o -> o.id() == id)).count();
        if (inScenario > comparison.map(c -> c.comparison().offers().size()).orElse(0)) {
            notes.add("The comparison shows the first " + comparison.map(c -> c.comparison().offers().size()).orElse(0)
                    + " of the " + inScenario + " offers chosen on the Compare screen.");
        }

        List<ReportData.OfferPlan> plans = new ArrayList<>();
        List<String> planSettings = new ArrayList<>();
        List<String> nextSteps = new ArrayList<>();
        for (ReportData.OfferEntry entry : offers) {
            if (entry.offer().current()) {
                continue;
            }
            StoredOffer chosen = stored.stream().filter(s -> s.id() == entry.id()).findFirst().orElseThrow();
            var context = services.negotiation().context(clientId, chosen, stored, profile, standing);
            NegotiationView view = services.negotiation().plan(context,
                    services.negotiation().workspace(clientId, chosen));
            var valued = context.projection().privateEquity();
            plans.add(new ReportData.OfferPlan(entry.id(), entry.offer(), view.plan(), view.talkingPoints(),
                    valued == null ? null : valued.unitWord() + " " + valued.atWords()));
            nextSteps.addAll(NextSteps.of(entry.offer(), view.plan(), services.offers().rounds(clientId, entry.id()),
                    today));
            PlanSettings settings = view.workspace().settings();
            planSettings.add("Counter plan for " + entry.offer().company() + ": target "
                    + percent(settings.targetPosition()) + " through the band, openings "
                    + percent(settings.anchorMargin()) + " above the targets"
                    + (view.workspace().walkAwayOverride() == null ? "" : ", your walk-away point")
                    + (settings.equals(PlanSettings.defaults()) ? " (the defaults)." : " (as saved on the Negotiate screen)."));
        }

        List<String> scenarioLines = scenarioLines(scenario, offers, active, standing);
        if (profile != null) {
            scenarioLines.add(TaxLine.of(profile));
        }
        // Page 1 states the scenario; the Assumptions section adds the rest without repeating it.
        List<String> assumptions = new ArrayList<>(assumptions(profile));
        assumptions.addAll(planSettings);
        assumptions.addAll(conventions(offers));
        return new ReportData(client.name(), today, profile, standing, scenario, offers, comparison.orElse(null), plans,
                scenarioLines, assumptions, notes, active.dataset().sources(), ReportData.DISCLAIMER,
                services.preparedBy().load(), openActionItems(clientId), nextSteps);
    }

    /** The homework the client still has open, as the Notes screen lists it. */
    private List<ReportData.ActionLine> openActionItems(long clientId) {
        return services.actionItems().open(clientId).stream()
                .map(item -> new ReportData.ActionLine(item.text(), item.due()))
                .toList();
    }

    /**
     * The projection conventions: a sentence every offer shares is said once; one that only some
     * offers have (a raise, a match, an option price) is said per offer, named.
     */
    static List<String> conventions(List<ReportData.OfferEntry> offers) {
        LinkedHashSet<String> shared = new LinkedHashSet<>();
        offers.forEach(entry -> shared.addAll(entry.projection().conventions()));
        List<String> sentences = new ArrayList<>();
        for (String sentence : shared) {
            List<ReportData.OfferEntry> having = offers.stream()
                    .filter(entry -> entry.projection().conventions().contains(sentence)).toList();
            if (having.size() == offers.size()) {
                sentences.add(sentence);
            } else {
                having.forEach(entry -> sentences.add(entry.offer().company() + ": "
                        + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1)));
            }
        }
        return sentences;
    }

    /**
     * Writes the report for the client to {@code out}, replacing a file there only once complete.
     *
     * @return the number of pages
     * @throws com.counteroffer.service.InvalidInputException when {@code out} can't be written or is one of
     *     Counteroffer's own files (checked before any work)
     * @throws java.util.concurrent.CancellationException when {@code cancelled} stopped it; {@code out} is untouched
     */
    public int write(long clientId, Path out, PdfReport.Paper paper, ProgressListener progress,
                     BooleanSupplier cancelled) {
        return write(clientId, out, paper, null, progress, cancelled);
    }

    /** {@link #write(long, Path, PdfReport.Paper, ProgressListener, BooleanSupplier)} for the session on {@code sessionDate} (null: today). */
    public int write(long clientId, Path out, PdfReport.Paper paper, LocalDate sessionDate, ProgressListener progress,
                     BooleanSupplier cancelled) {
        services.outputs().check(out);
        progress.progress(0.02, "Reading the client's data");
        ReportData data = sessionDate == null ? data(clientId) : data(clientId, sessionDate);
        int[] pages = new int[1];
        services.outputs().write(out, stream -> pages[0] = PdfReport.write(data, stream, paper, progress, cancelled));
        return pages[0];
    }

    /** The scenario the figures use, as the first page states it. */
    static List<String> scenarioLines(SavedComparison scenario, List<ReportData.OfferEntry> offers, ActiveDataset active,
                                      MarketStanding standing) {
        List<String> lines = new ArrayList<>();
        lines.add("Offers are projected over " + scenario.years() + (scenario.years() == 1 ? " year" : " years")
                + " with stock growth of " + GrowthRates.describe(scenario.growth())
                + ", the client's scenario on the Compare screen.");
        scenario.offerGrowth().forEach((id, rate) -> offers.stream().filter(o -> o.id() == id).findFirst()
                .ifPresent(o -> lines.add(o.offer().company() + " is projected with its own stock growth of "
                        + GrowthRates.describe(rate) + ".")));
        if (scenario.leaveMonth() != null) {
            lines.add("Leaving early is shown at month " + scenario.leaveMonth() + ".");
        }
        if (offers.stream().anyMatch(o -> o.projection().privateEquity() != null)) {
            lines.add("In the comparison tables, options and private-company stock are valued at "
                    + scenario.valuationWords() + ", as chosen on the Compare screen; each offer's valuation is named"
                    + " with its figures. Each counter plan uses its offer's own saved valuation, as the Negotiate"
                    + " screen does, and names it.");
        }
        lines.add("Market data: " + active.dataset().name() + " " + active.dataset().year()
                + (active.builtIn() ? " (built in)" : " (loaded from " + active.file() + " on "
                        + com.counteroffer.domain.input.Dates.formatStored(active.loadedOn()) + ")")
                + ".");
        if (standing.adjustments().isEmpty()) {
            lines.add("The market bands are used as published: no premium or factor is switched on.");
        } else {
            lines.add("The market bands are adjusted as on the Market screen: " + standing.adjustments().stream()
                    .map(a -> a.name() + " ×" + a.factor().stripTrailingZeros().toPlainString())
                    .reduce((a, b) -> a + ", " + b).orElse("") + ".");
        }
        return lines;
    }

    /** The profile's own market assumptions, each named as the user's. */
    static List<String> assumptions(Profile profile) {
        List<String> sentences = new ArrayList<>();
        MarketAssumptions assumptions = profile == null ? MarketAssumptions.NONE : profile.assumptions();
        factor(sentences, "Location", assumptions.location());
        factor(sentences, "Sector", assumptions.sector());
        factor(sentences, "Education", assumptions.education());
        return sentences;
    }

    private static void factor(List<String> sentences, String what, MarketAssumptions.Factor factor) {
        if (factor != null) {
            sentences.add(what + " factor x" + factor.value().stripTrailingZeros().toPlainString()
                    + (factor.reason().isEmpty() ? "" : " (" + factor.reason() + ")") + ": "
                    + MarketAssumptions.USER_ASSUMPTION + ".");
        }
    }

    private static String percent(java.math.BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT) + " %";
    }
}
