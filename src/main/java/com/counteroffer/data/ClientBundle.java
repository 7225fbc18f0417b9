package com.counteroffer.data;

import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.offer.Offer;
import java.util.List;

/**
 * One client's data as it travels in an export file: the client's name, offers and saved comparisons.
 * Inside a bundle a comparison names its offers by position in {@link #offers()} (0 = the first), not
 * by database id, since ids mean nothing on another machine.
 *
 * @param name the client's name, or null when the file does not say (the importer then chooses)
 */
public record ClientBundle(String name, List<Offer> offers, List<SavedComparison> comparisons) {

    public ClientBundle {
        offers = List.copyOf(offers);
        comparisons = List.copyOf(comparisons);
    }

    /** "1 client, 3 offers" and, with {@code withComparisons}, " and 2 comparisons": what an export held. */
    public static String describe(List<ClientBundle> clients, boolean withComparisons) {
        int offers = clients.stream().mapToInt(client -> client.offers().size()).sum();
        int comparisons = clients.stream().mapToInt(client -> client.comparisons().size()).sum();
        return count(clients.size(), "client") + ", " + count(offers, "offer")
                + (withComparisons ? " and " + count(comparisons, "comparison") : "");
    }

    /** "1 offer", "2 offers". */
    public static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
