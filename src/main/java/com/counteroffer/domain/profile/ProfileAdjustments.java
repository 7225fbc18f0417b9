package com.counteroffer.domain.profile;

import com.counteroffer.domain.market.Adjustment;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.market.Premium;
import com.counteroffer.domain.market.PremiumSkill;
import com.counteroffer.domain.market.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The adjustments a profile's assumptions switch on, each with where it comes from: the seed's
 * premiums cite their sources; the user's own factors say they are the user's assumption.
 */
public final class ProfileAdjustments {

    public static final String AI_SKILLS_PREMIUM = "ai_skills";

    private ProfileAdjustments() {
    }

    public static List<Adjustment> of(Profile profile, MarketDataset dataset) {
        List<Adjustment> adjustments = new ArrayList<>();
        MarketAssumptions assumptions = profile.assumptions();
        for (Premium premium : dataset.premiums()) {
            if (!assumptions.appliedPremiums().contains(premium.id())) {
                continue;
            }
            Optional<Source> source = dataset.source(premium.sourceId());
            if (source.isEmpty()) {
                continue;
            }
            String reason = AI_SKILLS_PREMIUM.equals(premium.id()) ? skillNames(profile, dataset) : "";
            adjustments.add(reason.isEmpty()
                    ? Adjustment.fromPremium(premium, source.get())
                    : Adjustment.fromPremium(premium, source.get(), reason));
        }
        add(adjustments, "Location", assumptions.location());
        add(adjustments, "Sector", assumptions.sector());
        add(adjustments, "Education", assumptions.education());
        return adjustments;
    }

    private static void add(List<Adjustment> adjustments, String what, MarketAssumptions.Factor factor) {
        if (factor == null) {
            return;
        }
        String name = what + " factor" + (factor.reason().isEmpty() ? "" : " (" + factor.reason() + ")");
        adjustments.add(new Adjustment(name, factor.value(), MarketAssumptions.USER_ASSUMPTION));
    }

    private static String skillNames(Profile profile, MarketDataset dataset) {
        return dataset.premiumSkills().stream()
                .filter(skill -> profile.premiumSkills().contains(skill.id()))
                .map(PremiumSkill::label)
                .collect(Collectors.joining(", "));
    }
}
