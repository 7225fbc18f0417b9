package com.counteroffer.domain.negotiation;

import static com.counteroffer.domain.negotiation.Fixtures.DATASET;
import static com.counteroffer.domain.negotiation.Fixtures.TODAY;
import static com.counteroffer.domain.negotiation.Fixtures.offer;
import static com.counteroffer.domain.negotiation.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.compensation.CompensationEngine;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.market.Adjustment;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.market.Premium;
import com.counteroffer.domain.market.Source;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.RemotePolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Every shipped template, rendered for generated plans of every shape (issue 17): no gap, marker,
 * "null", internal id or citation reaches the text, each tone keeps one stance, and no talking point
 * leans on a weaker offer, the current job, a premium left off, or another level.
 */
class ScriptsPropertyTest {

    enum EquityShape { NONE, RSU, OPTIONS_WORTHLESS, OPTIONS }

    enum Others { NONE, STRONGER, WEAKER, BOTH }

    enum Deadline { NONE, PAST, TODAY, FUTURE }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final Pattern NULL = Pattern.compile("(?i)\\bnull\\b");
    private static final Pattern INTERNAL_ID = Pattern.compile("(?i)\\b(offer|client|round|id)\\s*#?\\s*\\d+\\b");
    private static final Pattern YEAR_CITATION = Pattern.compile("\\((?:[^()]*,\\s*)?(?:19|20)\\d{2}[a-z]?\\)");
    private static final Pattern READY = Pattern.compile("(?i)ready to (accept|sign)");

    @Property(tries = 250)
    void everyTemplateRendersForEveryPlanShapeWithoutGapsOrContradictions(
            @ForAll Level level,
            @ForAll @LongRange(min = 60, max = 600) long baseThousands,
            @ForAll EquityShape equity,
            @ForAll @LongRange(min = 10, max = 900) long grantThousands,
            @ForAll Others others,
            @ForAll boolean currentJobWithEquity,
            @ForAll boolean withProfile,
            @ForAll("unvested") Long unvested,
            @ForAll Deadline deadline,
            @ForAll @IntRange(min = 1, max = 60) int days,
            @ForAll boolean names,
            @ForAll boolean title,
            @ForAll("hubs") String hub,
            @ForAll("skills") Set<String> skills,
            @ForAll("premiums") Set<String> premiums,
            @ForAll boolean plannerLines) {
        Fixtures.OfferSpec spec = offer("Acme", level, baseThousands * 1_000)
                .title(title ? "Staff AI Infrastructure Engineer" : "").bonusPercent(10);
        if (!hub.isEmpty()) {
            spec.location(hub, RemotePolicy.HYBRID);
        }
        LocalDate due = switch (deadline) {
            case NONE -> null;
            case PAST -> TODAY.minusDays(days);
            case TODAY -> TODAY;
            case FUTURE -> TODAY.plusDays(days);
        };
        spec.deadline(due);
        switch (equity) {
            case RSU -> spec.rsu(grantThousands * 1_000);
            case OPTIONS_WORTHLESS -> spec.options(grantThousands * 100, "2.00", "2.00");
            case OPTIONS -> spec.options(grantThousands * 100, "1.00", "6.00");
            default -> { }
        }
        Offer acme = spec.build();
        BigDecimal ours = CompensationEngine.project(acme, ProjectionSettings.defaults()).tcAnnualized();

        List<Offer> otherOffers = new ArrayList<>();
        // A base alone above this offer's whole annualised total is stronger; 60 % of it with nothing else is weaker.
        Offer stronger = offer("Bolt", level, ours.longValue() + 20_137).build();
        Offer weaker = offer("Slowco", level, ours.multiply(new BigDecimal("0.6")).longValue() + 137).build();
        if (others == Others.STRONGER || others == Others.BOTH) {
            otherOffers.add(stronger);
        }
        if (others == Others.WEAKER || others == Others.BOTH) {
            otherOffers.add(weaker);
        }
        if (currentJobWithEquity) {
            otherOffers.add(offer("Oldco", level, 150_111).current().rsu(240_000).build());
        }
        var me = withProfile ? profile(level, hub.isEmpty() ? "seattle" : hub, unvested, skills,
                List.of("Ran the GPU fleet for a 70B-parameter model")) : null;
        var base = Fixtures.input(acme, me, otherOffers);
        NegotiationInput input = new NegotiationInput(base.offer(), base.projection(), DATASET, me, base.others(),
                null, TODAY, switchedOn(premiums));
        CounterPlan plan = CounterPlanner.plan(input, PlanSettings.defaults());
        if (plannerLines) {
            plan = withPlannerLines(plan);
        }
        Scripts.Letter letter = new Scripts.Letter(plan.talkingPoints(), names ? "Sam Rivera" : "",
                names ? "Jordan Lee" : " ", TODAY);

        for (Scripts.Channel channel : Scripts.Channel.values()) {
            for (Scripts.Tone tone : Scripts.Tone.values()) {
                RenderedScript rendered = Scripts.render(channel, tone, plan, acme, letter);
                String text = rendered.text();
                String what = channel.id() + "-" + tone.id() + ":\n" + text;
                assertThat(text).as(what).isNotBlank().doesNotContain("[missing", "{{", "}}", "\uE000")
                        .doesNotContain("n.d.");
                assertThat(NULL.matcher(text).find()).as(what).isFalse();
                assertThat(INTERNAL_ID.matcher(text).find()).as(what).isFalse();
                assertThat(YEAR_CITATION.matcher(text).find()).as(what).isFalse();
                for (Source source : DATASET.sources()) {
                    assertThat(text.toLowerCase(Locale.ROOT)).as(what).doesNotContain(source.publisher().toLowerCase(Locale.ROOT));
                }
                assertThat(READY.matcher(text).find() && text.toLowerCase(Locale.ROOT).contains("weighing"))
                        .as("one stance: " + what).isFalse();
                if (plan.ask(Lever.SIGN_ON).isEmpty()) {
                    // A package or a push-back line may offer a sign-on as a trade; no line asks for one.
                    String own = text;
                    for (EquivalentPackage pack : plan.packages()) {
                        own = own.replace(pack.say().strip(), "");
                    }
                    assertThat(own.toLowerCase(Locale.ROOT)).as("no sign-on ask: " + what)
                            .doesNotContain("sign-on bonus:", "sign-on bonus of", "sign-on of", "a sign-on to");
                }
                if (due != null && !due.isBefore(TODAY)) {
                    assertThat(text).as(what).contains(DATE.format(due));
                } else {
                    assertThat(text.toLowerCase(Locale.ROOT)).as("no deadline ahead: " + what)
                            .doesNotContain("deadline", "open until").doesNotContain(due == null ? "\0" : DATE.format(due));
                }
                if (channel == Scripts.Channel.EMAIL) {
                    assertThat(text.toLowerCase(Locale.ROOT)).as("an email keeps nothing private: " + what)
                            .doesNotContain("private", "walk away", "walk-away");
                    assertThat(text).as(what).contains(names ? "Hi Jordan Lee," : "\nHello,\n")
                            .contains(title ? "Staff AI Infrastructure Engineer" : "the ");
                    assertThat(rendered.leftOut()).as(what).isEqualTo(names ? List.of() : List.of("recruiter", "my_name"));
                } else {
                    assertThat(text).as(what).contains("PRIVATE, for you only");
                }
            }
        }

        for (String point : plan.talkingPoints()) {
            assertThat(point).doesNotContain("Oldco", "Slowco", "n.d.").doesNotContain(money(weaker));
            assertThat(YEAR_CITATION.matcher(point).find()).as(point).isFalse();
            for (Level other : Level.values()) {
                if (other != level) {
                    assertThat(point).as("a point for a " + level + " offer").doesNotContain(other.label());
                }
            }
            if (level != Level.PRINCIPAL) {
                assertThat(point.toLowerCase(Locale.ROOT)).as(level + " offer").doesNotContain("principal");
            }
            for (Premium premium : DATASET.premiums()) {
                if (!premiums.contains(premium.id())) {
                    assertThat(point.toLowerCase(Locale.ROOT)).as("premium left off").doesNotContain(
                            premium.label().toLowerCase(Locale.ROOT));
                }
            }
        }
        boolean strongerThere = others == Others.STRONGER || others == Others.BOTH;
        assertThat(plan.talkingPoints().stream().anyMatch(point -> point.contains("another offer")))
                .as("only a stronger offer is cited").isEqualTo(strongerThere);
    }

