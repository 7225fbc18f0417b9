package com.counteroffer.cli;

import com.counteroffer.domain.offer.NoSuchOfferException;

import com.counteroffer.data.MarketDatasetReader;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.market.MarketPosition;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.negotiation.Ask;
import com.counteroffer.domain.negotiation.CompetingOffer;
import com.counteroffer.domain.negotiation.CounterPlan;
import com.counteroffer.domain.negotiation.CounterPlanner;
import com.counteroffer.domain.negotiation.NegotiationInput;
import com.counteroffer.domain.negotiation.PlanSettings;
import com.counteroffer.domain.negotiation.Scripts;
import com.counteroffer.domain.negotiation.Warning;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferValidator;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.store.Database;
import com.counteroffer.store.OfferRepository;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.store.ProfileRepository;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counteroffer negotiate}: a counter-offer plan for a saved offer, from the market band, the
 * profile and the other saved offers. Numbers are read as text so a bad one is exit 2.
 */
@Command(name = "negotiate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Plan a counter-offer for a saved offer: what to ask for (target and opening), why, "
                + "your walk-away point, talking points and warnings.",
            "Information to help you negotiate, not legal or tax advice."})
final class NegotiateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--offer", required = true, paramLabel = "ID", description = "The saved offer's id (see offers list).")
    private String offerId;

    @Option(names = "--target-position", paramLabel = "P",
            description = "Where in the level's band to aim: 0.75 or 75% (default 0.75).")
    private String targetPosition = "0.75";

    @Option(names = "--anchor-margin", paramLabel = "M",
            description = "How far the opening ask sits above the target: 0.10 or 10% (default 0.10).")
    private String anchorMargin = "0.10";

    @Option(names = "--walk-away", paramLabel = "DOLLARS",
            description = "Your own walk-away point (annualised total) instead of the best other offer.")
    private String walkAway;

    @Option(names = "--script", paramLabel = "KIND",
            description = "Also print a script: email-warm, email-neutral, email-direct, call-warm, call-neutral "
                    + "or call-direct.")
    private String script;

    @Option(names = "--name", paramLabel = "NAME", description = "Your name, for the script.")
    private String myName;

    @Option(names = "--recruiter", paramLabel = "NAME", description = "The recruiter's name, for the script.")
    private String recruiter;

    @Option(names = "--json", description = "Print JSON.")
    private boolean json;

    @Override
    public Integer call() {
        long id = OffersCommand.parseId(offerId);
        PlanSettings settings = PlanSettings.defaults()
                .withTargetPosition(fraction("--target-position", targetPosition))
                .withAnchorMargin(fraction("--anchor-margin", anchorMargin));
        BigDecimal walkAwayOverride = walkAway == null ? null
                : BigDecimal.valueOf(CliAmounts.parse("--walk-away", walkAway));
        Scripts.Channel channel = null;
        Scripts.Tone tone = null;
        if (script != null) {
            String[] parts = script.strip().toLowerCase(Locale.ROOT).split("-", 2);
            try {
                channel = Scripts.Channel.valueOf(parts[0].toUpperCase(Locale.ROOT));
                tone = Scripts.Tone.valueOf(parts.length > 1 ? parts[1].toUpperCase(Locale.ROOT) : "");
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--script: \"" + script + "\" is not a script; use email-warm, "
                        + "email-neutral, email-direct, call-warm, call-neutral or call-direct.");
            }
        }

        StoredOffer chosen;
        List<CompetingOffer> others = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Profile profile;
        try (Database database = RootCommand.of(spec).openDatabase()) {
            long client = RootCommand.of(spec).clientId(database);
            OfferRepository offers = new OfferRepository(database, Clock.systemUTC());
            chosen = OffersCommand.join(offers.get(client, id))
                    .orElseThrow(() -> new BadInputException(new NoSuchOfferException(id).getMessage()));
            for (StoredOffer stored : OffersCommand.join(offers.list(client))) {
                if (stored.id() == id) {
                    continue;
                }
                if (!OfferValidator.problems(stored.offer()).isEmpty()) {
                    skipped.add("Offer " + stored.id() + " (" + stored.offer().company()
                            + ") is left out: it can't be projected until it is fixed.");
                    continue;
                }
                others.add(new CompetingOffer(stored.offer(), OffersCommand.project(stored.offer())));
            }
            profile = OffersCommand.join(new ProfileRepository(database, Clock.systemUTC()).load(client)).orElse(null);
        }
        Offer offer = chosen.offer();
        List<String> problems = OfferValidator.problems(offer);
        if (!problems.isEmpty()) {
            throw new BadInputException("offer " + id + " can't be planned until it is fixed:\n  "
                    + String.join("\n  ", problems));
        }
        MarketDataset dataset = MarketDatasetReader.readBuiltIn();
        Projection projection = OffersCommand.project(offer);
        CounterPlan plan = CounterPlanner.plan(new NegotiationInput(offer, projection, dataset, profile, others,
                walkAwayOverride, LocalDate.now(Clock.systemDefaultZone())), settings);
        String rendered = channel == null ? null : Scripts.render(channel, tone, plan, offer, myName, recruiter);

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(result(chosen, projection, plan, skipped, rendered)));
        } else {
            printText(out, chosen, projection, plan, skipped, rendered);
        }
        return ExitCode.OK;
    }

    /** "0.75", "75%" or "75 %" → 0.75; must lie in 0..1. */
    static BigDecimal fraction(String option, String text) {
        String cleaned = text.strip().replace(" ", "");
        try {
            BigDecimal value = cleaned.endsWith("%")
                    ? new BigDecimal(cleaned.substring(0, cleaned.length() - 1)).divide(BigDecimal.valueOf(100),
                            MathContext.DECIMAL64)
                    : new BigDecimal(cleaned);
            if (value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the message below says what is accepted
        }
        throw new BadInputException(option + ": \"" + text + "\" must be a fraction from 0 to 1, e.g. 0.75 or 75%.");
    }

    private static Map<String, Object> result(StoredOffer chosen, Projection projection, CounterPlan plan,
                                              List<String> skipped, String rendered) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("offer_id", chosen.id());
        result.put("company", chosen.offer().company());
        result.put("tc_annualized", WholeDollars.of(projection.tcAnnualized()));
        List<Map<String, Object>> asks = new ArrayList<>();
        for (Ask ask : plan.asks()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("component", ask.lever().id());
            row.put("target", ask.target() == null ? null : WholeDollars.of(ask.target()));
            row.put("opening", ask.opening() == null ? null : WholeDollars.of(ask.opening()));
            row.put("rule", ask.rule());
            row.put("inputs", ask.inputs());
            row.put("text", ask.text());
            asks.add(row);
        }
        result.put("asks", asks);
        result.put("walk_away", plan.walkAway() == null ? null : WholeDollars.of(plan.walkAway()));
        result.put("walk_away_rule", plan.walkAwayRule());
        result.put("position", position(plan.position()));
        result.put("unvested_left_behind", plan.unvestedLeftBehind() == null ? null
                : WholeDollars.of(plan.unvestedLeftBehind()));
        result.put("talking_points", plan.talkingPoints());
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (Warning warning : plan.warnings()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", warning.code());
            row.put("message", warning.message());
            warnings.add(row);
        }
        result.put("warnings", warnings);
        List<String> notes = new ArrayList<>(skipped);
        notes.addAll(plan.notes());
        result.put("notes", notes);
        if (rendered != null) {
            result.put("script", rendered);
        }
        return result;
    }

    private static Map<String, Object> position(MarketPosition position) {
        if (position == null) {
            return null;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("level", position.level().id());
        row.put("basis", position.basis().id());
        row.put("value", position.value());
        row.put("band_min", position.bandMin());
        row.put("band_max", position.bandMax());
        row.put("position", position.position());
        row.put("status", position.status().id());
        row.put("description", position.describe());
        return row;
    }

    private static void printText(PrintWriter out, StoredOffer chosen, Projection projection, CounterPlan plan,
                                  List<String> skipped, String rendered) {
        Offer offer = chosen.offer();
        out.println("Counter plan for " + offer.company() + (offer.title().isEmpty() ? "" : " — " + offer.title())
                + " (offer " + chosen.id() + "; annualised " + Money.format(WholeDollars.of(projection.tcAnnualized()))
                + ")");
        if (plan.position() != null) {
            out.println("Market position: " + plan.position().describe());
        }
        out.println();
        out.println("Asks:");
        for (Ask ask : plan.asks()) {
            out.println("  " + ask.lever().label() + (ask.opening() == null ? ""
                    : ": open at " + Money.format(WholeDollars.of(ask.opening())) + ", target "
                            + Money.format(WholeDollars.of(ask.target()))));
            out.println("    " + ask.text());
            out.println("    Rule: " + ask.rule());
            ask.inputs().forEach((name, value) -> out.println("      " + name + ": " + value));
        }
        out.println();
        out.println("Walk away: " + (plan.walkAway() == null ? "not set" : Money.format(WholeDollars.of(plan.walkAway())))
                + " — " + plan.walkAwayRule());
        if (!plan.talkingPoints().isEmpty()) {
            out.println();
            out.println("Talking points:");
            plan.talkingPoints().forEach(point -> out.println("  - " + point));
        }
        if (!plan.warnings().isEmpty()) {
            out.println();
            out.println("Warnings:");
            plan.warnings().forEach(warning -> out.println("  ! [" + warning.code() + "] " + warning.message()));
        }
        out.println();
        out.println("Notes:");
        skipped.forEach(note -> out.println("  - " + note));
        plan.notes().forEach(note -> out.println("  - " + note));
        if (rendered != null) {
            out.println();
            out.println(rendered);
        }
    }
}
