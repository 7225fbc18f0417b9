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

    /**
     * Replaces a note's text (its time stays; it is marked edited).
     *
     * @throws InvalidInputException for an empty text, one that breaks the rules for notes, or a note
     *     that is no longer there
     */
    public void edit(long clientId, long noteId, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("Write the note, or delete it instead of saving it empty.");
        }
        String problem = TextRules.problem(text, TextRules.Kind.NOTE);
        if (problem != null) {
            throw new InvalidInputException("The note: " + problem + ".");
        }
        require(Await.result(repository.edit(clientId, noteId, text)));
        changes.announce(new DataChange.Notes(clientId));
    }

    /** Pins a note to the top of the client's notes, or unpins it. */
    public void pin(long clientId, long noteId, boolean pinned) {
        require(Await.result(repository.pin(clientId, noteId, pinned)));
        changes.announce(new DataChange.Notes(clientId));
    }

    /** Hides a note; {@link #restore} brings it back exactly until the next delete or the next start. */
    public void delete(long clientId, long noteId) {
        require(Await.result(repository.delete(clientId, noteId)));
        changes.announce(new DataChange.Notes(clientId));
    }

    /** Undoes {@link #delete}: the same note, id, time, text and pin. */
    public void restore(long clientId, long noteId) {
        if (!Await.result(repository.restore(clientId, noteId))) {
            throw new InvalidInputException("That note can no longer be brought back.");
        }
        changes.announce(new DataChange.Notes(clientId));
    }

    /** Removes for good the notes deleted earlier (whose Undo has passed); returns how many. */
    public int purgeDeleted() {
        return Await.result(repository.purgeDeleted());
    }

    private static void require(boolean found) {
        if (!found) {
            throw new InvalidInputException("That note is no longer there; it may have been deleted.");
        }
    }
}
