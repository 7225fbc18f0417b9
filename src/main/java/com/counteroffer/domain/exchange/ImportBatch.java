package com.counteroffer.domain.exchange;

import java.util.List;

/**
 * Everything a file to import holds, checked in full: nothing in it is known to be wrong.
 *
 * @param origin the file, as named to the user
 * @param format the format it was written in, e.g. "counteroffer.export/2"
 */
public record ImportBatch(String origin, String format, List<ClientBundle> clients) {

    public ImportBatch {
        clients = List.copyOf(clients);
    }

    public int offerCount() {
        return clients.stream().mapToInt(client -> client.entries().size()).sum();
    }

    public int comparisonCount() {
        return clients.stream().mapToInt(client -> client.comparisons().size()).sum();
    }

    /** Negotiation rounds the file gives (offers without any get their initial round on import). */
    public int roundCount() {
        return clients.stream().mapToInt(ClientBundle::roundCount).sum();
    }

    public int negotiationCount() {
        return clients.stream().mapToInt(ClientBundle::negotiationCount).sum();
    }

    public int scenarioCount() {
        return (int) clients.stream().filter(client -> client.scenario() != null).count();
    }

    public int noteCount() {
        return clients.stream().mapToInt(client -> client.notes().size()).sum();
    }

    public int profileCount() {
        return (int) clients.stream().filter(client -> client.profile() != null).count();
    }
}
