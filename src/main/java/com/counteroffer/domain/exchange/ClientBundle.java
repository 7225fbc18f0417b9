package com.counteroffer.domain.exchange;

import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.domain.profile.Profile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One client's data as it travels in an export file: the name, the profile, the offers (each with
 * its negotiation rounds and workspace), the saved comparisons, the current compare scenario and
 * the session notes and action items. Inside a bundle a comparison (and the scenario) names its offers by position
 * in {@link #entries()} (0 = the first), not by database id, since ids mean nothing on another machine.
 *
 * @param name the client's name, or null when the file does not say (the importer then chooses)
 * @param profile null when the client has none (and for files that carry no profiles)
 * @param scenario null when the client has none
 */
public record ClientBundle(String name, Profile profile, List<OfferEntry> entries, List<SavedComparison> comparisons,
                           SavedComparison scenario, List<Note> notes, List<Item> actionItems) {

    public ClientBundle {
        entries = List.copyOf(entries);
        comparisons = List.copyOf(comparisons);
        notes = List.copyOf(notes);
        actionItems = List.copyOf(actionItems == null ? List.of() : actionItems);
    }

    /** A client without action items (files written before they existed). */
    public ClientBundle(String name, Profile profile, List<OfferEntry> entries, List<SavedComparison> comparisons,
                        SavedComparison scenario, List<Note> notes) {
        this(name, profile, entries, comparisons, scenario, notes, List.of());
    }

    /** Offers alone, as a CSV file or an offer file carries them: no rounds, workspaces, profile or notes. */
    public ClientBundle(String name, List<Offer> offers, List<SavedComparison> comparisons) {
        this(name, null, offers.stream().map(OfferEntry::of).toList(), comparisons, null, List.of());
    }

    /**
     * An offer with its history.
     *
     * @param offer the offer's current terms
     * @param rounds its negotiation rounds, oldest first (round 1 is the initial offer); empty when
     *     the file does not say, and the importer then records the terms as the initial offer
     * @param negotiation its negotiation workspace, or null when it has none
     */
    public record OfferEntry(Offer offer, List<Round> rounds, NegotiationWorkspace negotiation) {
        public OfferEntry {
            Objects.requireNonNull(offer, "offer");
            rounds = List.copyOf(rounds);
        }

        public static OfferEntry of(Offer offer) {
            return new OfferEntry(offer, List.of(), null);
        }
    }

    /** One negotiation round as a file carries it: everything but the database's ids. */
    public record Round(int number, LocalDate date, ProposedBy proposedBy, String label, String note, boolean agreed,
                        Offer terms) {
        public Round {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(proposedBy, "proposedBy");
            Objects.requireNonNull(terms, "terms");
            label = label == null ? "" : label;
            note = note == null ? "" : note;
        }
    }

    /**
     * A session note: when it was written, what it says, whether it is pinned to the top, and when
     * it was last edited (null when never).
     */
    public record Note(Instant writtenAt, String text, boolean pinned, Instant editedAt) {
        public Note {
            Objects.requireNonNull(writtenAt, "writtenAt");
            Objects.requireNonNull(text, "text");
        }

        public Note(Instant writtenAt, String text) {
            this(writtenAt, text, false, null);
        }
    }

    /** An action item: what the client is to do, by when (null for no date), when done (null while open), when written. */
    public record Item(String text, java.time.LocalDate due, Instant doneAt, Instant createdAt) {
        public Item {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /** The offers' current terms, in order. */
    public List<Offer> offers() {
        return entries.stream().map(OfferEntry::offer).toList();
    }

    public int roundCount() {
        return entries.stream().mapToInt(entry -> entry.rounds().size()).sum();
    }

    public int negotiationCount() {
        return (int) entries.stream().filter(entry -> entry.negotiation() != null).count();
    }

    /**
     * "1 client, 3 offers" and, with {@code whole} (a JSON export), " and 2 comparisons, with 5
     * rounds, 1 negotiation workspace, 2 notes and 1 profile" (the kinds it holds any of): what an export held.
     */
    public static String describe(List<ClientBundle> clients, boolean whole) {
        int offers = clients.stream().mapToInt(client -> client.entries().size()).sum();
        int comparisons = clients.stream().mapToInt(client -> client.comparisons().size()).sum();
        String text = count(clients.size(), "client") + ", " + count(offers, "offer");
        if (!whole) {
            return text;
        }
        List<String> also = new ArrayList<>();
        int rounds = clients.stream().mapToInt(ClientBundle::roundCount).sum();
        int workspaces = clients.stream().mapToInt(ClientBundle::negotiationCount).sum();
        int scenarios = (int) clients.stream().filter(client -> client.scenario() != null).count();
        int notes = clients.stream().mapToInt(client -> client.notes().size()).sum();
        int profiles = (int) clients.stream().filter(client -> client.profile() != null).count();
        addCount(also, rounds, "round");
        addCount(also, workspaces, "negotiation workspace");
        addCount(also, scenarios, "compare scenario");
        addCount(also, notes, "note");
        addCount(also, clients.stream().mapToInt(client -> client.actionItems().size()).sum(), "action item");
        addCount(also, profiles, "profile");
        text += " and " + count(comparisons, "comparison");
        return also.isEmpty() ? text : text + ", with " + joinWithAnd(also);
    }

    /** "1 offer", "2 offers". */
    public static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** "a", "a and b", "a, b and c". */
    public static String joinWithAnd(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static void addCount(List<String> parts, int count, String noun) {
        if (count > 0) {
            parts.add(count(count, noun));
        }
    }
}