    /** What the planner's lines may look like once filled in, citations and all: none may reach a script. */
    private static CounterPlan withPlannerLines(CounterPlan plan) {
        List<Ask> asks = plan.asks().stream().map(ask -> new Ask(ask.lever(), ask.target(), ask.opening(),
                ask.evidence(), ask.evidenceLimit(), ask.reason(), ask.rule(), ask.inputs(), ask.text(),
                "I'd like the " + ask.lever().label().toLowerCase(Locale.ROOT) + " to move (Robert Half, 2024).",
                "I understand; is there another part of the package with room? (IZA World of Labor, n.d.)")).toList();
        boolean signOn = plan.ask(Lever.SIGN_ON).isPresent();
        List<EquivalentPackage> packages = plan.asks().stream().anyMatch(ask -> ask.opening() != null)
                ? List.of(new EquivalentPackage("base", "More base", 300_000, 0, 0, BigDecimal.ONE,
                        "A base of $300,000 with the grant as offered (Seed article, 2026)."),
                new EquivalentPackage("equity", "More equity", 280_000, 500_000, 0, BigDecimal.ONE, ""),
                new EquivalentPackage("sign_on", "More sign-on", 280_000, 0, signOn ? 60_000 : 0, BigDecimal.ONE, " "))
                : List.of();
        return new CounterPlan(asks, plan.walkAway(), plan.walkAwayRule(), plan.position(), plan.unvestedLeftBehind(),
                plan.talkingPoints(), plan.warnings(), plan.notes(), plan.totals(), plan.band(), packages, plan.advice());
    }

    private static List<Adjustment> switchedOn(Set<String> premiums) {
        return DATASET.premiums().stream().filter(premium -> premiums.contains(premium.id()))
                .map(premium -> Adjustment.fromPremium(premium, DATASET.source(premium.sourceId()).orElseThrow()))
                .toList();
    }

    private static String money(Offer offer) {
        return Money.format(WholeDollars.of(CompensationEngine.project(offer, ProjectionSettings.defaults())
                .tcAnnualized()));
    }

    @Provide
    Arbitrary<Long> unvested() {
        return Arbitraries.longs().between(1, 400).map(k -> k * 1_000).injectNull(0.3);
    }

    @Provide
    Arbitrary<String> hubs() {
        return Arbitraries.of("", "sf", "seattle", "nyc", "austin", "dc", "other", "remote");
    }

    @Provide
    Arbitrary<Set<String>> skills() {
        return Arbitraries.of("kubernetes", "gpu_orchestration", "mlops", "edge_ai").set().ofMaxSize(3);
    }

    @Provide
    Arbitrary<Set<String>> premiums() {
        return Arbitraries.of(DATASET.premiums().stream().map(Premium::id).toList()).set();
    }
}
