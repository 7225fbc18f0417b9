package com.counteroffer.domain.negotiation;

import static com.counteroffer.domain.negotiation.PlanText.money;

import com.counteroffer.domain.offer.Offer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The email and call scripts: templates kept as text files a coach can edit
 * ({@code /com/counteroffer/templates/<channel>-<tone>.txt}), and the values a plan fills them with.
 */
public final class Scripts {

    /** Every placeholder the shipped templates use. */
    public static final String COMPANY = "company";
    public static final String TITLE = "title";
    public static final String RECRUITER = "recruiter";
    public static final String BASE_TARGET = "base_target";
    public static final String BASE_OPENING = "base_opening";
    public static final String SIGN_ON_OPENING = "sign_on_opening";
    public static final String EQUITY_OPENING = "equity_opening";
    public static final String WALK_AWAY = "walk_away";
    public static final String TALKING_POINTS = "talking_points";
    public static final String DEADLINE = "deadline";
    public static final String MY_NAME = "my_name";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

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
     * The placeholder values from a plan. A value the plan doesn't have (no sign-on ask, no deadline, an
     * empty name) is left out, so the renderer shows it as missing rather than blank.
     */
    public static Map<String, String> values(CounterPlan plan, Offer offer, String myName, String recruiter) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, COMPANY, offer.company());
        put(values, TITLE, offer.title());
        put(values, RECRUITER, recruiter);
        put(values, MY_NAME, myName);
        plan.ask(Lever.BASE).ifPresent(ask -> {
            put(values, BASE_TARGET, amount(ask.target()));
            put(values, BASE_OPENING, amount(ask.opening()));
        });
        plan.ask(Lever.SIGN_ON).ifPresent(ask -> put(values, SIGN_ON_OPENING, amount(ask.opening())));
        plan.ask(Lever.EQUITY).ifPresent(ask -> put(values, EQUITY_OPENING, amount(ask.opening())));
        put(values, WALK_AWAY, amount(plan.walkAway()));
        if (!plan.talkingPoints().isEmpty()) {
            values.put(TALKING_POINTS, plan.talkingPoints().stream().map(point -> "- " + point)
                    .collect(Collectors.joining("\n")));
        }
        put(values, DEADLINE, Optional.ofNullable(offer.deadline()).map(DATE::format).orElse(null));
        return values;
    }

    /** Renders the shipped template for a plan in one step. */
    public static String render(Channel channel, Tone tone, CounterPlan plan, Offer offer, String myName,
                                String recruiter) {
        return ScriptRenderer.render(template(channel, tone), values(plan, offer, myName, recruiter));
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
