package com.counteroffer.service;

import com.counteroffer.domain.client.Client;
import com.counteroffer.domain.client.SessionNote;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.StoredOffer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The facts a coach scans to pick a client: level, offers, the next deadline, the last session. */
public final class ClientOverviewService {

    private final ClientService clients;
    private final ProfileService profiles;
    private final OfferService offers;
    private final NoteService notes;
    private final Clock clock;

    public ClientOverviewService(ClientService clients, ProfileService profiles, OfferService offers, NoteService notes,
                                 Clock clock) {
        this.clients = clients;
        this.profiles = profiles;
        this.offers = offers;
        this.notes = notes;
        this.clock = clock;
    }

    /** Every client not deleted, in {@link ClientService#list()}'s order (archived ones last, by name). */
    public List<ClientOverview> overview() {
        return clients.list().stream().map(this::of).toList();
    }

    /** One client's facts. */
    public ClientOverview of(Client client) {
        LocalDate today = LocalDate.now(clock);
        String level = profiles.load(client.id()).map(profile -> profile.level() == null ? "" : profile.level().label())
                .orElse("");
        List<Offer> weighed = offers.list(client.id()).stream().map(StoredOffer::offer)
                .filter(offer -> !offer.current()).toList();
        Optional<LocalDate> nextDeadline = weighed.stream()
                .filter(offer -> offer.status() == OfferStatus.RECEIVED || offer.status() == OfferStatus.NEGOTIATING)
                .map(Offer::deadline).filter(Objects::nonNull).filter(deadline -> !deadline.isBefore(today))
                .min(Comparator.naturalOrder());
        Optional<LocalDate> lastSession = notes.list(client.id(), "").stream().map(SessionNote::writtenAt)
                .max(Comparator.naturalOrder()).map(written -> written.atZone(clock.getZone()).toLocalDate());
        return new ClientOverview(client, level, weighed.size(), nextDeadline, lastSession);
    }

    /**
     * The client the window opens on: the most recent of {@code recentFirst} that still exists; else,
     * for a coach, the first active client in use (see {@link #inUse}); else the built-in client.
     */
    public long startClient(List<Long> recentFirst, boolean coach) {
        List<Client> existing = clients.list();
        for (long id : recentFirst) {
            if (existing.stream().anyMatch(client -> client.id() == id)) {
                return id;
            }
        }
        if (coach) {
            return existing.stream().filter(client -> !client.archived()).map(this::of).filter(ClientOverviewService::inUse)
                    .map(row -> row.client().id()).findFirst().orElse(ClientService.DEFAULT_CLIENT_ID);
        }
        return ClientService.DEFAULT_CLIENT_ID;
    }

    /**
     * Whether a coach has used the built-in client: it has a saved profile, an offer or a session
     * note. Until then coach mode leaves it out of the client list and the switcher, so a coach's
     * practice is not mixed with an empty "Me"; every other client always counts.
     */
    public static boolean inUse(ClientOverview row) {
        return row.client().id() != ClientService.DEFAULT_CLIENT_ID || !row.level().isEmpty() || row.offerCount() > 0
                || row.lastSession().isPresent();
    }
}
