package com.counteroffer.report;

import com.counteroffer.domain.compare.Comparison;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.compare.YearTakeHome;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.market.Adjustment;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.market.MarketPosition;
import com.counteroffer.domain.market.Source;
import com.counteroffer.domain.negotiation.CounterPlan;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.service.PreparedBy;
import com.counteroffer.service.CompareResult;
import com.counteroffer.service.MarketStanding;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one client's PDF report shows, worked out by the same services the screens use (the
 * client's saved scenario, market switches and plan settings), before any page is drawn.
 *
 * @param generated the date printed on the report
 * @param profile the client's profile, or null when none is saved
 * @param standing where the client stands in the market, as the Market screen shows it
 * @param scenario the client's current comparison scenario (horizon, growth, leave month, matrix)
 * @param offers the offers that can be projected, as stored (current job included), under the scenario
 * @param comparison the scenario's comparison; null with fewer than two offers in it
 * @param plans a counter plan for each offer that is not the current job
 * @param scenarioLines the scenario and assumptions in a few sentences, for the first page
 * @param assumptions every assumption the figures rest on, as sentences
 * @param notes what the report left out and why (e.g. an offer that can't be projected)
 * @param sources the market dataset's sources
 * @param preparedBy the coach who hands the report over, or null ("Prepared with Counteroffer")
 * @param actionItems the client's open action items (homework), soonest due first
 * @param nextSteps the agreed next steps, from what the app knows (deadlines, the last round, the plans)
 */
public record ReportData(String clientName, LocalDate generated, Profile profile, MarketStanding standing,
                         SavedComparison scenario, List<OfferEntry> offers, CompareResult comparison,
                         List<OfferPlan> plans, List<String> scenarioLines, List<String> assumptions,
                         List<String> notes, List<Source> sources, String disclaimer, PreparedBy preparedBy,
                         List<ActionLine> actionItems, List<String> nextSteps) {

    /** A report with no coach named, no action items and no next steps. */
    public ReportData(String clientName, LocalDate generated, Profile profile, MarketStanding standing,
                      SavedComparison scenario, List<OfferEntry> offers, CompareResult comparison,
                      List<OfferPlan> plans, List<String> scenarioLines, List<String> assumptions,
                      List<String> notes, List<Source> sources, String disclaimer) {
        this(clientName, generated, profile, standing, scenario, offers, comparison, plans, scenarioLines, assumptions,
                notes, sources, disclaimer, null, List.of(), List.of());
    }

    /** One action item: what to do and, when set, by when. */
    public record ActionLine(String text, LocalDate due) {
        public ActionLine {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The same data with the client's action items (wired by the caller that knows them). */
    public ReportData withActionItems(List<ActionLine> items) {
        return new ReportData(clientName, generated, profile, standing, scenario, offers, comparison, plans,
                scenarioLines, assumptions, notes, sources, disclaimer, preparedBy, items, nextSteps);
    }

    public static final String DISCLAIMER = "This report is information, not legal, tax or financial advice. "
            + "Figures are projections from the offer terms and the 2026 market dataset as entered; stock prices, "
            + "bonuses and refreshers can come in lower. Check every figure against the offer letter and ask a "
            + "qualified professional before deciding.";

    /**
     * One projected offer.
     *
     * @param projection under the client's scenario (horizon and stock growth)
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
     * @param valuation how the plan values the offer's options or private stock (the offer's own saved
     *     valuation, as on the Negotiate screen), e.g. "at the 409A price of $4.00"; null without them
     */
    public record OfferPlan(long offerId, Offer offer, CounterPlan plan, List<String> talkingPoints,
                            String valuation) {
        public OfferPlan {
            Objects.requireNonNull(plan, "plan");
            talkingPoints = List.copyOf(talkingPoints);
        }
    }

    public ReportData {
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(generated, "generated");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(scenario, "scenario");
        offers = List.copyOf(offers);
        plans = List.copyOf(plans);
        scenarioLines = List.copyOf(scenarioLines);
        assumptions = List.copyOf(assumptions);
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
        disclaimer = disclaimer == null ? DISCLAIMER : disclaimer;
        actionItems = List.copyOf(actionItems);
        nextSteps = List.copyOf(nextSteps);
    }

    public MarketDataset dataset() {
        return standing.dataset();
    }

    /** Where the client's current pay falls in their level's (adjusted) band; null without a profile or pay. */
    public MarketPosition position() {
        return standing.position();
    }

    /** The adjustments the client's switches apply to the band. */
    public List<Adjustment> adjustments() {
        return standing.adjustments();
    }

    /** The comparison the engine made, or null. */
    public Comparison comparisonResult() {
        return comparison == null ? null : comparison.comparison();
    }
}
