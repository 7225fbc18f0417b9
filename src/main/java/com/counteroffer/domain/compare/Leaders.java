package com.counteroffer.domain.compare;

import com.counteroffer.domain.compare.LeaderChange.Basis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Who leads a comparison in each year, by each year's own total and by running total, every change of
 * leader, and the sentences that say so. Both the sentences and the changes are read off the same
 * per-year leaders, so they cannot disagree with each other or with the table's year rows. Offers that
 * tie for the highest amount lead together; a tie is never settled in favour of one of them.
 */
final class Leaders {

    private Leaders() {
    }

    /** A run of consecutive years, {@code from} to {@code to}, in which the same offers lead. */
    private record Stretch(List<String> keys, int from, int to) {
        boolean sole() {
            return keys.size() == 1;
        }
    }

    static int years(List<OfferComparison> offers) {
        return offers.get(0).cumulative().size();
    }

    static BigDecimal amount(OfferComparison offer, Basis basis, int year) {
        return basis == Basis.YEARLY ? offer.projection().year(year).total() : offer.cumulative().get(year - 1);
    }

    /** The keys of the offers with the highest amount in {@code year} (1 = the first), in column order. */
    static List<String> leaders(List<OfferComparison> offers, Basis basis, int year) {
        if (year < 1 || year > years(offers)) {
            throw new IllegalArgumentException("year " + year + " is outside the horizon of " + years(offers));
        }
        BigDecimal top = offers.stream().map(o -> amount(o, basis, year)).max(BigDecimal::compareTo).orElseThrow();
        return offers.stream().filter(o -> amount(o, basis, year).compareTo(top) == 0).map(o -> o.entry().key())
                .toList();
    }

    /** Each year in which a different offer becomes the sole leader in this sense, year 2 first. */
    static List<LeaderChange> changes(List<OfferComparison> offers, Basis basis) {
        List<LeaderChange> changes = new ArrayList<>();
        String lastSole = null;
        for (int year = 1; year <= years(offers); year++) {
            List<String> leaders = leaders(offers, basis, year);
            if (leaders.size() != 1) {
                continue;
            }
            String leader = leaders.get(0);
            if (lastSole != null && !lastSole.equals(leader)) {
                changes.add(new LeaderChange(basis, year, lastSole, leader));
            }
            lastSole = leader;
        }
        return changes;
    }

    /** Every change in both senses, by year; in the same year the yearly change comes first. */
    static List<LeaderChange> changes(List<OfferComparison> offers) {
        List<LeaderChange> all = new ArrayList<>(changes(offers, Basis.YEARLY));
        all.addAll(changes(offers, Basis.RUNNING));
        all.sort(java.util.Comparator.comparingInt(LeaderChange::year).thenComparing(LeaderChange::basis));
        return List.copyOf(all);
    }

    /**
     * Who leads, in words: one sentence when the same offers lead every year in both senses, otherwise
     * one for the years' own totals and one for the running total, naming every change.
     */
    static List<String> sentences(List<OfferComparison> offers) {
        int years = years(offers);
        List<Stretch> yearly = stretches(offers, Basis.YEARLY);
        List<Stretch> running = stretches(offers, Basis.RUNNING);
        if (years == 1) {
            // The first sentence already names the best offer; only a tie is worth saying.
            Stretch only = yearly.get(0);
            return only.sole() ? List.of() : List.of(tie(offers, only) + " in year 1.");
        }
        if (yearly.size() == 1) {
            // The same offers pay the most every year, so their running totals lead every year too.
            Stretch only = yearly.get(0);
            if (only.sole()) {
                return List.of(name(offers, only.keys().get(0)) + " leads in every year of the horizon, both by each "
                        + "year's total and by running total.");
            }
            return List.of(tie(offers, only) + " in every year of the horizon, so "
                    + (only.keys().size() == offers.size() ? "their running totals are level too."
                    : "they also share the highest running total."));
        }
        return List.of(yearlySentence(offers, yearly), runningSentence(offers, running, years));
    }

    private static String yearlySentence(List<OfferComparison> offers, List<Stretch> stretches) {
        List<String> phrases = new ArrayList<>();
        boolean verb = true;
        for (Stretch stretch : stretches) {
            if (stretch.sole()) {
                phrases.add(name(offers, stretch.keys().get(0)) + (verb ? " pays the most in " : " in ") + span(stretch));
                verb = false;
            } else {
                phrases.add(tie(offers, stretch) + " in " + span(stretch));
                verb = true;
            }
        }
        return "Year by year, " + and(phrases) + ".";
    }

