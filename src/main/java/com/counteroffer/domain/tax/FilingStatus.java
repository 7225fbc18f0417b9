package com.counteroffer.domain.tax;

import java.util.Locale;
import java.util.Optional;

/** Federal filing status; the ids are the keys used in the tax-table files. */
public enum FilingStatus {
    SINGLE("single", "single", "Single"),
    MARRIED_JOINT("married_joint", "mfj", "Married filing jointly"),
    HEAD_OF_HOUSEHOLD("head_of_household", "hoh", "Head of household");

    private final String id;
    private final String shortId;
    private final String label;

    FilingStatus(String id, String shortId, String label) {
        this.id = id;
        this.shortId = shortId;
        this.label = label;
    }

    /** The key in the tax-table files, e.g. {@code married_joint}. */
    public String id() {
        return id;
    }

    /** The command-line spelling, e.g. {@code mfj}. */
    public String shortId() {
        return shortId;
    }

    public String label() {
        return label;
    }

    /** Accepts either spelling, in any case. */
    public static Optional<FilingStatus> fromId(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (FilingStatus status : values()) {
            if (status.id.equals(wanted) || status.shortId.equals(wanted)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
