package com.counteroffer.service;

import com.counteroffer.domain.client.SessionNote;
import com.counteroffer.domain.input.TextRules;
import com.counteroffer.store.SessionNoteRepository;
import java.util.List;

/** A client's dated session notes. */
public final class NoteService {

    private final SessionNoteRepository repository;
    private final DataChanges changes;

    public NoteService(SessionNoteRepository repository, DataChanges changes) {
        this.repository = repository;
        this.changes = changes;
    }

    /** The client's notes containing {@code search} (any case), newest first; all when it is blank. */
    public List<SessionNote> list(long clientId, String search) {
        return Await.result(repository.list(clientId, search));
    }

    /**
     * Files a note under exactly {@code clientId}: the caller passes the client the note was typed for.
     *
     * @throws InvalidInputException for an empty note, or one that breaks the text rules for notes
     */
    public SessionNote add(long clientId, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("Write the note first.");
        }
        String problem = TextRules.problem(text, TextRules.Kind.NOTE);
        if (problem != null) {
            throw new InvalidInputException("The note: " + problem + ".");
        }
        SessionNote note = Await.result(repository.add(clientId, text));
        changes.announce(new DataChange.Notes(clientId));
        return note;
    }
}
