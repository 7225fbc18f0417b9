package com.counteroffer.service;

import com.counteroffer.domain.offer.ProposedBy;
import java.time.LocalDate;

/**
 * A negotiation round to record: when, who put it on the table, and whether the employer agreed
 * to it (only then does an ask of the user's become the offer's terms).
 */
public record RoundRequest(LocalDate date, ProposedBy proposedBy, String label, String note, boolean agreed) {

    public RoundRequest {
        if (date == null) {
            throw new InvalidInputException("Choose the date of the round.");
        }
        if (proposedBy == null) {
            throw new InvalidInputException("Say who proposed these terms: the employer, or you.");
        }
        label = label == null || label.isBlank()
                ? (proposedBy == ProposedBy.EMPLOYER ? "Employer's offer" : "Your ask") : label.strip();
        note = note == null ? "" : note.strip();
    }
}
