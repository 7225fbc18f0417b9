package com.counteroffer.domain.negotiation;

import com.counteroffer.domain.market.LevelBand;
import com.counteroffer.domain.market.MarketPosition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A counter-offer plan.
 *
 * @param asks in lever order
 * @param walkAway the annualised total below which to decline, or null when nothing gives one
 * @param walkAwayRule where the walk-away point comes from, in words
 * @param position the offer's base (or, for a total-compensation band, its annualised total) in its
 *     level's band; null when no level is known
 * @param unvestedLeftBehind the unvested equity leaving the current job forfeits, or null when unknown
 * @param talkingPoints first-person sentences from the user's own evidence, with no citations
 * @param notes how the plan was made and what it left out, in plain sentences
 * @param totals the offer's annualised total, and what it would be at every target and every opening
 * @param band the level's band as the plan used it (adjusted by the user's switches), or null
 * @param packages three packages worth the same in the settings' package view, or none without a money ask
 * @param advice who names a number first, how to buy time before a deadline: each with its source
 */
public record CounterPlan(List<Ask> asks, BigDecimal walkAway, String walkAwayRule, MarketPosition position,
                          BigDecimal unvestedLeftBehind, List<String> talkingPoints, List<Warning> warnings,
                          List<String> notes, Totals totals, LevelBand band, List<EquivalentPackage> packages,
                          List<Advice> advice) {

    /** Annualised totals (Levels.fyi style), whole dollars. */
    public record Totals(BigDecimal offer, BigDecimal target, BigDecimal opening) {
    }

    public CounterPlan {
        asks = List.copyOf(asks);
        talkingPoints = List.copyOf(talkingPoints);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
        packages = List.copyOf(packages == null ? List.of() : packages);
        advice = List.copyOf(advice == null ? List.of() : advice);
    }

    public Optional<Ask> ask(Lever lever) {
        return asks.stream().filter(ask -> ask.lever() == lever).findFirst();
    }

    public boolean warns(String code) {
        return warnings.stream().anyMatch(warning -> warning.code().equals(code));
    }
}
