package com.counteroffer.service;

import com.counteroffer.domain.client.Client;
import com.counteroffer.store.ActionItemRepository;
import com.counteroffer.store.PracticeRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The coach's view across clients: the facts a coach scans to pick a client (the client list, the
 * quick switcher), the client the window opens on, and what needs attention now.
 */
public final class ClientOverviewService {

    /** An offer deadline this many days ahead (today included) needs attention. */
    public static final int DEADLINE_DAYS = 7;

    private final PracticeRepository practice;
    private final ActionItemRepository items;
    private final Clock clock;

    public ClientOverviewService(PracticeRepository practice, ActionItemRepository items, Clock clock) {
        this.practice = practice;
        this.items = items;
        this.clock = clock;
    }

    /** Every client not deleted, archived ones last, by name, with its level, offers, next deadline and last session. */
    public List<ClientOverview> overview() {
        ZoneId zone = clock.getZone();
        return Await.result(practice.facts(today())).stream().map(facts -> new ClientOverview(facts.client(),
                facts.level().map(level -> level.label()).orElse(""), facts.offerCount(), facts.nextDeadline(),
                facts.lastNote().map(at -> at.atZone(zone).toLocalDate()))).toList();
    }

    /** One client's facts. */
    public ClientOverview of(Client client) {
        return overview().stream().filter(row -> row.client().id() == client.id()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No client " + client.id()));
    }

    /**
     * The client the window opens on: the most recent of {@code recentFirst} that still exists; else,
     * for a coach, the first active client in use (see {@link #inUse}); else the built-in client.
     */
    public long startClient(List<Long> recentFirst, boolean coach) {
        return startClient(overview(), recentFirst, coach);
    }

    /** {@link #startClient(List, boolean)} over rows already read. */
    public static long startClient(List<ClientOverview> existing, List<Long> recentFirst, boolean coach) {
        for (long id : recentFirst) {
            if (existing.stream().anyMatch(row -> row.client().id() == id)) {
                return id;
            }
        }
        if (coach) {
            return existing.stream().filter(row -> !row.client().archived()).filter(ClientOverviewService::inUse)
                    .map(row -> row.client().id()).findFirst().orElse(ClientService.DEFAULT_CLIENT_ID);
        }
        return ClientService.DEFAULT_CLIENT_ID;
    }

    /**
     * The clients a list shows (the Clients screen, the switcher): in coach mode an unused built-in
     * client is left out, unless it is the one shown.
     */
    public static List<ClientOverview> listed(List<ClientOverview> rows, boolean coach, long shownClientId) {
        return rows.stream().filter(row -> !coach || inUse(row) || row.client().id() == shownClientId).toList();
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

    /**
     * Overdue open action items and offer deadlines from today to {@link #DEADLINE_DAYS} days ahead,
     * of clients neither archived nor deleted, soonest first.
     */
    public List<Attention> attention() {
        LocalDate today = today();
        List<Attention> found = new ArrayList<>();
        for (ActionItemRepository.Overdue overdue : Await.result(items.overdue(today))) {
            found.add(new Attention(overdue.client(), Attention.Kind.OVERDUE_ITEM, overdue.item().text(),
                    overdue.item().due()));
        }
        for (PracticeRepository.Deadline deadline : Await.result(practice.deadlines(today, today.plusDays(DEADLINE_DAYS)))) {
            found.add(new Attention(deadline.client(), Attention.Kind.OFFER_DEADLINE, deadline.company(),
                    deadline.deadline()));
        }
        found.sort(Comparator.comparing(Attention::date).thenComparing(a -> a.client().name(),
                String.CASE_INSENSITIVE_ORDER));
        return found;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
