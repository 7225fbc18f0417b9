package com.counteroffer.domain.profile;

import com.counteroffer.domain.market.Level;
import java.util.List;
import java.util.Set;

/**
 * Who the user is, as far as pay is concerned. Every field but the level may be left empty.
 * Amounts are whole dollars a year; {@code unvestedEquity} is what leaving would forfeit.
 *
 * @param location hub id from the market dataset (sf, seattle, nyc, austin, dc, other, remote)
 * @param targetSector sector id from the market dataset (big_tech, ai_startup, enterprise)
 * @param premiumSkills premium skill ids from the market dataset
 * @param projects depth of project involvement, in the user's words, most important first
 */
public record Profile(
        Level level,
        Integer yearsExperience,
        List<String> projects,
        String location,
        UsState stateOfResidence,
        Education education,
        String targetSector,
        Set<String> premiumSkills,
        Long currentBase,
        Long currentBonus,
        Long currentYearlyEquity,
        Long unvestedEquity,
        MarketAssumptions assumptions,
        TaxSettings tax) {

    public static final int MAX_YEARS = 60;

    public Profile {
        projects = List.copyOf(projects);
        premiumSkills = Set.copyOf(premiumSkills);
        assumptions = assumptions == null ? MarketAssumptions.NONE : assumptions;
        tax = tax == null ? TaxSettings.DEFAULT : tax;
    }

    /** A profile with the default tax settings (single, no New York City, no deferral). */
    public Profile(Level level, Integer yearsExperience, List<String> projects, String location,
                   UsState stateOfResidence, Education education, String targetSector, Set<String> premiumSkills,
                   Long currentBase, Long currentBonus, Long currentYearlyEquity, Long unvestedEquity,
                   MarketAssumptions assumptions) {
        this(level, yearsExperience, projects, location, stateOfResidence, education, targetSector, premiumSkills,
                currentBase, currentBonus, currentYearlyEquity, unvestedEquity, assumptions, TaxSettings.DEFAULT);
    }

    /** Current total compensation (base + bonus + yearly equity), or null without a base. */
    public Long currentTotalComp() {
        if (currentBase == null) {
            return null;
        }
        return currentBase + orZero(currentBonus) + orZero(currentYearlyEquity);
    }

    public Profile withAssumptions(MarketAssumptions changed) {
        return new Profile(level, yearsExperience, projects, location, stateOfResidence, education, targetSector,
                premiumSkills, currentBase, currentBonus, currentYearlyEquity, unvestedEquity, changed, tax);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
