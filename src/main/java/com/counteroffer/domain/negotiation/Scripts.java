package com.counteroffer.domain.negotiation;

import static com.counteroffer.domain.negotiation.PlanText.money;
import static com.counteroffer.domain.negotiation.PlanText.withoutCitations;

import com.counteroffer.domain.offer.Offer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The email and call scripts: templates kept as text files a coach can edit
 * ({@code /com/counteroffer/templates/<channel>-<tone>.txt}, language in {@link ScriptRenderer}), and
 * the values a plan fills them with. No value carries a citation, an internal id or "null": the
 * evidence stays in the plan, and what goes to the employer reads as the user wrote it.
 */
public final class Scripts {

    /** Every placeholder the shipped templates use. */
    public static final String COMPANY = "company";
    public static final String TITLE = "title";
    public static final String RECRUITER = "recruiter";
    public static final String MY_NAME = "my_name";
    public static final String BASE_TARGET = "base_target";
    public static final String BASE_OPENING = "base_opening";
    public static final String EQUITY_OPENING = "equity_opening";
    public static final String SIGN_ON_OPENING = "sign_on_opening";
    /** The offer's deadline, only while it is today or later. */
    public static final String DEADLINE = "deadline";
    /** Private: call notes only, never an email. */
    public static final String WALK_AWAY = "walk_away";
    /** Private: what to settle for on each money ask, as bullet lines (call notes only). */
    public static final String TARGETS = "targets";
    public static final String TALKING_POINTS = "talking_points";
    /** The money asks' openings as bullet lines. */
    public static final String ASKS = "asks";
    /** The equivalent packages' lines, bulleted. */
    public static final String PACKAGES = "packages";
    /** Each ask's line for when they push back, bulleted (call notes). */
    public static final String PUSHBACK = "pushback";


    /** How the counter is delivered. */
    public enum Channel {
        EMAIL, CALL;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How firmly it is worded. */
    public enum Tone {
        WARM, NEUTRAL, DIRECT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Who writes to whom, and what they say, as the user keeps it.
     *
     * @param talkingPoints the points as the user arranged them (the plan's when not edited)
     * @param myName the user's name, or blank
     * @param recruiter the recruiter's name, or blank
     * @param today the day the script is made: a deadline before it is left out; null leaves every deadline out
     */
    public record Letter(List<String> talkingPoints, String myName, String recruiter, LocalDate today) {
        public Letter {
            talkingPoints = List.copyOf(talkingPoints == null ? List.of() : talkingPoints);
        }
    }

    private Scripts() {
    }

    /** The shipped template, e.g. {@code email-warm.txt}. */
    public static String template(Channel channel, Tone tone) {
        String name = "/com/counteroffer/templates/" + channel.id() + "-" + tone.id() + ".txt";
        try (InputStream in = Scripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the script template " + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the script template " + name, e);
        }
    }

    /**
     * The placeholder values from a plan. A value the plan doesn't have (no sign-on ask, no deadline
     * ahead, an empty name) is left out of the map, so the template's sections and line rule decide.
     */
    public static Map<String, String> values(CounterPlan plan, Offer offer, Letter letter) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, COMPANY, offer.company());
        put(values, TITLE, offer.title());
        put(values, RECRUITER, letter.recruiter());
        put(values, MY_NAME, letter.myName());
        plan.ask(Lever.BASE).ifPresent(ask -> {
            put(values, BASE_TARGET, amount(ask.target()));
            put(values, BASE_OPENING, amount(ask.opening()));
        });
        plan.ask(Lever.EQUITY).ifPresent(ask -> put(values, EQUITY_OPENING, amount(ask.opening())));
        plan.ask(Lever.SIGN_ON).ifPresent(ask -> put(values, SIGN_ON_OPENING, amount(ask.opening())));
        LocalDate deadline = offer.deadline();
        if (deadline != null && letter.today() != null && !deadline.isBefore(letter.today())) {
            put(values, DEADLINE, com.counteroffer.domain.input.Dates.formatLong(deadline));
        }
        put(values, WALK_AWAY, amount(plan.walkAway()));

        List<String> asks = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        List<String> pushback = new ArrayList<>();
        for (Ask ask : plan.asks()) {
            if (ask.lever().money() && ask.opening() != null) {
                asks.add(askLine(ask));
                if (ask.target() != null) {
                    targets.add(name(ask.lever()) + ": " + money(ask.target()) + " or above");
                }
                // Only for what the script actually asks: a push-back line about a term never raised reads oddly.
                String ifPushed = clean(ask.ifPushed());
                if (!ifPushed.isEmpty()) {
                    pushback.add(ifPushed);
                }
            }
        }
        put(values, ASKS, bullets(asks));
        put(values, TARGETS, bullets(targets));
        put(values, PUSHBACK, bullets(pushback));
        put(values, PACKAGES, bullets(plan.packages().stream().map(Scripts::packageLine).toList()));
        put(values, TALKING_POINTS, bullets(letter.talkingPoints().stream().map(Scripts::clean).toList()));
        return values;
    }

    /** Renders the shipped template for a plan in one step. */
    public static RenderedScript render(Channel channel, Tone tone, CounterPlan plan, Offer offer, Letter letter) {
        return ScriptRenderer.render(template(channel, tone), values(plan, offer, letter));
    }

    /** "Base salary: $330,000"; the sign-on says why when it makes up for equity left behind. */
    private static String askLine(Ask ask) {
        String amount = money(ask.opening());
        return switch (ask.lever()) {
            case BASE -> "Base salary: " + amount;
            case EQUITY -> "Initial equity grant: " + amount + " in value";
            case SIGN_ON -> "Sign-on bonus: " + amount + (ask.evidence() == Evidence.UNVESTED_EQUITY
                    ? ", to make up for the unvested equity I'd leave behind" : "");
            default -> ask.lever().label() + ": " + amount;
        };
    }

    private static String name(Lever lever) {
        return switch (lever) {
            case EQUITY -> "Initial equity grant";
            default -> lever.label();
        };
    }

    /** The package's own line, or one made from its figures while the planner gives none. */
    private static String packageLine(EquivalentPackage pack) {
        String say = clean(pack.say());
        if (!say.isEmpty()) {
            return say;
        }
        List<String> parts = new ArrayList<>();
        parts.add("a base salary of " + money(pack.base()));
        if (pack.grant() > 0) {
            parts.add("an initial equity grant worth " + money(pack.grant()));
        }
        if (pack.signOn() > 0) {
            parts.add("a sign-on bonus of " + money(pack.signOn()));
        }
        String joined = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
    }

    /** A line for the employer: no citation, no "null", trimmed; "" when nothing is left. */
    private static String clean(String line) {
        if (line == null) {
            return "";
        }
        String cleaned = withoutCitations(line).strip();
        return cleaned.equalsIgnoreCase("null") ? "" : cleaned;
    }

    private static String bullets(List<String> lines) {
        List<String> kept = lines.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return kept.isEmpty() ? null : "- " + String.join("\n- ", kept);
    }

    private static String amount(BigDecimal value) {
        return value == null ? null : money(value);
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value.strip());
        }
    }
}
