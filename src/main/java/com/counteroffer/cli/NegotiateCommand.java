package com.counteroffer.cli;

import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.market.MarketPosition;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.input.TextRules;
import com.counteroffer.domain.negotiation.Ask;
import com.counteroffer.domain.negotiation.CounterPlan;
import com.counteroffer.domain.negotiation.EquivalentPackage;
import com.counteroffer.domain.negotiation.RenderedScript;
import com.counteroffer.domain.negotiation.Scripts;
import com.counteroffer.domain.negotiation.Warning;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.service.NegotiationView;
import com.counteroffer.service.PlanOverrides;
import com.counteroffer.service.Services;
import java.io.PrintWriter;
import java.math.BigDecimal;
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
                + "your walk-away point, talking points and warnings. The plan uses the settings, walk-away and "
                + "talking points saved on the Negotiate screen, the market dataset in use and the client's "
                + "market switches, as the window does.",
            "Information to help you negotiate, not legal or tax advice."})
final class NegotiateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--offer", required = true, paramLabel = "ID", description = "The saved offer's id (see offers list).")
    private String offerId;

    @Option(names = "--target-position", paramLabel = "PERCENT",
            description = "Where in the level's band to aim, in percent: 75 or 75%% (three quarters of the way up). "
                    + "Default: the plan's saved setting (75 for a new plan).")
    private String targetPosition;

    @Option(names = "--anchor-margin", paramLabel = "PERCENT",
            description = "How far the opening ask sits above the target, in percent: 10 or 10%%. Default: the plan's "
                    + "saved setting (10 for a new plan).")
    private String anchorMargin;

    @Option(names = "--walk-away", paramLabel = "DOLLARS",
            description = "Your own walk-away point (annualised total) for this plan. Default: the one saved with the "
                    + "plan, else the best other offer.")
    private String walkAway;

    @Option(names = "--script", paramLabel = "KIND",
            description = "Also print a script: email or call (or one of email-warm, email-neutral, email-direct, "
                    + "call-warm, call-neutral, call-direct). A coach's own templates beside the database win.")
    private String script;

    @Option(names = "--tone", paramLabel = "TONE",
            description = "The script's tone: warm (glad, asks a question), neutral (reasons, then a proposal) or "
                    + "direct (the terms on which you will sign). Default: warm.")
    private String toneName;

    @Option(names = "--name", paramLabel = "NAME", description = "Your name, for the script (default: as saved).")
    private String myName;

    @Option(names = "--recruiter", paramLabel = "NAME",
            description = "The recruiter's name, for the script (default: as saved).")
    private String recruiter;

    @Option(names = "--json", description = "Print JSON.")
    private boolean json;

    private static <T> java.util.Optional<T> choice(T[] values, String id, java.util.function.Function<T, String> idOf) {
        return java.util.Arrays.stream(values).filter(value -> idOf.apply(value).equals(id)).findFirst();
    }

    /** Says on the error stream which lines of the script were left out, and the option that fills each. */
    private static void leftOut(PrintWriter err, List<String> names) {
        for (String name : names) {
            err.println("counteroffer: the script leaves out " + switch (name) {
                case Scripts.RECRUITER -> "the greeting by name: add --recruiter NAME";
                case Scripts.MY_NAME -> "your name: add --name NAME";
                case Scripts.WALK_AWAY -> "the walk-away line: add --walk-away DOLLARS";
                default -> "the line with \"" + name + "\": the plan has no value for it";
            });
        }
    }

    @Override
    public Integer call() {
        long id = OffersCommand.parseId(offerId);
        PlanOverrides overrides = new PlanOverrides(
                targetPosition == null ? null : CliInputs.share("--target-position", targetPosition, "target position"),
                anchorMargin == null ? null : CliInputs.share("--anchor-margin", anchorMargin, "anchor margin"),
                walkAway == null ? null : BigDecimal.valueOf(CliInputs.amount("--walk-away", walkAway)));
        Scripts.Channel channel = null;
        Scripts.Tone tone = null;
        if (script != null) {
            String[] parts = script.strip().toLowerCase(Locale.ROOT).split("-", 2);
            channel = choice(Scripts.Channel.values(), parts[0], Scripts.Channel::id).orElseThrow(() ->
                    new BadInputException("--script: \"" + script + "\" is not a script; use email or call "
                            + "(with --tone warm, neutral or direct), or one of email-warm, email-neutral, "
                            + "email-direct, call-warm, call-neutral, call-direct."));
            Scripts.Tone named = parts.length < 2 ? null : choice(Scripts.Tone.values(), parts[1], Scripts.Tone::id)
                    .orElseThrow(() -> new BadInputException("--script: \"" + script + "\" is not a script; use "
                            + "email or call with --tone warm, neutral or direct."));
            Scripts.Tone chosen = toneName == null ? null : choice(Scripts.Tone.values(),
                    toneName.strip().toLowerCase(Locale.ROOT), Scripts.Tone::id).orElseThrow(() ->
                    new BadInputException("--tone: \"" + toneName + "\" is not a tone; use warm, neutral or direct."));
            if (named != null && chosen != null && named != chosen) {
                throw new BadInputException("--tone " + chosen.id() + " and --script " + script + " name two tones; "
                        + "use --script " + channel.id() + " --tone " + chosen.id() + ".");
            }
            tone = chosen != null ? chosen : named != null ? named : Scripts.Tone.WARM;
        } else if (toneName != null) {
            throw new BadInputException("--tone: choose the script too, with --script email or --script call.");
        }
        CliInputs.text("--name", myName, TextRules.Kind.NAME);
        CliInputs.text("--recruiter", recruiter, TextRules.Kind.NAME);
        NegotiationView view;
        String rendered = null;
        UnreadableRowLines unreadable;
        try (Services services = RootCommand.of(spec).openServices()) {
            long client = RootCommand.of(spec).client(services).id();
            view = services.negotiation().plan(client, id, overrides);
            unreadable = UnreadableRowLines.of(services, client);
            if (channel != null) {
                RenderedScript filled = services.negotiation().script(view, channel, tone,
                        myName != null ? myName : view.workspace().myName(),
                        recruiter != null ? recruiter : view.workspace().recruiter());
                rendered = filled.text();
                leftOut(spec.commandLine().getErr(), filled.leftOut());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(result(view, rendered)));
        } else {
            printText(out, view, rendered);
        }
        // The plan weighs every other offer, the profile and the offer's saved workspace.
        return unreadable.finish(spec, UnreadableRowLines.in(UnreadableRow.Table.OFFER, UnreadableRow.Table.PROFILE)
                .or(UnreadableRowLines.belongingTo(UnreadableRow.Table.NEGOTIATION, id)), ExitCode.OK);
    }

    private static Map<String, Object> result(NegotiationView view, String rendered) {
        StoredOffer chosen = view.context().offer();
        Projection projection = view.context().projection();
        CounterPlan plan = view.plan();
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
            row.put("evidence", ask.evidence().id());
            row.put("evidence_limit", ask.evidenceLimit() == null ? null : WholeDollars.of(ask.evidenceLimit()));
            row.put("reason", ask.reason());
            row.put("rule", ask.rule());
            row.put("inputs", ask.inputs());
            row.put("text", ask.text());
            row.put("say", ask.say());
            row.put("if_pushed", ask.ifPushed());
            asks.add(row);
        }
        result.put("asks", asks);
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("offer", WholeDollars.of(plan.totals().offer()));
        totals.put("target", WholeDollars.of(plan.totals().target()));
        totals.put("opening", WholeDollars.of(plan.totals().opening()));
        result.put("totals_annualized", totals);
        List<Map<String, Object>> packages = new ArrayList<>();
        for (EquivalentPackage option : plan.packages()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", option.id());
            row.put("label", option.label());
            row.put("base", option.base());
            row.put("grant", option.grant());
            row.put("sign_on", option.signOn());
            row.put("value", WholeDollars.of(option.value()));
            row.put("say", option.say());
            packages.add(row);
        }
        result.put("packages", packages);
        result.put("package_view", view.workspace().settings().packageView().id());
        result.put("advice", plan.advice().stream().map(advice -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", advice.title());
            row.put("text", advice.text());
            row.put("source", advice.sourceId());
            return row;
        }).toList());
        result.put("walk_away", plan.walkAway() == null ? null : WholeDollars.of(plan.walkAway()));
        result.put("walk_away_rule", plan.walkAwayRule());
        result.put("position", position(plan.position()));
        result.put("unvested_left_behind", plan.unvestedLeftBehind() == null ? null
                : WholeDollars.of(plan.unvestedLeftBehind()));
        result.put("talking_points", view.talkingPoints());
        result.put("talking_points_edited", view.workspace().talkingPoints() != null);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("target_position", view.workspace().settings().targetPosition());
        settings.put("anchor_margin", view.workspace().settings().anchorMargin());
        settings.put("levers", view.workspace().settings().levers().stream().map(lever -> lever.id()).sorted().toList());
        settings.put("usual_component_move", view.workspace().settings().componentCeiling());
        settings.put("usual_total_move", view.workspace().settings().totalCeiling());
        settings.put("posted_range", view.workspace().postedRange() == null ? null
                : Map.of("min", view.workspace().postedRange().min(), "max", view.workspace().postedRange().max()));
        settings.put("walk_away_override", view.workspace().walkAwayOverride());
        result.put("settings", settings);
        result.put("dataset", view.context().standing().dataset().name() + " "
                + view.context().standing().dataset().year());
        result.put("adjustments", view.context().standing().adjustments().stream()
                .map(a -> Map.of("name", a.name(), "factor", a.factor())).toList());
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (Warning warning : plan.warnings()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", warning.code());
            row.put("message", warning.message());
            warnings.add(row);
        }
        result.put("warnings", warnings);
        List<String> notes = new ArrayList<>(view.context().leftOut());
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

    private static void printText(PrintWriter out, NegotiationView view, String rendered) {
        StoredOffer chosen = view.context().offer();
        Projection projection = view.context().projection();
        CounterPlan plan = view.plan();
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
            out.println("    Why: " + ask.reason() + " [" + ask.evidence().id() + "]");
            out.println("    Say: " + ask.say());
            out.println("    If they push back: " + ask.ifPushed());
            out.println("    Rule: " + ask.rule());
            ask.inputs().forEach((name, value) -> out.println("      " + name + ": " + value));
        }
        if (!plan.packages().isEmpty()) {
            out.println();
            out.println("Equivalent packages (worth the same, " + view.workspace().settings().packageView().label()
                    .toLowerCase(Locale.ROOT) + "; offer all three and let them choose):");
            plan.packages().forEach(option -> out.println("  - " + option.label() + ": " + option.say() + " ("
                    + Money.format(WholeDollars.of(option.value())) + ")"));
        }
        if (!plan.advice().isEmpty()) {
            out.println();
            plan.advice().forEach(advice -> out.println(advice.title() + ": " + advice.text()));
        }
        out.println();
        out.println("Walk away: " + (plan.walkAway() == null ? "not set" : Money.format(WholeDollars.of(plan.walkAway())))
                + " — " + plan.walkAwayRule());
        if (!view.talkingPoints().isEmpty()) {
            out.println();
            out.println("Talking points" + (view.workspace().talkingPoints() != null ? " (as you edited them):" : ":"));
            view.talkingPoints().forEach(point -> out.println("  - " + point));
        }
        if (!plan.warnings().isEmpty()) {
            out.println();
            out.println("Warnings:");
            plan.warnings().forEach(warning -> out.println("  ! [" + warning.code() + "] " + warning.message()));
        }
        out.println();
        out.println("Notes:");
        view.context().leftOut().forEach(note -> out.println("  - " + note));
        plan.notes().forEach(note -> out.println("  - " + note));
        if (rendered != null) {
            out.println();
            out.println(rendered);
        }
    }
}
