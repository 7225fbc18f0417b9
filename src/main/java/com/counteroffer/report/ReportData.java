package com.counteroffer.report;

import com.counteroffer.data.CostOfLivingReader;
import com.counteroffer.data.DatasetException;
import com.counteroffer.data.MarketDatasetReader;
import com.counteroffer.data.TaxTablesReader;
import com.counteroffer.domain.compare.CompareEngine;
import com.counteroffer.domain.compare.CompareEntry;
import com.counteroffer.domain.compare.Comparison;
import com.counteroffer.domain.compare.OfferTakeHome;
import com.counteroffer.domain.compare.TaxProfile;
import com.counteroffer.domain.compare.YearTakeHome;
import com.counteroffer.domain.compensation.CompensationEngine;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.market.Adjustment;
import com.counteroffer.domain.market.LevelBand;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.market.MarketPosition;
import com.counteroffer.domain.market.MarketPositionEngine;
import com.counteroffer.domain.market.PayBasis;
import com.counteroffer.domain.market.Source;
import com.counteroffer.domain.negotiation.CompetingOffer;
import com.counteroffer.domain.negotiation.CounterPlan;
import com.counteroffer.domain.negotiation.CounterPlanner;
import com.counteroffer.domain.negotiation.NegotiationInput;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.negotiation.PlanSettings;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferValidator;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.ProfileAdjustments;
import com.counteroffer.domain.tax.CostOfLiving;
import com.counteroffer.domain.tax.TaxTables;
import com.counteroffer.store.Database;
import com.counteroffer.store.MarketDatasetRepository;
import com.counteroffer.store.NegotiationRepository;
import com.counteroffer.store.OfferRepository;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.store.ProfileRepository;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything one client's PDF report shows, worked out before any page is drawn, so that writing
 * the PDF is layout only and the figures match the app's screens (same engines, same defaults).
 *
 * @param generated the date printed on the report
 * @param profile the client's profile, or null when none is saved
 * @param offers the offers that can be projected, as stored (current job included)
 * @param comparison up to {@link CompareEngine#MAX_OFFERS} offers compared; null with fewer than two offers
 * @param plans a counter plan for each offer that is not the current job
 * @param position where the client's current pay falls in their level's band; null without a profile or pay
 * @param adjustments the profile's adjustments applied to the band (empty without a profile)
 * @param assumptions the profile's market assumptions and the projections' conventions, as sentences
 * @param notes what the report left out and why (e.g. an offer that can't be projected)
 * @param sources the market dataset's sources
 */
public record ReportData(String clientName, LocalDate generated, Profile profile, MarketDataset dataset,
                         List<OfferEntry> offers, Comparison comparison, List<OfferPlan> plans,
                         MarketPosition position, List<Adjustment> adjustments, List<String> assumptions,
                         List<String> notes, List<Source> sources, String disclaimer) {

    public static final String DISCLAIMER = "This report is information, not legal, tax or financial advice. "
            + "Figures are projections from the offer terms and the 2026 market dataset as entered; stock prices, "
            + "bonuses and refreshers can come in lower. Check every figure against the offer letter and ask a "
            + "qualified professional before deciding.";

    private static final Logger LOG = Logger.getLogger(ReportData.class.getName());

    /**
     * One projected offer.
     *
     * @param projection with the default settings (4 years, no stock growth)
     * @param takeHome each year after 2026 tax for the profile's residence; null without a profile
     */
    public record OfferEntry(long id, Offer offer, Projection projection, List<YearTakeHome> takeHome) {
        public OfferEntry {
            Objects.requireNonNull(offer, "offer");
            Objects.requireNonNull(projection, "projection");
            takeHome = takeHome == null ? null : List.copyOf(takeHome);
        }
    }

    /**
     * The counter plan for one offer.
     *
     * @param talkingPoints the client's edited talking points when saved, else the plan's
     */
    public record OfferPlan(long offerId, Offer offer, CounterPlan plan, List<String> talkingPoints) {
        public OfferPlan {
            Objects.requireNonNull(plan, "plan");
            talkingPoints = List.copyOf(talkingPoints);
        }
    }

    public ReportData {
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(generated, "generated");
        Objects.requireNonNull(dataset, "dataset");
        offers = List.copyOf(offers);
        plans = List.copyOf(plans);
        adjustments = List.copyOf(adjustments);
        assumptions = List.copyOf(assumptions);
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
        disclaimer = disclaimer == null ? DISCLAIMER : disclaimer;
    }

    /**
     * Reads the client's profile, offers and negotiation workspaces and works out every figure.
     * Blocks on the store: call it off the UI thread.
     */
    public static ReportData load(Database database, long clientId, String clientName, Clock clock) {
        Profile profile = new ProfileRepository(database, clock).load(clientId).join().orElse(null);
        List<StoredOffer> stored = new OfferRepository(database, clock).list(clientId).join();
        MarketDataset dataset = activeDataset(database, clock);
        LocalDate today = LocalDate.now(clock);
        NegotiationRepository workspaces = new NegotiationRepository(database, clock);

        List<String> notes = new ArrayList<>();
        List<OfferEntry> offers = new ArrayList<>();
        TaxProfile taxProfile = profile == null ? null : TaxProfile.of(profile);
        TaxTables tables = taxProfile == null ? null : TaxTablesReader.builtIn();
        CostOfLiving prices = taxProfile == null ? null : CostOfLivingReader.readBuiltIn();
        for (StoredOffer offer : stored) {
            List<String> problems = OfferValidator.problems(offer.offer());
            if (!problems.isEmpty()) {
                notes.add("Offer " + offer.id() + " (" + offer.offer().company() + ") is left out: it can't be "
                        + "projected until it is fixed (" + String.join("; ", problems) + ").");
                continue;
            }
            Projection projection = CompensationEngine.project(offer.offer(), ProjectionSettings.defaults());
            List<YearTakeHome> takeHome = taxProfile == null ? null
                    : OfferTakeHome.of(offer.offer(), projection, taxProfile, tables, prices);
            offers.add(new OfferEntry(offer.id(), offer.offer(), projection, takeHome));
        }

        Comparison comparison = null;
        if (offers.size() >= CompareEngine.MIN_OFFERS) {
            List<CompareEntry> entries = offers.stream().limit(CompareEngine.MAX_OFFERS)
                    .map(entry -> new CompareEntry(Long.toString(entry.id()), entry.offer(), null)).toList();
            comparison = CompareEngine.compare(entries, ProjectionSettings.defaults(), null);
            if (offers.size() > CompareEngine.MAX_OFFERS) {
                notes.add("The comparison shows the first " + CompareEngine.MAX_OFFERS + " of " + offers.size()
                        + " offers; the offers table lists them all.");
            }
        }

        List<OfferPlan> plans = new ArrayList<>();
        for (OfferEntry entry : offers) {
            if (entry.offer().current()) {
                continue;
            }
            List<CompetingOffer> others = offers.stream().filter(other -> other.id() != entry.id())
                    .map(other -> new CompetingOffer(other.offer(), other.projection())).toList();
            Optional<NegotiationWorkspace> workspace = workspaces.load(clientId, entry.id()).join();
            PlanSettings settings = workspace.map(NegotiationWorkspace::settings).orElse(PlanSettings.defaults());
            CounterPlan plan = CounterPlanner.plan(new NegotiationInput(entry.offer(), entry.projection(), dataset,
                    profile, others, workspace.map(NegotiationWorkspace::walkAwayOverride).orElse(null), today),
                    settings);
            List<String> points = workspace.map(NegotiationWorkspace::talkingPoints).orElse(null);
            plans.add(new OfferPlan(entry.id(), entry.offer(), plan, points == null ? plan.talkingPoints() : points));
        }

        List<Adjustment> adjustments = profile == null ? List.of() : ProfileAdjustments.of(profile, dataset);
        MarketPosition position = position(profile, dataset, adjustments);
        return new ReportData(clientName, today, profile, dataset, offers, comparison, plans, position, adjustments,
                assumptions(profile, offers), notes, dataset.sources(), DISCLAIMER);
    }

    /** The client's own pay on the basis their level's band uses; null when the profile lacks it. */
    static MarketPosition position(Profile profile, MarketDataset dataset, List<Adjustment> adjustments) {
        if (profile == null || profile.level() == null) {
            return null;
        }
        LevelBand band = dataset.band(profile.level());
        Long value = band.basis() == PayBasis.BASE ? profile.currentBase() : profile.currentTotalComp();
        if (value == null) {
            return null;
        }
        try {
            return MarketPositionEngine.position(band, band.basis(), value, adjustments);
        } catch (IllegalArgumentException e) {
            // Adjustments that collapse the band are reported by the profile screen; the report shows no position.
            LOG.log(Level.INFO, "No market position for the report", e);
            return null;
        }
    }

    /** The market assumptions as the profile states them, then each distinct projection convention. */
    static List<String> assumptions(Profile profile, List<OfferEntry> offers) {
        LinkedHashSet<String> sentences = new LinkedHashSet<>();
        MarketAssumptions assumptions = profile == null ? MarketAssumptions.NONE : profile.assumptions();
        factor(sentences, "Location", assumptions.location());
        factor(sentences, "Sector", assumptions.sector());
        factor(sentences, "Education", assumptions.education());
        if (!assumptions.appliedPremiums().isEmpty()) {
            sentences.add("Market premiums applied to the band: " + String.join(", ", assumptions.appliedPremiums())
                    + " (each from its cited source).");
        }
        if (assumptions.location() == null && assumptions.sector() == null && assumptions.education() == null
                && assumptions.appliedPremiums().isEmpty()) {
            sentences.add("The market bands are used as published: no location, sector or education factor and no "
                    + "premium is applied.");
        }
        sentences.add("Offers are projected over 4 years with no stock growth, the app's default settings.");
        for (OfferEntry entry : offers) {
            sentences.addAll(entry.projection().conventions());
        }
        return List.copyOf(sentences);
    }

    private static void factor(LinkedHashSet<String> sentences, String what, MarketAssumptions.Factor factor) {
        if (factor != null) {
            sentences.add(what + " factor x" + factor.value().stripTrailingZeros().toPlainString()
                    + (factor.reason().isEmpty() ? "" : " (" + factor.reason() + ")") + ": "
                    + ProfileAdjustments.USER_ASSUMPTION + ".");
        }
    }

    /** The dataset the app uses: a loaded one if it still reads, else the built-in one (as the app does at start). */
    private static MarketDataset activeDataset(Database database, Clock clock) {
        Optional<MarketDatasetRepository.StoredDataset> stored = new MarketDatasetRepository(database, clock).active().join();
        if (stored.isPresent()) {
            try {
                return MarketDatasetReader.read(new ByteArrayInputStream(
                        stored.get().content().getBytes(StandardCharsets.UTF_8)), stored.get().origin());
            } catch (DatasetException e) {
                LOG.log(Level.WARNING, "The stored market dataset no longer reads; the report uses the built-in one", e);
            }
        }
        return MarketDatasetReader.readBuiltIn();
    }
}
