package com.counteroffer.service;

import com.counteroffer.domain.client.Client;
import com.counteroffer.store.Backups;
import com.counteroffer.store.ClientRepository;
import com.counteroffer.store.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Erasing a client for a data-removal request: every row of it goes from the database, the file is
 * compacted so free pages and the write-ahead log keep no trace, and the backups that still hold
 * the client are named so the coach can delete them too.
 */
public final class EraseService {

    private final ClientRepository clients;
    private final Database database;
    private final DataChanges changes;

    public EraseService(ClientRepository clients, Database database, DataChanges changes) {
        this.clients = clients;
        this.database = database;
        this.changes = changes;
    }

    /** A backup that still holds an erased client, and when it was taken. */
    public record HeldBackup(Path file, Instant takenAt) {
    }

    /** What an erase did: the client it removed, and the backups that still hold it. */
    public record Erased(Client client, List<HeldBackup> backups) {
    }

    /**
     * Erases a client, shown or deleted (waiting for its Undo to pass).
     *
     * @throws InvalidInputException for the default client, which every store keeps
     */
    public Erased erase(Client client) {
        if (client.id() == ClientService.DEFAULT_CLIENT_ID) {
            throw new InvalidInputException("\"" + client.name() + "\" is the default client every store keeps; "
                    + "it can't be erased. Delete its offers and notes instead.");
        }
        Await.result(clients.erase(client.id()));
        changes.announce(new DataChange.Clients(client.id()));
        return new Erased(client, heldBy(client));
    }

    /**
     * The client a data-removal request names (ignoring case): a listed client, or one deleted and
     * waiting for its Undo to pass.
     *
     * @throws InvalidInputException when no client, listed or deleted, has that name
     */
    public Client find(String name) {
        String wanted = name == null ? "" : name.strip();
        java.util.Optional<Client> listed = Await.result(clients.byName(wanted));
        if (listed.isPresent()) {
            return listed.get();
        }
        return Await.result(clients.deleted()).stream().filter(client -> client.name().equalsIgnoreCase(wanted))
                .findFirst().orElseThrow(() -> new InvalidInputException("no client called \"" + wanted
                        + "\", listed or deleted; list them with: counteroffer clients list"));
    }

    /** Erases every client deleted before (whose Undo has passed, in an earlier run); returns them. */
    public List<Erased> eraseDeleted() {
        return Await.result(clients.deleted()).stream()
                .filter(client -> client.id() != ClientService.DEFAULT_CLIENT_ID).map(this::erase).toList();
    }

    /** The backups that still hold the client, newest first. */
    public List<HeldBackup> heldBy(Client client) {
        return database.backups().holding(client.id(), client.name()).stream()
                .map(dated -> new HeldBackup(dated.file(), dated.takenAt())).toList();
    }

    /** Deletes these backups (each must be one of the backups folder's). */
    public void deleteBackups(List<HeldBackup> backups) {
        database.backups().delete(backups.stream().map(HeldBackup::file).toList());
    }
}
