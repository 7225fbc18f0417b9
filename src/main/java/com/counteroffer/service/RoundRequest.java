package com.counteroffer.service;

import com.counteroffer.domain.input.TextRules;
import com.counteroffer.domain.offer.ProposedBy;
import java.time.LocalDate;

/**
 * A negotiation round to record: when, who put it on the table, and whether the employer agreed
 * to it (only then does an ask of the user's become the offer's terms). The label and note are kept
 * as typed, held to the text rules.
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
                ? (proposedBy == ProposedBy.EMPLOYER ? "Employer's offer" : "Your ask") : label;
        note = note == null ? "" : note;
        String problem = problem(label, note);
        if (problem != null) {
            throw new InvalidInputException(problem);
        }
    }

    /** What is wrong with a round's label or note (null: nothing), for the form to show before recording. */
    public static String problem(String label, String note) {
        String labelProblem = TextRules.problem(label, TextRules.Kind.NAME);
        if (labelProblem != null) {
            return "Round label: " + labelProblem + ".";
        }
        String noteProblem = TextRules.problem(note, TextRules.Kind.NOTE);
        return noteProblem == null ? null : "Round note: " + noteProblem + ".";
    }
}
