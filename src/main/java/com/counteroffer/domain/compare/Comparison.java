package com.counteroffer.domain.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Several offers side by side.
 *
 * <p>"Leading" has two senses here: by each year's own total (what the table's year rows show) and by
 * running total (what {@code crossoverYear} and the running-total chart follow). An offer can pay more
 * every year from some year on and still trail on running total; {@link #leaders} and
 * {@link #leaderChanges()} give both, and the leader sentences in {@code insights} say both.
 *
 * @param crossoverYear the first year in which the leader by running total changes, or null; the year of
 *     the first {@link LeaderChange.Basis#RUNNING RUNNING} entry of {@link #leaderChanges()}
 * @param bestByHorizonTotal the key of the offer with the highest total over the horizon
 * @param breakevenGrowth the yearly stock growth (same for every offer) at which the best and the
 *     second-best offer by horizon total pay the same, or null when they never meet in −90 % … +200 %
 * @param insights plain sentences about the comparison
 */
public record Comparison(List<OfferComparison> offers, Integer crossoverYear, String bestByHorizonTotal,
                         BigDecimal breakevenGrowth, List<String> insights) {
    public Comparison {
        offers = List.copyOf(offers);
        insights = List.copyOf(insights);
    }

    public Optional<OfferComparison> offer(String key) {
        return offers.stream().filter(o -> o.entry().key().equals(key)).findFirst();
    }

    /** The horizon in years. */
    public int years() {
        return Leaders.years(offers);
    }

    /**
     * The keys of the offers with the highest total in {@code year} (1 = the first) in the given sense,
     * in column order: one key, or several when they tie to the cent.
     */
    public List<String> leaders(LeaderChange.Basis basis, int year) {
        return Leaders.leaders(offers, basis, year);
    }

    /** Who pays the most in {@code year} by that year's own total: the table's "Year N" row. */
    public List<String> yearlyLeaders(int year) {
        return leaders(LeaderChange.Basis.YEARLY, year);
    }

    /** Who has the highest running total at the end of {@code year}. */
    public List<String> runningLeaders(int year) {
        return leaders(LeaderChange.Basis.RUNNING, year);
    }

    /** Every change of leader in both senses, by year (in a year with both, the yearly change first). */
    public List<LeaderChange> leaderChanges() {
        return Leaders.changes(offers);
    }

    /** Every change of leader in one sense, by year. */
    public List<LeaderChange> leaderChanges(LeaderChange.Basis basis) {
        return Leaders.changes(offers, basis);
    }

    /**
     * The sentences of {@code insights} that say who leads: one when the same offer (or tied offers)
     * leads every year in both senses, otherwise one by each year's total and one by running total.
     */
    public List<String> leaderSentences() {
        return Leaders.sentences(offers);
    }
}
