package com.counteroffer.service;

import com.counteroffer.domain.client.ActionItem;
import com.counteroffer.domain.input.TextRules;
import com.counteroffer.store.ActionItemRepository;
import java.time.LocalDate;
import java.util.List;

/**
 * A client's action items (homework). Writes are announced as a change of the client's notes: the
 * screens that show one show the other.
 */
public final class ActionItemService {

    private final ActionItemRepository repository;
    private final DataChanges changes;

    public ActionItemService(ActionItemRepository repository, DataChanges changes) {
        this.repository = repository;
        this.changes = changes;
    }

    /** All the client's items: open ones first, by due date (those without one last), then done ones. */
    public List<ActionItem> list(long clientId) {
        return Await.result(repository.list(clientId));
    }

    /** The client's open items, soonest due first (for the report's "what you agreed to do"). */
    public List<ActionItem> open(long clientId) {
        return list(clientId).stream().filter(item -> !item.done()).toList();
    }

    /**
     * Adds an item, due on {@code due} (null for no date).
     *
     * @throws InvalidInputException for an empty text or one longer than a line
     */
    public ActionItem add(long clientId, String text, LocalDate due) {
        String clean = checked(text);
        ActionItem item = Await.result(repository.add(clientId, clean, due));
        changes.announce(new DataChange.Notes(clientId));
        return item;
    }

    public void edit(long clientId, long itemId, String text, LocalDate due) {
        String clean = checked(text);
        require(Await.result(repository.edit(clientId, itemId, clean, due)));
        changes.announce(new DataChange.Notes(clientId));
    }

    public void markDone(long clientId, long itemId, boolean done) {
        require(Await.result(repository.markDone(clientId, itemId, done)));
        changes.announce(new DataChange.Notes(clientId));
    }

    public void delete(long clientId, long itemId) {
        require(Await.result(repository.delete(clientId, itemId)));
        changes.announce(new DataChange.Notes(clientId));
    }

    private static String checked(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("Write what the client is to do, such as \"Ask for the refresh policy\".");
        }
        String clean = text.strip();
        String problem = TextRules.problem(clean, TextRules.Kind.LINE);
        if (problem != null) {
            throw new InvalidInputException("The action item: " + problem + ".");
        }
        return clean;
    }

    private static void require(boolean found) {
        if (!found) {
            throw new InvalidInputException("That action item is no longer there; it may have been deleted.");
        }
    }
}
