package com.counteroffer.service;

import com.counteroffer.domain.client.Client;
import com.counteroffer.store.ClientRepository;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A coach's clients. Every client owns its profile, offers, plans and notes. */
public final class ClientService {

    /** The client every store starts with; coach mode adds more. */
    public static final long DEFAULT_CLIENT_ID = 1;
    public static final String DEFAULT_CLIENT_NAME = "Me";

    private final ClientRepository repository;
    private final DataChanges changes;

    public ClientService(ClientRepository repository, DataChanges changes) {
        this.repository = repository;
        this.changes = changes;
    }

    /** Every client not deleted, archived ones last, by name. */
    public List<Client> list() {
        return Await.result(repository.list());
    }

    public Optional<Client> byId(long id) {
        return Await.result(repository.byId(id));
    }

    /**
     * The client a command names (ignoring case), or the default client for none. An unknown name is
     * refused rather than added, so a typo never scatters one client's data under a second name.
     */
    public Client resolve(String name) {
        if (name == null) {
            return byId(DEFAULT_CLIENT_ID).orElse(new Client(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_NAME, false));
        }
        return Await.result(repository.byName(name.strip())).orElseThrow(() -> {
            List<Client> known = list();
            return new InvalidInputException("no client called \"" + name + "\"; " + (known.isEmpty()
                    ? "there are no clients yet" : "the clients are: "
                            + known.stream().map(Client::name).collect(Collectors.joining(", ")))
                    + ". Add one with: counteroffer clients add NAME");
        });
    }

    public Client add(String name) {
        Client client = Await.result(repository.add(name));
        changes.announce(new DataChange.Clients(client.id()));
        return client;
    }

    public void rename(long id, String name) {
        Await.result(repository.rename(id, name));
        changes.announce(new DataChange.Clients(id));
    }

    public void archive(long id, boolean archived) {
        Await.result(repository.archive(id, archived));
        changes.announce(new DataChange.Clients(id));
    }

    /** Hides the client and all its data; {@link #restore} brings them back. */
    public void delete(long id) {
        Await.result(repository.delete(id));
        changes.announce(new DataChange.Clients(id));
    }

    public void restore(long id) {
        Await.result(repository.restore(id));
        changes.announce(new DataChange.Clients(id));
    }
}
