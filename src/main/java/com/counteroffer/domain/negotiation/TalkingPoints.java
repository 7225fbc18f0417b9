package com.counteroffer.domain.negotiation;

import static com.counteroffer.domain.negotiation.PlanText.lowerFirst;
import static com.counteroffer.domain.negotiation.PlanText.money;
import static com.counteroffer.domain.negotiation.PlanText.withoutFullStop;

import com.counteroffer.domain.market.Hub;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.market.MarketPosition;
import com.counteroffer.domain.market.PayBasis;
import com.counteroffer.domain.market.Premium;
import com.counteroffer.domain.market.PremiumSkill;
import com.counteroffer.domain.market.Source;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.profile.Profile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sentences the user can say, in the first person, built only from their own evidence and the
 * dataset's sourced figures: premium skills, projects, a competing offer, the band, the hub.
 */
public final class TalkingPoints {

    private static final String[] RANK_WORDS = {"", "highest-paying", "second-highest-paying",
        "third-highest-paying", "fourth-highest-paying", "fifth-highest-paying"};

    private TalkingPoints() {
    }

    /**
     * @param position the offer in its level's band, or null when no level is known
     * @param unvestedLeftBehind unvested equity leaving would forfeit, or null when unknown
     */
    public static List<String> build(NegotiationInput input, MarketPosition position, BigDecimal unvestedLeftBehind) {
        List<String> points = new ArrayList<>();
        Profile profile = input.profile();
        MarketDataset dataset = input.dataset();
        Offer offer = input.offer();
        if (profile != null) {
            skills(profile, dataset).ifPresent(points::add);
            List<String> projects = profile.projects().stream().filter(p -> p != null && !p.isBlank()).toList();
            for (int i = 0; i < projects.size(); i++) {
                String project = withoutFullStop(projects.get(i));
                points.add(i == 0
                        ? "One project that shows the depth I bring: " + project + ". The 2026 market values depth of "
                                + "project involvement over years on a CV."
                        : "Another: " + project + ".");
            }
        }
        competing(input).ifPresent(points::add);
        if (position != null) {
            points.add(band(position));
        }
        if (unvestedLeftBehind != null && unvestedLeftBehind.signum() > 0) {
            points.add("Leaving my current job means walking away from " + money(unvestedLeftBehind)
                    + " in unvested equity; a sign-on bonus is how I'd bridge that.");
        }
        String location = offer.location() != null ? offer.location() : profile == null ? null : profile.location();
        if (location != null) {
            dataset.hub(location).flatMap(TalkingPoints::hub).ifPresent(points::add);
        }
        return points;
    }

    private static Optional<String> skills(Profile profile, MarketDataset dataset) {
        List<String> labels = dataset.premiumSkills().stream()
                .filter(skill -> profile.premiumSkills().contains(skill.id()))
                .map(PremiumSkill::label).toList();
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        List<String> premiums = new ArrayList<>();
        for (Premium premium : dataset.premiums()) {
            String percent = premium.factor().subtract(BigDecimal.ONE).movePointRight(2)
                    .setScale(0, RoundingMode.HALF_UP).toPlainString();
            String cited = dataset.source(premium.sourceId()).map(TalkingPoints::shortCitation).orElse(premium.sourceId());
            premiums.add("the " + lowerFirst(premium.label()) + " is +" + percent + " % on " + premium.appliesTo()
                    + " (" + cited + ")");
        }
        return Optional.of("I bring " + joinWords(labels) + ", skills the 2026 market pays a premium for"
                + (premiums.isEmpty() ? "." : ": " + joinWords(premiums) + "."));
    }

    /** The best other offer by annualised total; the current job is left out, as it is rarely worth saying. */
    private static Optional<String> competing(NegotiationInput input) {
        return input.others().stream().filter(other -> !other.offer().current())
                .max(Comparator.comparing(other -> other.projection().tcAnnualized()))
                .map(other -> {
                    BigDecimal theirs = other.projection().tcAnnualized();
                    boolean higher = theirs.compareTo(input.projection().tcAnnualized()) > 0;
                    return "I have another offer worth " + money(theirs) + " a year (annualised: base, bonus, equity "
                            + "over its vesting years and sign-on over four)"
                            + (higher ? "; " + input.offer().company() + " is my first choice, so I'd like to see if "
                                    + "you can match it."
                                    : ", so I'm weighing this one carefully.");
                });
    }

    private static String band(MarketPosition position) {
        String what = position.basis() == PayBasis.BASE ? "base" : "total compensation";
        String range = money(position.bandMin()) + " – " + money(position.bandMax()) + (position.openTop() ? "+" : "");
        // With premiums or factors on, the gap and the position are measured from the adjusted band: quote it too.
        String adjusted = position.adjustments().isEmpty() ? ""
                : ", " + money(position.adjustedMin()) + " – " + money(position.adjustedMax())
                        + (position.openTop() ? "+" : "") + " with the " + position.adjustments().stream()
                        .map(com.counteroffer.domain.market.Adjustment::name)
                        .collect(java.util.stream.Collectors.joining(" and the "));
        String start = "The 2026 range for " + position.level().label() + " AI infrastructure engineers is " + range
                + " in " + position.basis().label() + adjusted + "; ";
        return switch (position.status()) {
            case BELOW -> start + "this offer's " + what + " of " + money(position.value()) + " is "
                    + money(position.distance()) + " below the bottom of it.";
            case WITHIN -> start + "this offer's " + what + " of " + money(position.value()) + " sits "
                    + position.position().movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString()
                    + " % of the way through it, and my experience puts me higher in that range.";
            case ABOVE -> start + "this offer's " + what + " of " + money(position.value())
                    + " is above the top of it, which I appreciate; the rest of the package is where I'd like to close the gap.";
        };
    }

    private static Optional<String> hub(Hub hub) {
        if (hub.rank() == null || hub.rank() < 1 || hub.rank() >= RANK_WORDS.length) {
            return Optional.empty();
        }
        String driver = hub.driver().isBlank() ? "" : ": " + lowerFirst(withoutFullStop(hub.driver()));
        return Optional.of("The role is in " + hub.label() + ", the " + RANK_WORDS[hub.rank()]
                + " US hub for AI infrastructure work" + driver + ".");
    }

    private static String shortCitation(Source source) {
        return source.publisher() + ", " + (source.year() == null ? "n.d." : source.year().toString());
    }

    private static String joinWords(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + items.get(items.size() - 1);
    }
}
