package com.counteroffer.data;

import java.util.List;

/**
 * Everything a file to import holds, checked in full: nothing in it is known to be wrong.
 *
 * @param origin the file, as named to the user
 * @param format the format it was written in, e.g. "counteroffer.export/1 (JSON)"
 */
public record ImportBatch(String origin, String format, List<ClientBundle> clients) {

    public ImportBatch {
        clients = List.copyOf(clients);
    }

    public int offerCount() {
        return clients.stream().mapToInt(client -> client.offers().size()).sum();
    }

    public int comparisonCount() {
        return clients.stream().mapToInt(client -> client.comparisons().size()).sum();
    }
}
