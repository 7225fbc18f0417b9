package com.counteroffer.ui.clients;

import com.counteroffer.domain.client.SessionNote;
import java.time.LocalDate;
import java.util.List;

/**
 * A heading and its notes as the Notes screen lists them: the pinned notes first, then one section
 * per session (the day the notes were written), newest first.
 *
 * @param session the session's day, or null for the pinned notes
 */
public record NoteSection(String heading, LocalDate session, List<SessionNote> notes) {

    public NoteSection {
        notes = List.copyOf(notes);
    }

    public boolean pinned() {
        return session == null;
    }
}
