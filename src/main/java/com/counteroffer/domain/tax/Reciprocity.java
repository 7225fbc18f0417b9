package com.counteroffer.domain.tax;

import com.counteroffer.domain.market.FigureStatus;
import com.counteroffer.domain.market.Source;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which states leave a nonresident's wages to the home state: the reciprocal agreements (each state of a pair
 * taxes none of the other's residents' wages), and the states that tax no nonresident's wages at all (the
 * District of Columbia). Read from {@code reciprocity-<year>.json}; {@link WorkStateTax} uses it.
 */
public record Reciprocity(int taxYear, List<Agreement> agreements, List<Exemption> exemptions) {

    /** No agreements: every work state taxes nonresidents' wages. */
    public static final Reciprocity NONE = new Reciprocity(0, List.of(), List.of());

    public Reciprocity {
        agreements = List.copyOf(agreements);
        exemptions = List.copyOf(exemptions);
        Set<Set<StateCode>> pairs = new HashSet<>();
        for (Agreement agreement : agreements) {
            if (!pairs.add(Set.of(agreement.first(), agreement.second()))) {
                throw new IllegalArgumentException("two agreements between " + agreement.first().name() + " and "
                        + agreement.second().name());
            }
        }
    }

    /**
     * A mutual agreement: each state exempts the other's residents' wages.
     *
     * @param note conditions and scope, e.g. a daily-commute requirement
     */
    public record Agreement(StateCode first, StateCode second, Source source, FigureStatus status, String note) {

        public Agreement {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(status, "status");
            note = note == null ? "" : note;
            if (first == second || first == StateCode.OTHER || second == StateCode.OTHER) {
                throw new IllegalArgumentException("an agreement is between two different states, found "
                        + first.name() + " and " + second.name());
            }
        }

        boolean covers(StateCode home, StateCode work) {
            return first == home && second == work || first == work && second == home;
        }
    }

    /** A state that taxes no nonresident's wages. */
    public record Exemption(StateCode state, Source source, FigureStatus status, String note) {

        public Exemption {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(status, "status");
            note = note == null ? "" : note;
        }
    }

    /** The agreement by which {@code work} leaves the wages of {@code home}'s residents to {@code home}. */
    public Optional<Agreement> between(StateCode home, StateCode work) {
        return agreements.stream().filter(agreement -> agreement.covers(home, work)).findFirst();
    }

    /** Why {@code work} taxes no nonresident's wages, if it doesn't. */
    public Optional<Exemption> exemption(StateCode work) {
        return exemptions.stream().filter(exemption -> exemption.state() == work).findFirst();
    }
}
