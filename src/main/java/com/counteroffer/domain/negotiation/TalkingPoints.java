package com.counteroffer.domain.negotiation;

import static com.counteroffer.domain.negotiation.PlanText.lowerFirst;
import static com.counteroffer.domain.negotiation.PlanText.money;
import static com.counteroffer.domain.negotiation.PlanText.withoutCitations;
import static com.counteroffer.domain.negotiation.PlanText.withoutFullStop;

import com.counteroffer.domain.market.Adjustment;
import com.counteroffer.domain.market.Hub;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.market.MarketPosition;
import com.counteroffer.domain.market.PayBasis;
import com.counteroffer.domain.market.Premium;
import com.counteroffer.domain.market.PremiumSkill;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.profile.Profile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sentences the user can say, in the first person and in plain words, built only from their own
 * evidence: premium skills, projects, a stronger competing offer, the band for their level, the
 * unvested equity they leave, the hub. No point carries a citation (the plan's evidence and the
 * Sources screen do), a premium the user did not switch on, a weaker offer, or a claim about another level.
 */
public final class TalkingPoints {

    private static final String[] RANK_WORDS = {"", "highest-paying", "second-highest-paying",
        "third-highest-paying", "fourth-highest-paying", "fifth-highest-paying"};

    /** A hub's driver text that speaks of a level (the seed's "principal engineers often see …") is left out. */
    private static final Pattern NAMES_A_LEVEL = Pattern.compile(
            "(?i)\\b(entry[- ]level|junior|new[- ]grads?|mid[- ]level|senior|staff|principals?|architects?|leads?|"
                    + "distinguished|fellows?)\\b");

    /** From here up a position in the range is already high: no claim to be placed higher. */
    private static final BigDecimal HIGH_IN_RANGE = new BigDecimal("0.75");

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
        skills(profile, dataset, switchedOn(input)).ifPresent(points::add);
        if (profile != null) {
            List<String> projects = profile.projects().stream().filter(p -> p != null && !p.isBlank()).toList();
            for (int i = 0; i < projects.size(); i++) {
                String project = withoutFullStop(projects.get(i));
                points.add(i == 0 ? "One project that shows the depth I bring: " + project + "."
                        : "Another: " + project + ".");
            }
        }
        competing(input).ifPresent(points::add);
        // A band whose basis the dataset doubts (the seed's Senior "base" range) is no evidence to quote.
        if (position != null && !input.dataset().band(position.level()).basisInDoubt()) {
            points.add(band(position));
        }
        if (unvestedLeftBehind != null && unvestedLeftBehind.signum() > 0) {
            points.add("Moving means walking away from " + money(unvestedLeftBehind)
                    + " in unvested equity at my current job.");
        }
        if (offer.location() != null) {
            dataset.hub(offer.location()).flatMap(TalkingPoints::hub).ifPresent(points::add);
        }
        return points.stream().map(point -> withoutCitations(point).strip()).toList();
    }

    /** The dataset's premiums the user switched on (the Market screen's switches, as the input's adjustments). */
    private static List<Premium> switchedOn(NegotiationInput input) {
        return input.dataset().premiums().stream()
                .filter(premium -> input.adjustments().stream().map(Adjustment::name)
                        .anyMatch(name -> name.equals(premium.label()) || name.startsWith(premium.label() + " (")))
                .toList();
    }

    private static Optional<String> skills(Profile profile, MarketDataset dataset, List<Premium> premiums) {
        if (profile == null) {
            return Optional.empty(); // the switches live in the profile: without one there are no skills to claim
        }
        List<String> labels = dataset.premiumSkills().stream()
                .filter(skill -> profile.premiumSkills().contains(skill.id()))
                .map(PremiumSkill::label).toList();
        List<String> sizes = premiums.stream().map(premium -> "the " + lowerFirst(premium.label()) + " is about +"
                + premium.factor().subtract(BigDecimal.ONE).movePointRight(2).setScale(0, RoundingMode.HALF_UP)
                        .toPlainString() + " % on " + premium.appliesTo()).toList();
        if (labels.isEmpty() && sizes.isEmpty()) {
            return Optional.empty();
        }
        if (sizes.isEmpty()) {
            return Optional.of("I bring experience in " + joinWords(labels) + ".");
        }
        return Optional.of((labels.isEmpty() ? "Employers pay a premium for the skills I bring"
                : "I bring experience in " + joinWords(labels) + ", skills employers pay a premium for")
                + ": " + joinWords(sizes) + ".");
    }

    /**
     * The best other offer by annualised total, only when it is worth more than this one: a weaker
     * offer is no reason to pay more. The current job is never presented as an offer.
     */
    private static Optional<String> competing(NegotiationInput input) {
        BigDecimal ours = input.projection().tcAnnualized();
        return input.others().stream().filter(other -> !other.offer().current())
                .filter(other -> other.projection().tcAnnualized().compareTo(ours) > 0)
                .max(Comparator.comparing(other -> other.projection().tcAnnualized()))
                .map(other -> "I have another offer worth " + money(other.projection().tcAnnualized())
                        + " a year in total compensation. " + input.offer().company()
                        + " is my first choice, so I'd like to see if you can match it.");
    }

    private static String band(MarketPosition position) {
        String what = position.basis() == PayBasis.BASE ? "base" : "total compensation";
        String range = money(position.bandMin()) + " – " + money(position.bandMax()) + (position.openTop() ? "+" : "");
        // With premiums or factors on, the gap and the position are measured from the adjusted band: quote it too.
        String adjusted = position.adjustments().isEmpty() ? ""
                : ", " + money(position.adjustedMin()) + " – " + money(position.adjustedMax())
                        + (position.openTop() ? "+" : "") + " with the " + position.adjustments().stream()
                        .map(Adjustment::name).collect(Collectors.joining(" and the "));
        String start = "The 2026 range for " + position.level().label() + " AI infrastructure engineers is " + range
                + " in " + position.basis().label() + adjusted + "; ";
        return switch (position.status()) {
            case BELOW -> start + "this offer's " + what + " of " + money(position.value()) + " is "
                    + money(position.distance()) + " below the bottom of it.";
            // High in the range there is no "higher" to claim; above a total range there is no gap to close.
            case WITHIN -> start + "this offer's " + what + " of " + money(position.value()) + " sits "
                    + position.position().movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString()
                    + " % of the way through it" + (position.position().compareTo(HIGH_IN_RANGE) < 0
                    ? ", and my experience puts me higher in that range." : ".");
            case ABOVE -> start + "this offer's " + what + " of " + money(position.value())
                    + " is above the top of it, which I appreciate" + (position.basis() == PayBasis.BASE
                    ? "; the rest of the package is where I'd like to close the gap." : ".");
        };
    }

    /** The hub's rank, with the seed's reason only when it speaks of no particular level. */
    private static Optional<String> hub(Hub hub) {
        if (hub.rank() == null || hub.rank() < 1 || hub.rank() >= RANK_WORDS.length) {
            return Optional.empty();
        }
        String reason = withoutFullStop(withoutCitations(hub.driver()));
        String driver = reason.isBlank() || NAMES_A_LEVEL.matcher(reason).find() ? "" : ": " + lowerFirst(reason);
        return Optional.of("The role is in " + hub.label() + ", the " + RANK_WORDS[hub.rank()]
                + " US hub for AI infrastructure work" + driver + ".");
    }

    private static String joinWords(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + items.get(items.size() - 1);
    }
}