    private static String runningSentence(List<OfferComparison> offers, List<Stretch> stretches, int years) {
        if (stretches.size() == 1) {
            Stretch only = stretches.get(0);
            if (!only.sole()) {
                return "Running total: " + names(offers, only.keys()) + " share the lead through year " + years + ".";
            }
            String leader = only.keys().get(0);
            return "Running total: " + name(offers, leader) + " stays ahead through year " + years
                    + closingGap(offers, leader, years) + ".";
        }
        List<String> clauses = new ArrayList<>();
        String lastSole = null;
        for (int i = 0; i < stretches.size(); i++) {
            Stretch stretch = stretches.get(i);
            if (!stretch.sole()) {
                clauses.add(names(offers, stretch.keys()) + " share the lead in " + span(stretch));
                continue;
            }
            String leader = stretch.keys().get(0);
            if (i == 0) {
                // "X overtakes Y" says who led before; only a tie right after needs the first leader named.
                if (!stretches.get(1).sole()) {
                    clauses.add(name(offers, leader) + " leads through year " + stretch.to());
                }
            } else if (lastSole == null) {
                clauses.add(name(offers, leader) + " pulls ahead in year " + stretch.from());
            } else if (lastSole.equals(leader)) {
                clauses.add(name(offers, leader) + " pulls ahead again in year " + stretch.from());
            } else {
                clauses.add(name(offers, leader) + " overtakes " + name(offers, lastSole) + " in year " + stretch.from()
                        + " (" + CompareEngine.dollars(amount(offer(offers, leader), Basis.RUNNING, stretch.from()))
                        + " against " + CompareEngine.dollars(amount(offer(offers, lastSole), Basis.RUNNING,
                        stretch.from())) + ")");
            }
            lastSole = leader;
        }
        Stretch last = stretches.get(stretches.size() - 1);
        if (last.sole() && last.from() < years) {
            clauses.set(clauses.size() - 1, clauses.get(clauses.size() - 1) + " and stays ahead through year " + years);
        }
        return "Running total: " + String.join(", then ", clauses) + ".";
    }

    /**
     * When the running leader never changes: how far the runner-up has come back, if its gap at the end
     * of the horizon is smaller than it was at its widest (it paid more than the leader in some year).
     */
    private static String closingGap(List<OfferComparison> offers, String leader, int years) {
        OfferComparison lead = offer(offers, leader);
        OfferComparison second = null;
        for (OfferComparison other : offers) {
            if (other != lead && (second == null
                    || amount(other, Basis.RUNNING, years).compareTo(amount(second, Basis.RUNNING, years)) > 0)) {
                second = other;
            }
        }
        BigDecimal widest = BigDecimal.ZERO;
        for (int year = 1; year <= years; year++) {
            widest = widest.max(amount(lead, Basis.RUNNING, year).subtract(amount(second, Basis.RUNNING, year)));
        }
        BigDecimal last = amount(lead, Basis.RUNNING, years).subtract(amount(second, Basis.RUNNING, years));
        return last.compareTo(widest) < 0
                ? " (" + second.entry().name() + " closes the gap to " + CompareEngine.dollars(last) + ")" : "";
    }

    private static List<Stretch> stretches(List<OfferComparison> offers, Basis basis) {
        List<Stretch> stretches = new ArrayList<>();
        for (int year = 1; year <= years(offers); year++) {
            List<String> leaders = leaders(offers, basis, year);
            Stretch previous = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (previous != null && previous.keys().equals(leaders)) {
                stretches.set(stretches.size() - 1, new Stretch(leaders, previous.from(), year));
            } else {
                stretches.add(new Stretch(leaders, year, year));
            }
        }
        return stretches;
    }

    /** "Northwind and Contoso pay the same" when every offer ties; "… tie for the most" when only some do. */
    private static String tie(List<OfferComparison> offers, Stretch stretch) {
        return names(offers, stretch.keys()) + (stretch.keys().size() == offers.size() ? " pay the same"
                : " tie for the most");
    }

    private static String span(Stretch stretch) {
        return stretch.from() == stretch.to() ? "year " + stretch.from()
                : "years " + stretch.from() + "–" + stretch.to();
    }

    private static OfferComparison offer(List<OfferComparison> offers, String key) {
        return offers.stream().filter(o -> o.entry().key().equals(key)).findFirst().orElseThrow();
    }

    private static String name(List<OfferComparison> offers, String key) {
        return offer(offers, key).entry().name();
    }

    private static String names(List<OfferComparison> offers, List<String> keys) {
        return and(keys.stream().map(key -> name(offers, key)).toList());
    }

    /** "a", "a and b", "a, b and c". */
    private static String and(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
