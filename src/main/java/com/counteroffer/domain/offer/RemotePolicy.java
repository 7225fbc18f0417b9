package com.counteroffer.domain.offer;

import com.counteroffer.domain.EnumIds;
import java.util.Locale;
import java.util.Optional;

/** Where the work is done. */
public enum RemotePolicy {
    ONSITE("On-site"), HYBRID("Hybrid"), REMOTE("Remote");

    private final String label;

    RemotePolicy(String label) {
        this.label = label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public static Optional<RemotePolicy> fromId(String id) {
        return EnumIds.find(values(), RemotePolicy::id, id);
    }
}
