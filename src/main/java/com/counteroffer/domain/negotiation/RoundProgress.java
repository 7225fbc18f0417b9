package com.counteroffer.domain.negotiation;

import com.counteroffer.domain.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * After the employer answers an ask: what moved, and the next move. Read from the round history, the
 * newest round last; nothing to say until an employer round follows one of the user's asks.
 */
public final class RoundProgress {

    /** More counters than this strain the relationship more than they usually gain. */
    static final int COUNTERS_BEFORE_DECIDING = 2;


    /**
     * One round as the history holds it.
     *
     * @param byEmployer whether the employer proposed it (else it is the user's ask)
     * @param agreed whether the employer agreed to this ask
     * @param annualised its terms' annualised total, whole dollars
     * @param changes what changed from the round before, in words (e.g. "base $235,000 → $245,000"); kept
     *     for the history, not used here: against an ask they read as a cut
     */
    public record Step(LocalDate date, boolean byEmployer, boolean agreed, long annualised, List<String> changes) {
        public Step {
            changes = List.copyOf(changes);
        }
    }

    /**
     * @param moved what moved, in a sentence
     * @param next the next move, in a sentence
     */
    public record Progress(String moved, String next) {
    }

    private RoundProgress() {
    }

    /** @param company the employer's name, for the sentences */
    public static Optional<Progress> of(List<Step> steps, String company) {
        if (steps.size() < 2) {
            return Optional.empty();
        }
        Step answer = steps.get(steps.size() - 1);
        if (!answer.agreed() && !answer.byEmployer()) {
            return Optional.empty();
        }
        // An ask the employer agreed to answers itself; else the employer's round answers the last ask before it.
        int askAt = answer.agreed() && !answer.byEmployer() ? steps.size() - 1 : -1;
        for (int i = steps.size() - 2; askAt < 0 && i >= 0; i--) {
            if (!steps.get(i).byEmployer()) {
                askAt = i;
            }
        }
        if (askAt < 0) {
            return Optional.empty();
        }
        Step ask = steps.get(askAt);
        long before = termsBefore(steps, askAt);
        long askedFor = ask.annualised() - before;
        long moved = answer.annualised() - before;
        long counters = steps.stream().filter(step -> !step.byEmployer()).count();
        boolean met = answer.agreed() || answer.annualised() >= ask.annualised();
        String movedText = company + (answer == ask ? " agreed to your ask of " : " answered your ask of ")
                + com.counteroffer.domain.input.Dates.format(ask.date()) + ": the offer is now worth " + Money.format(answer.annualised())
                + " a year (annualised), " + (moved > 0 ? "up " + Money.format(moved) : moved < 0
                ? "down " + Money.format(-moved) : "unchanged") + " from " + Money.format(before)
                + "; you asked for " + Money.format(ask.annualised()) + ".";
        String next;
        if (met) {
            next = "They met your ask. Get every term in writing, then accept when you are ready; don't reopen it.";
        } else if (moved > 0) {
            long share = askedFor <= 0 ? 100 : Math.round(100.0 * moved / askedFor);
            next = "They moved " + Money.format(moved) + " a year of the " + Money.format(askedFor) + " you asked for ("
                    + share + " %). Thank them for it, keep what moved, and ask once for the rest ("
                    + Money.format(ask.annualised() - answer.annualised()) + " a year) on another component, or put "
                    + "the equivalent packages on the table and let them choose.";
        } else if (moved == 0) {
            next = "They held firm. Ask which components have room (equity, sign-on, start date), or offer the "
                    + "equivalent packages and let them choose.";
        } else {
            next = "They lowered the offer. Ask why before anything else, and get the earlier terms confirmed in "
                    + "writing if they still stand; compare it against your walk-away point.";
        }
        if (counters >= COUNTERS_BEFORE_DECIDING && !met) {
            next += " You have countered " + counters + " times: one more rarely gains much; decide against your "
                    + "walk-away point.";
        }
        return Optional.of(new Progress(movedText, next));
    }

    /** The annualised total of the terms in force before the ask at {@code index}. */
    private static long termsBefore(List<Step> steps, int index) {
        for (int i = index - 1; i >= 0; i--) {
            Step step = steps.get(i);
            if (step.byEmployer() || step.agreed()) {
                return step.annualised();
            }
        }
        return steps.get(0).annualised();
    }
}
